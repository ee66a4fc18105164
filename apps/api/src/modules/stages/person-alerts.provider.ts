import { Injectable } from '@nestjs/common';
import type { Alert, PathwayStage } from '@tremplin/domain';
import type { GqlContext } from '../../core/auth/auth.types';
import type { PersonAlerts, PersonType } from '../persons';
import { primePageAlerts } from './alerts.resolver';
import { AlertsService } from './alerts.service';

/** The alerts the persons' caseload reads, through the port persons export (ADR 0012). */
@Injectable()
export class StagesPersonAlerts implements PersonAlerts {
  constructor(private readonly alerts: AlertsService) {}

  alertsByPersons(
    structureId: string,
    persons: readonly { id: string; stage: PathwayStage }[],
    today: string,
  ): Promise<Alert[][]> {
    return this.alerts.alertsByPersons(structureId, persons, today);
  }

  primePageAlerts(ctx: GqlContext, persons: readonly PersonType[]): Promise<void> {
    return primePageAlerts(this.alerts, ctx, persons);
  }
}
