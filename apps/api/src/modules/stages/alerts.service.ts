import { Injectable } from '@nestjs/common';
import type { Alert, PathwayStage } from '@tremplin/domain';
import { alertsByPersons, gatherAlertFacts, type PersonAlertFacts } from './alerts.facts';
import { AlertsRepository } from './alerts.repository';

/** Alerts computed on read: the facts of the persons of a request, gathered in one batch. */
@Injectable()
export class AlertsService {
  constructor(private readonly repo: AlertsRepository) {}

  /** One fact set per id, in order (one statement whatever the number of persons). */
  factsByPersons(structureId: string, personIds: readonly string[], today: string): Promise<PersonAlertFacts[]> {
    return gatherAlertFacts(this.repo, structureId, personIds, today);
  }

  /** The alerts of each person on `today`, in order (one statement whatever the number of persons). */
  alertsByPersons(
    structureId: string,
    persons: readonly { id: string; stage: PathwayStage }[],
    today: string,
  ): Promise<Alert[][]> {
    return alertsByPersons(this.repo, structureId, persons, today);
  }
}
