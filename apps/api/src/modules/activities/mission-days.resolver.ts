import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import {
  MissionHostOrganisationType,
  MissionHoursWeekRowType,
  MissionHoursWeekType,
  RecordMissionDaysInput,
} from './mission-days.dto';
import { MissionDaysService } from './mission-days.service';

/** Mission hours day by day: the supervisor's week grid per host site (docs/domain/mission-days.md). */
@Resolver()
export class MissionDaysResolver {
  constructor(private readonly service: MissionDaysService) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => MissionHoursWeekType, {
    description:
      'La semaine (du lundi au dimanche) des missions de ma structure chez un employeur, et sur un site si précisé : ' +
      'une ligne par mission en cours cette semaine-là, ses heures jour par jour.',
  })
  missionHoursWeek(
    @CurrentStructure() structureId: string,
    @Args('hostOrganisationId', { type: () => ID }) hostOrganisationId: string,
    @Args('site', { type: () => String, nullable: true }) site: string | null,
    @Args('weekStart', { description: 'Le lundi de la semaine, AAAA-MM-JJ.' }) weekStart: string,
  ): Promise<MissionHoursWeekType> {
    return this.service.week(structureId, hostOrganisationId, site, weekStart);
  }

  @Allow(Permission.PATHWAY_READ)
  @Query(() => [MissionHostOrganisationType], {
    description:
      'Les employeurs où ma structure a des missions en cours ce mois-ci (et la semaine de `weekStart` si précisée), ' +
      'avec leurs sites.',
  })
  missionHostOrganisations(
    @CurrentStructure() structureId: string,
    @Args('weekStart', { type: () => String, nullable: true, description: 'Un lundi, AAAA-MM-JJ.' })
    weekStart: string | null,
  ): Promise<MissionHostOrganisationType[]> {
    return this.service.hosts(structureId, weekStart);
  }

  @Allow(Permission.FIELD_ENTRY)
  @Mutation(() => [MissionHoursWeekRowType], {
    description:
      'Enregistre les heures de mission jour par jour (les jours modifiés seulement), tout ou rien : les heures de ' +
      'chaque mission deviennent la somme de ses jours. Refusé une fois les heures confirmées par l’employeur.',
  })
  recordMissionDays(
    @CurrentUser() user: AuthUser,
    @CurrentStructure() structureId: string,
    @Args('input') input: RecordMissionDaysInput,
  ): Promise<MissionHoursWeekRowType[]> {
    return this.service.record(structureId, user.id, input);
  }
}
