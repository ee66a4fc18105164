import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { pathwayReader } from '../../core/access/pathway-reader';
import { Allow, CurrentPartner, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { MissionType } from '../activities';
import { CounsellorSummaryType } from '../users';
import type { CoachingContactEntity } from './coaching.entities';
import {
  CoachingContactType,
  CoachingSettingsType,
  PortalMediationRequestType,
  PortalRequestMediationInput,
  RecordCoachingContactInput,
  SetCoachingAlertDaysInput,
  SetMissionCoachInput,
} from './coaching.dto';
import { CoachingService } from './coaching.service';

/** A user of the structure `structureId` by id (batched), as a colleague; null for anyone else. */
async function colleague(ctx: GqlContext, structureId: string, id: string | null) {
  if (!id) return null;
  const user = await ctx.loaders.userById.load(id);
  return user && user.structureId === structureId ? CounsellorSummaryType.from(user) : null;
}

/** Job coaching: the mission's coach, its contacts, the structure's threshold, the employer's requests. */
@Resolver()
export class CoachingResolver {
  constructor(private readonly service: CoachingService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => MissionType, {
    description:
      'Nomme (ou retire) le·la chargé·e d’accompagnement d’une mission, à la version lue (refus CONFLICT sinon).',
  })
  async setMissionCoach(
    @CurrentStructure() structureId: string,
    @Args('input') input: SetMissionCoachInput,
  ): Promise<MissionType> {
    return MissionType.from(await this.service.setMissionCoach(structureId, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => CoachingContactType, {
    description:
      'Enregistre un contact de suivi pendant une mission (visite, appel, médiation) ; avec requestId, clôt la ' +
      'demande de médiation de l’employeur.',
  })
  async recordCoachingContact(
    @CurrentUser() user: AuthUser,
    @CurrentStructure() structureId: string,
    @Args('input') input: RecordCoachingContactInput,
  ): Promise<CoachingContactType> {
    return CoachingContactType.from(await this.service.recordContact(user, structureId, input));
  }

  @Allow(Permission.PATHWAY_READ)
  @Query(() => CoachingSettingsType, { description: 'Les règles de suivi en mission de ma structure.' })
  async coachingSettings(@CurrentStructure() structureId: string): Promise<CoachingSettingsType> {
    return { alertDays: await this.service.alertDays(structureId) };
  }

  @Allow(Permission.COACHING_SETTINGS)
  @Mutation(() => CoachingSettingsType, {
    description: 'Fixe le nombre de jours sans contact de suivi avant l’alerte « Pas de contact de suivi en mission ».',
  })
  async setCoachingAlertDays(
    @CurrentUser() user: AuthUser,
    @CurrentStructure() structureId: string,
    @Args('input') input: SetCoachingAlertDaysInput,
  ): Promise<CoachingSettingsType> {
    return { alertDays: await this.service.setAlertDays(user, structureId, input.alertDays) };
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Mutation(() => PortalMediationRequestType, {
    description:
      'Demande une médiation sur une mission faite chez moi : le·la chargé·e d’accompagnement est prévenu·e.',
  })
  async portalRequestMediation(
    @CurrentUser() user: AuthUser,
    @CurrentPartner() partnerOrganisationId: string,
    @Args('input') input: PortalRequestMediationInput,
  ): Promise<PortalMediationRequestType> {
    return PortalMediationRequestType.from(await this.service.requestMediation(user, partnerOrganisationId, input));
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => [PortalMediationRequestType], {
    description: 'Les demandes de médiation de mon organisation et leur état, de la plus récente à la plus ancienne.',
  })
  async portalMediationRequests(
    @CurrentPartner() partnerOrganisationId: string,
  ): Promise<PortalMediationRequestType[]> {
    return (await this.service.portalRequests(partnerOrganisationId)).map((r) => PortalMediationRequestType.from(r));
  }
}

@Resolver(() => MissionType)
export class MissionCoachingResolver {
  constructor(private readonly service: CoachingService) {}

  @ResolveField(() => CounsellorSummaryType, {
    nullable: true,
    description: 'Le·la chargé·e d’accompagnement qui suit la personne pendant la mission.',
  })
  async coach(@Parent() mission: MissionType, @Context() ctx: GqlContext): Promise<CounsellorSummaryType | null> {
    const { structureId } = pathwayReader(ctx);
    return colleague(ctx, structureId, mission.coachId);
  }

  @ResolveField(() => [CoachingContactType], {
    description:
      'Les contacts de suivi de la mission et les médiations demandées par l’employeur, les plus récents d’abord. ' +
      'Sans le droit de lecture des données sensibles, les contacts confidentiels sont omis.',
  })
  async coachingContacts(@Parent() mission: MissionType, @Context() ctx: GqlContext): Promise<CoachingContactType[]> {
    const { structureId, sensitive } = pathwayReader(ctx);
    const loader = requestLoader<string, CoachingContactEntity[]>(ctx, 'coaching.contactsByMission', (ids) =>
      this.service.contactsByMissions(structureId, ids, sensitive),
    );
    return (await loader.load(mission.id)).map((c) => CoachingContactType.from(c));
  }
}

@Resolver(() => CoachingContactType)
export class CoachingContactResolver {
  @ResolveField(() => CounsellorSummaryType, { nullable: true, description: 'Qui a enregistré le contact.' })
  async author(
    @Parent() contact: CoachingContactType,
    @Context() ctx: GqlContext,
  ): Promise<CounsellorSummaryType | null> {
    return colleague(ctx, contact.structureId, contact.authorId);
  }
}
