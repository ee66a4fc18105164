import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { BadUserInputError } from '../../core/errors/app-errors';
import { TraineeCardType } from '../proposals';
import {
  BoardProposalPreviewInput,
  CreateJobOfferInput,
  JobBoardSearchInput,
  ProposeToBoardOfferInput,
  SetNetworkMembersInput,
  UpdateJobOfferInput,
  WithdrawBoardProposalInput,
} from './dto/job-board.inputs';
import {
  BoardOfferPageType,
  BoardOfferType,
  BoardProposalType,
  IncomingBoardProposalPageType,
  IncomingBoardProposalType,
  JobOfferType,
  NetworkFeedTokenType,
  NetworkType,
} from './dto/job-board.types';
import type { OwnProposalRow } from './job-board.repository';
import { JobBoardService } from './job-board.service';

const MAX_PAGE = 100;
const page = (n: number) => Math.max(1, Math.min(MAX_PAGE, n));

function proposalType(p: OwnProposalRow): BoardProposalType {
  return Object.assign(new BoardProposalType(), {
    id: p.id,
    status: p.status,
    proposedAt: p.proposedAt,
    version: p.version,
    jobTitle: p.jobTitle,
    ownerStructureName: p.ownerStructureName,
  });
}

/** The network job board, structure side (structure from the session). */
@Resolver()
export class JobBoardResolver {
  constructor(private readonly service: JobBoardService) {}

