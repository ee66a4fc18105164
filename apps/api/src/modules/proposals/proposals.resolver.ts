import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { pathwayReader } from '../../core/access/pathway-reader';
import { Allow, CurrentPartner, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { UnauthenticatedError } from '../../core/errors/app-errors';
import { requestLoader } from '../../core/graphql/request-loader';
import { HireType } from '../outcomes';
import type { HireEntity } from '../outcomes';
import { HiringNeedType } from '../partners';
import type { HiringNeedEntity } from '../partners';
import { PartnersService } from '../partners';
import {
  DecideProposalInput,
  ProposalPreviewInput,
  ProposeTraineeInput,
  RecordHireFromProposalInput,
  WithdrawProposalConsentInput,
  WithdrawProposalInput,
} from './dto/proposal.inputs';
import {
  PortalProposalDetailType,
  PortalProposalPageType,
  PortalProposalType,
  ProposalEventType,
  ProposalType,
} from './dto/proposal.types';
import { TraineeCardType } from './dto/trainee-card.type';
import { type PortalProposalDetail, PortalProposalsService } from './portal-proposals.service';
import { ProposalsService } from './proposals.service';

async function needOf(ctx: GqlContext, partners: PartnersService, id: string): Promise<HiringNeedType> {
  if (!ctx.req.auth) throw new UnauthenticatedError();
  const n = await requestLoader<string, HiringNeedEntity | null>(ctx, 'partners.needById', (ids) =>
    partners.needsByIds(ids),
  ).load(id);
  return HiringNeedType.from(n as HiringNeedEntity);
}

/** Proposals, structure side (structure from the session). */
@Resolver(() => ProposalType)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly partners: PartnersService,
  ) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => [ProposalType], {
    description: 'Les propositions d’une personne de ma structure, la plus récente d’abord.',
  })
  async proposals(
    @CurrentStructure() structureId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<ProposalType[]> {
    return (await this.service.proposalsOf(structureId, personId)).map((p) => ProposalType.from(p));
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Query(() => TraineeCardType, {
    description: 'Exactement ce que verrait l’employeur si la proposition était envoyée.',
  })
  async proposalPreview(
    @CurrentStructure() structureId: string,
    @Args('input') input: ProposalPreviewInput,
  ): Promise<TraineeCardType> {
    return this.service.preview(structureId, input);
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => ProposalType, {
    description: 'Propose une personne à un besoin ouvert d’un employeur partenaire, avec son consentement.',
  })
  async proposeTrainee(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: ProposeTraineeInput,
  ): Promise<ProposalType> {
    return ProposalType.from(await this.service.propose(structureId, user, input));
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => ProposalType, { description: 'Retire une proposition : l’employeur n’y a plus accès.' })
  async withdrawProposal(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: WithdrawProposalInput,
  ): Promise<ProposalType> {
    return ProposalType.from(await this.service.withdraw(structureId, user, input));
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => ProposalType, {
    description: 'Enregistre le retrait du consentement : la proposition est retirée (sauf embauche), l’accès coupé.',
  })
  async withdrawProposalConsent(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: WithdrawProposalConsentInput,
  ): Promise<ProposalType> {
    return ProposalType.from(await this.service.withdrawConsent(structureId, user, input));
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => ProposalType, { description: 'Enregistre l’embauche d’une proposition validée par l’employeur.' })
  async recordHireFromProposal(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordHireFromProposalInput,
  ): Promise<ProposalType> {
    return ProposalType.from(await this.service.recordHire(structureId, user, input));
  }

  @ResolveField(() => HiringNeedType)
  async hiringNeed(@Parent() p: ProposalType, @Context() ctx: GqlContext): Promise<HiringNeedType> {
    pathwayReader(ctx);
    return needOf(ctx, this.partners, p.hiringNeedId);
  }

  @ResolveField(() => HireType, { nullable: true, description: 'L’embauche enregistrée depuis cette proposition.' })
  async hire(@Parent() p: ProposalType, @Context() ctx: GqlContext): Promise<HireType | null> {
    const { structureId } = pathwayReader(ctx);
    if (!p.hireId) return null;
    const h = await requestLoader<string, HireEntity | null>(ctx, 'proposals.hireById', (ids) =>
      this.service.hiresByIds(structureId, ids),
    ).load(p.hireId);
    return h ? HireType.from(h) : null;
  }

  @ResolveField(() => [ProposalEventType], { description: 'L’historique, dans l’ordre.' })
  async events(@Parent() p: ProposalType, @Context() ctx: GqlContext): Promise<ProposalEventType[]> {
    const { structureId } = pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'proposals.eventsByProposal', (ids: readonly string[]) =>
      this.service.eventsByProposals(structureId, ids),
    ).load(p.id);
    return rows.map((e) => ProposalEventType.from(e));
  }
}

function detailType(d: PortalProposalDetail): PortalProposalDetailType {
  return Object.assign(new PortalProposalDetailType(), {
    proposal: PortalProposalType.from(d.row),
    card: d.card,
    events: d.events,
  });
}

/** Proposals, portal side (partner organisation from the session). */
@Resolver(() => PortalProposalType)
export class PortalProposalsResolver {
  constructor(
    private readonly service: PortalProposalsService,
    private readonly partners: PartnersService,
  ) {}

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => PortalProposalPageType, {
    description: 'Les propositions reçues par mon organisation, la plus récente d’abord.',
  })
  async portalProposals(
    @CurrentPartner() partnerOrganisationId: string,
    @CurrentUser() user: AuthUser,
    @Args('status', { type: () => [String], nullable: true, description: 'ProposalStatus à garder.' })
    status?: string[] | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ): Promise<PortalProposalPageType> {
    const page = await this.service.list(partnerOrganisationId, user, status, first, offset);
    return Object.assign(new PortalProposalPageType(), {
      totalCount: page.totalCount,
      items: page.items.map((r) => PortalProposalType.from(r)),
    });
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => PortalProposalDetailType, { description: 'Une proposition reçue, avec la fiche de la personne.' })
  async portalProposal(
    @CurrentPartner() partnerOrganisationId: string,
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PortalProposalDetailType> {
    return detailType(await this.service.detail(partnerOrganisationId, user, id));
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Mutation(() => PortalProposalDetailType, {
    description: 'Demande un entretien, valide pour embauche ou décline (avec un motif) une proposition.',
  })
  async portalDecideProposal(
    @CurrentPartner() partnerOrganisationId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: DecideProposalInput,
  ): Promise<PortalProposalDetailType> {
    return detailType(await this.service.decide(partnerOrganisationId, user, input));
  }

  @ResolveField(() => HiringNeedType)
  async hiringNeed(@Parent() p: PortalProposalType, @Context() ctx: GqlContext): Promise<HiringNeedType> {
    return needOf(ctx, this.partners, p.hiringNeedId);
  }
}
