import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentPartner, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { MissionType } from './dto/work-situation.dto';
import {
  ConfirmMissionHoursInput,
  CorrectMissionHoursInput,
  DisputeMissionHoursInput,
  PortalMissionPageType,
  PortalMissionType,
} from './mission-hours.dto';
import { MissionHoursService } from './mission-hours.service';

/** The host's review of mission hours: correction by the structure, confirmation or dispute on the portal. */
@Resolver()
export class MissionHoursResolver {
  constructor(private readonly service: MissionHoursService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => MissionType, {
    description:
      'Corrige les dates et les heures d’une mission (après une contestation) : refusé une fois les heures confirmées ' +
      'par l’employeur. Les heures repassent « à confirmer ».',
  })
  async correctMissionHours(
    @CurrentUser() user: AuthUser,
    @CurrentStructure() structureId: string,
    @Args('input') input: CorrectMissionHoursInput,
  ): Promise<MissionType> {
    return MissionType.from(await this.service.correct(user, structureId, input));
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => PortalMissionPageType, {
    description: 'Les missions faites chez mon organisation, de la plus récente à la plus ancienne.',
  })
  async portalMissions(
    @CurrentUser() user: AuthUser,
    @CurrentPartner() partnerOrganisationId: string,
    @Args('hoursStatus', { type: () => [String], nullable: true }) hoursStatus: string[] | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number | null,
  ): Promise<PortalMissionPageType> {
    return this.service.portalMissions(user, partnerOrganisationId, {
      hoursStatus,
      first: first ?? 100,
      offset: offset ?? 0,
    });
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Mutation(() => [PortalMissionType], {
    description:
      'Confirme les heures de missions faites chez moi (toutes à confirmer) : elles sont alors verrouillées.',
  })
  async portalConfirmMissionHours(
    @CurrentUser() user: AuthUser,
    @CurrentPartner() partnerOrganisationId: string,
    @Args('input') input: ConfirmMissionHoursInput,
  ): Promise<PortalMissionType[]> {
    return this.service.confirm(user, partnerOrganisationId, input);
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Mutation(() => PortalMissionType, {
    description: 'Conteste les heures d’une mission faite chez moi, avec un motif transmis à la structure.',
  })
  async portalDisputeMissionHours(
    @CurrentUser() user: AuthUser,
    @CurrentPartner() partnerOrganisationId: string,
    @Args('input') input: DisputeMissionHoursInput,
  ): Promise<PortalMissionType> {
    return this.service.dispute(user, partnerOrganisationId, input);
  }
}