  @Allow(Permission.PROPOSAL_WRITE)
  @Query(() => BoardOfferPageType, {
    description: 'Les offres partagées dans les réseaux de ma structure, la plus récente d’abord.',
  })
  async jobBoard(
    @CurrentStructure() structureId: string,
    @Args('search', { type: () => JobBoardSearchInput, nullable: true }) search: JobBoardSearchInput | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ): Promise<BoardOfferPageType> {
    const r = await this.service.board(structureId, search ?? {}, page(first), Math.max(0, offset));
    return Object.assign(new BoardOfferPageType(), {
      totalCount: r.totalCount,
      items: r.items.map((row) => BoardOfferType.from(row, structureId)),
    });
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Query(() => [JobOfferType], { description: 'Les offres d’emploi de ma structure.' })
  async jobOffers(@CurrentStructure() structureId: string): Promise<JobOfferType[]> {
    return (await this.service.jobOffers(structureId)).map((o) => JobOfferType.from(o.offer, o.shared));
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => JobOfferType, { description: 'Crée une offre d’emploi de ma structure (non partagée).' })
  async createJobOffer(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateJobOfferInput,
  ): Promise<JobOfferType> {
    return JobOfferType.from(await this.service.createJobOffer(structureId, user, input), false);
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => JobOfferType, { description: 'Modifie une offre d’emploi : un champ omis reste tel quel.' })
  async updateJobOffer(
    @CurrentStructure() structureId: string,
    @Args('input') input: UpdateJobOfferInput,
  ): Promise<JobOfferType> {
    const offer = await this.service.updateJobOffer(structureId, input);
    const [shared] = await this.service.sharedNeeds(structureId, [offer.id]);
    return JobOfferType.from(offer, shared === offer.id);
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => Boolean, { description: 'Partage (ou retire du réseau) une offre d’emploi de ma structure.' })
  shareJobOffer(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('jobOfferId', { type: () => ID }) jobOfferId: string,
    @Args('shared') shared: boolean,
  ): Promise<boolean> {
    return this.service.shareJobOffer(structureId, user, jobOfferId, shared);
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => Boolean, {
    description: 'Partage (ou retire du réseau) un besoin de recrutement d’un employeur partenaire.',
  })
  shareHiringNeed(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('hiringNeedId', { type: () => ID }) hiringNeedId: string,
    @Args('shared') shared: boolean,
  ): Promise<boolean> {
    return this.service.shareHiringNeed(structureId, user, hiringNeedId, shared);
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Query(() => [ID], { description: 'Parmi ces besoins de recrutement, ceux que ma structure partage au réseau.' })
  sharedHiringNeeds(
    @CurrentStructure() structureId: string,
    @Args('hiringNeedIds', { type: () => [ID] }) hiringNeedIds: string[],
  ): Promise<string[]> {
    return this.service.sharedNeeds(structureId, hiringNeedIds.slice(0, 500));
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Query(() => TraineeCardType, { description: 'Exactement la fiche que verra la structure qui partage l’offre.' })
  boardProposalPreview(
    @CurrentStructure() structureId: string,
    @Args('input') input: BoardProposalPreviewInput,
  ): Promise<TraineeCardType> {
    return this.service.preview(structureId, input);
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => BoardProposalType, {
    description: 'Propose une personne de ma structure à une offre du réseau, avec son consentement.',
  })
  async proposeToBoardOffer(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: ProposeToBoardOfferInput,
  ): Promise<BoardProposalType> {
    const saved = await this.service.propose(structureId, user, input);
    return proposalType(await this.service.proposal(structureId, saved.id));
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => BoardProposalType, { description: 'Retire une proposition au réseau : la fiche n’est plus montrée.' })
  async withdrawBoardProposal(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: WithdrawBoardProposalInput,
  ): Promise<BoardProposalType> {
    const saved = await this.service.withdraw(structureId, user, input);
    return proposalType(await this.service.proposal(structureId, saved.id));
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Query(() => [BoardProposalType], { description: 'Les propositions au réseau d’une personne de ma structure.' })
  async boardProposals(
    @CurrentStructure() structureId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<BoardProposalType[]> {
    return (await this.service.proposalsOf(structureId, personId)).map(proposalType);
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Query(() => IncomingBoardProposalPageType, {
    description: 'Les propositions reçues des autres structures du réseau sur mes offres : la fiche seulement.',
  })
  async incomingBoardProposals(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ): Promise<IncomingBoardProposalPageType> {
    const r = await this.service.incoming(structureId, user, page(first), Math.max(0, offset));
    return Object.assign(new IncomingBoardProposalPageType(), {
      totalCount: r.totalCount,
      items: r.items.map((i) => Object.assign(new IncomingBoardProposalType(), i)),
    });
  }
}

/** Networks, administrator side (across the installation). */
@Resolver(() => NetworkType)
export class NetworksResolver {
  constructor(private readonly service: JobBoardService) {}

  @Allow(Permission.STRUCTURE_ADMIN)
  @Query(() => [NetworkType], { description: 'Les réseaux de structures et leurs membres.' })
  async networks(): Promise<NetworkType[]> {
    return (await this.service.networks()).map((n) =>
      Object.assign(new NetworkType(), {
        id: n.id,
        name: n.name,
        hasFeedToken: n.feedTokenHash !== null,
        members: n.members,
        version: n.version,
      }),
    );
  }

  @Allow(Permission.STRUCTURE_ADMIN)
  @Mutation(() => ID, { description: 'Crée un réseau de structures (sans membre).' })
  async createNetwork(@Args('name') name: string): Promise<string> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 200) {
      throw new BadUserInputError([{ field: 'name', message: 'Indiquez le nom du réseau (200 caractères au plus).' }]);
    }
    return (await this.service.createNetwork(trimmed)).id;
  }

  @Allow(Permission.STRUCTURE_ADMIN)
  @Mutation(() => Boolean, { description: 'Fixe les structures membres d’un réseau.' })
  async setNetworkMembers(@Args('input') input: SetNetworkMembersInput): Promise<boolean> {
    await this.service.setMembers(input.networkId, input.structureIds);
    return true;
  }

  @Allow(Permission.STRUCTURE_ADMIN)
  @Mutation(() => NetworkFeedTokenType, {
    description: 'Crée un nouveau jeton du flux des offres du réseau (l’ancien cesse de fonctionner).',
  })
  async renewNetworkFeedToken(@Args('networkId', { type: () => ID }) networkId: string): Promise<NetworkFeedTokenType> {
    const token = await this.service.renewFeedToken(networkId);
    return Object.assign(new NetworkFeedTokenType(), {
      token,
      jsonPath: `/api/job-board/${networkId}/offers.json`,
      csvPath: `/api/job-board/${networkId}/offers.csv`,
    });
  }
}
