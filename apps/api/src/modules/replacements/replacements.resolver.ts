import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, SKILL_LEVEL_LABELS, type SkillLevel } from '@tremplin/domain';
import { Allow, CurrentPartner, CurrentStructure, CurrentUser, Public } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import {
  AddPersonUnavailabilityInput,
  AnswerReplacementOfferInput,
  PortalRequestReplacementInput,
  RequestReplacementInput,
  SendReplacementOffersInput,
  SetPersonAvailabilityInput,
  SetPersonClearanceInput,
} from './dto/replacement.inputs';
import {
  PersonAvailabilityType,
  PublicReplacementOfferType,
  ReplacementBlockType,
  ReplacementCandidatesType,
  ReplacementCandidateType,
  ReplacementOfferType,
  ReplacementRequestType,
  ReplacementStatsType,
  ReplacementStructureType,
} from './dto/replacement.types';
import { TraineeCardType } from '../proposals';
import { PersonAvailabilityService } from './person-availability.service';
import { ReplacementCardService } from './replacement-card.service';
import { ReplacementOffersService } from './replacement-offers.service';
import { ReplacementsRepository } from './replacements.repository';
import { ReplacementsService } from './replacements.service';

/** Urgent replacements, the structure's side (structure from the session). */
@Resolver()
export class ReplacementsResolver {
  constructor(
    private readonly service: ReplacementsService,
    private readonly offers: ReplacementOffersService,
    private readonly availability: PersonAvailabilityService,
    private readonly repo: ReplacementsRepository,
  ) {}

