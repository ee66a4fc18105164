import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { StructureType } from '../structures';
import { ERROR_MESSAGES, Permission, ROLE_PERMISSIONS } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { ForbiddenError } from '../../core/errors/app-errors';
import { DashboardRecordPageType, DashboardType } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

@Resolver(() => DashboardType)
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @Allow(Permission.DASHBOARD_READ)
  @Query(() => [StructureType], {
    description:
      'Les structures dont on peut voir le tableau de bord : la sienne (direction), toutes (administration).',
  })
  async dashboardStructures(@CurrentUser() user: AuthUser): Promise<StructureType[]> {
    const rows = await this.service.structures(user.structureId ?? null);
    return rows.map(StructureType.from);
  }

  @Allow(Permission.DASHBOARD_READ)
  @Query(() => DashboardType, {
    description:
      'Le tableau de bord d’une période. Direction : sa structure. Administration : le réseau entier (structureId nul) ou une structure.',
  })
  async dashboard(
    @CurrentUser() user: AuthUser,
    @Args('periodStart') periodStart: string,
    @Args('periodEnd') periodEnd: string,
    @Args('structureId', { type: () => ID, nullable: true }) structureId: string | null,
  ): Promise<DashboardType> {
    let scope: string | null;
    if (user.structureId) {
      if (structureId && structureId !== user.structureId) throw new ForbiddenError(ERROR_MESSAGES.forbidden);
      scope = user.structureId;
    } else scope = structureId ?? null;
    const drillable = !!user.structureId && ROLE_PERMISSIONS[user.role].includes(Permission.PERSON_READ);
    return this.service.dashboard(scope, periodStart, periodEnd, drillable);
  }

  @Allow(Permission.DASHBOARD_READ, Permission.PERSON_READ)
  @Query(() => DashboardRecordPageType, {
    description:
      'Les enregistrements derrière un chiffre du tableau de bord de ma structure (nom, date, valeur) ; avec month, ceux de ce mois de la période (un chiffre d’un graphique mensuel).',
  })
  async dashboardRecords(
    @CurrentStructure() structureId: string,
    @Args('code') code: string,
    @Args('periodStart') periodStart: string,
    @Args('periodEnd') periodEnd: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number | null,
    @Args('month', {
      type: () => String,
      nullable: true,
      description: 'AAAA-MM : seulement les enregistrements de ce mois, qui doit être dans la période.',
    })
    month: string | null,
  ): Promise<DashboardRecordPageType> {
    return this.service.records(structureId, code, periodStart, periodEnd, first ?? 50, offset ?? 0, month ?? null);
  }
}