  @Allow(Permission.PROPOSAL_WRITE)
  @Query(() => [ReplacementRequestType], { description: 'Les demandes de remplacement adressées à ma structure.' })
  async replacementRequests(@CurrentStructure() structureId: string): Promise<ReplacementRequestType[]> {
    return (await this.service.list({ structureId, partnerOrganisationId: null })).map((r) =>
      ReplacementRequestType.from(r),
    );
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Query(() => ReplacementCandidatesType, {
    description:
      'Une demande, les personnes qui peuvent y aller (classées, raisons ligne par ligne), les autres à part.',
  })
  async replacementCandidates(
    @CurrentStructure() structureId: string,
    @Args('requestId', { type: () => ID }) requestId: string,
  ): Promise<ReplacementCandidatesType> {
    const request = await this.service.one({ structureId, partnerOrganisationId: null }, requestId);
    const ranking = await this.service.candidates(structureId, request.id);
    const offers = await this.repo.offersOf(structureId, [request.id]);
    return Object.assign(new ReplacementCandidatesType(), {
      request: ReplacementRequestType.from(ranking.request),
      candidates: ranking.candidates.map((c) => ReplacementCandidateType.from(c)),
      excluded: ranking.excluded.map((c) => ReplacementCandidateType.apart(c)),
      offers: offers.map((o) => Object.assign(new ReplacementOfferType(), o)),
    });
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => ReplacementRequestType, {
    description: 'Saisit une demande de remplacement pour un employeur partenaire.',
  })
  async requestReplacement(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RequestReplacementInput,
  ): Promise<ReplacementRequestType> {
    return ReplacementRequestType.from(
      await this.service.request(structureId, input.partnerOrganisationId, user, input, false),
    );
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => [ReplacementOfferType], {
    description:
      'Envoie l’offre, par un lien à usage unique, aux personnes choisies (parmi celles qui peuvent y aller).',
  })
  async sendReplacementOffers(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SendReplacementOffersInput,
  ): Promise<ReplacementOfferType[]> {
    return (await this.offers.send(structureId, user, input)).map((o) =>
      Object.assign(new ReplacementOfferType(), {
        id: o.id,
        personId: o.personId,
        status: o.status,
        answeredAt: o.answeredAt,
      }),
    );
  }

  @Allow(Permission.DASHBOARD_READ)
  @Query(() => ReplacementStatsType, {
    description: 'Remplacements de l’année : demandes, pourvues, délai médian, taux par employeur.',
  })
  async replacementStats(
    @CurrentStructure() structureId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<ReplacementStatsType> {
    return Object.assign(new ReplacementStatsType(), await this.service.stats(structureId, year));
  }

  @Allow(Permission.PATHWAY_READ)
  @Query(() => PersonAvailabilityType, {
    description: 'Disponibilités de la semaine, absences et habilitations d’une personne de ma structure.',
  })
  async personAvailability(
    @CurrentStructure() structureId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<PersonAvailabilityType> {
    return Object.assign(new PersonAvailabilityType(), await this.availability.read(structureId, personId));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => Boolean, {
    description:
      'Remplace les disponibilités de la semaine d’une personne, si elles sont encore à la version lue (sinon CONFLICT).',
  })
  async setPersonAvailability(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetPersonAvailabilityInput,
  ): Promise<boolean> {
    await this.availability.setAvailability(structureId, user.id, input);
    return true;
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => Boolean, { description: 'Enregistre une absence (pas de remplacement proposé ces jours-là).' })
  async addPersonUnavailability(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: AddPersonUnavailabilityInput,
  ): Promise<boolean> {
    await this.availability.addUnavailability(structureId, user.id, input);
    return true;
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => Boolean, { description: 'Supprime une absence.' })
  async removePersonUnavailability(
    @CurrentStructure() structureId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.availability.removeUnavailability(structureId, id);
    return true;
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => Boolean, { description: 'Retire une habilitation de la personne.' })
  async removePersonClearance(
    @CurrentStructure() structureId: string,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('code', { description: '`ClearanceCode`.' }) code: string,
  ): Promise<boolean> {
    await this.availability.removeClearance(structureId, personId, code);
    return true;
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => Boolean, { description: 'Enregistre une habilitation détenue par la personne, et son expiration.' })
  async setPersonClearance(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetPersonClearanceInput,
  ): Promise<boolean> {
    await this.availability.setClearance(structureId, user.id, input);
    return true;
  }
}

/** Urgent replacements, the partner portal's side (organisation from the session). */
@Resolver()
export class PortalReplacementsResolver {
  constructor(
    private readonly service: ReplacementsService,
    private readonly cards: ReplacementCardService,
    private readonly repo: ReplacementsRepository,
  ) {}

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => [ReplacementStructureType], {
    description: 'Les structures partenaires de mon organisation, à qui demander un remplacement.',
  })
  async portalReplacementStructures(
    @CurrentPartner() partnerOrganisationId: string,
  ): Promise<ReplacementStructureType[]> {
    return (await this.repo.partnerStructures(partnerOrganisationId)).map((r) =>
      Object.assign(new ReplacementStructureType(), r),
    );
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => TraineeCardType, {
    description: 'La fiche de compétences de la personne qui a accepté un remplacement de mon organisation.',
  })
  async portalReplacementCard(
    @CurrentPartner() partnerOrganisationId: string,
    @CurrentUser() user: AuthUser,
    @Args('requestId', { type: () => ID }) requestId: string,
  ): Promise<TraineeCardType> {
    return this.cards.card(partnerOrganisationId, user, requestId);
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => [ReplacementRequestType], { description: 'Les demandes de remplacement de mon organisation.' })
  async portalReplacementRequests(@CurrentPartner() partnerOrganisationId: string): Promise<ReplacementRequestType[]> {
    return (await this.service.list({ structureId: null, partnerOrganisationId })).map((r) =>
      ReplacementRequestType.from(r),
    );
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Mutation(() => ReplacementRequestType, {
    description: 'Demande un remplacement urgent à une structure partenaire : elle est prévenue aussitôt.',
  })
  async portalRequestReplacement(
    @CurrentPartner() partnerOrganisationId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: PortalRequestReplacementInput,
  ): Promise<ReplacementRequestType> {
    return ReplacementRequestType.from(
      await this.service.request(input.structureId, partnerOrganisationId, user, input, true),
    );
  }
}

/** The offer's link: no account, the token is the only key. */
@Resolver()
export class PublicReplacementOfferResolver {
  constructor(private readonly offers: ReplacementOffersService) {}

  @Public()
  @Query(() => PublicReplacementOfferType, { description: 'L’offre de remplacement d’un lien reçu.' })
  async replacementOffer(@Args('token') token: string): Promise<PublicReplacementOfferType> {
    return Object.assign(new PublicReplacementOfferType(), await this.offers.read(token));
  }

  @Public()
  @Mutation(() => PublicReplacementOfferType, {
    description: 'Accepte ou refuse l’offre d’un lien (une seule fois) ; la première acceptation l’emporte.',
  })
  async answerReplacementOffer(@Args('input') input: AnswerReplacementOfferInput): Promise<PublicReplacementOfferType> {
    return Object.assign(new PublicReplacementOfferType(), await this.offers.answer(input.token, input.accept));
  }
}

/** What a request shows besides its own columns: the blocks it requires, by code, and its minimum level in words. */
@Resolver(() => ReplacementRequestType)
export class ReplacementRequestFieldsResolver {
  constructor(private readonly repo: ReplacementsRepository) {}

  @ResolveField(() => [ReplacementBlockType], {
    description: 'Les blocs de compétences exigés, par code (lus en une fois pour toutes les demandes de la réponse).',
  })
  async requiredBlocks(
    @Parent() request: ReplacementRequestType,
    @Context() ctx: GqlContext,
  ): Promise<ReplacementBlockType[]> {
    if (!request.requiredBlockIds.length) return [];
    const blocks = await requestLoader(ctx, 'replacements.blocks', async (ids: readonly string[]) => {
      const byId = new Map((await this.repo.blocks(ids)).map((b) => [b.id, b]));
      return ids.map((id) => byId.get(id) ?? null);
    }).loadMany(request.requiredBlockIds);
    return blocks
      .filter((b): b is ReplacementBlockType => b !== null && !(b instanceof Error))
      .sort((a, b) => a.code.localeCompare(b.code, 'fr'));
  }

  @ResolveField(() => String, {
    description: 'Le niveau minimum exigé sur chaque bloc, en mots (« En progression »…).',
  })
  minLevelLabel(@Parent() request: ReplacementRequestType): string {
    return SKILL_LEVEL_LABELS[request.minLevel as SkillLevel] ?? request.minLevel;
  }
}
