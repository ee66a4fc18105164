import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { gatherAlertFacts, type PersonAlertFacts } from './alerts.facts';

/** Alerts computed on read: the facts of the persons of a request, gathered in one batch. */
@Injectable()
export class AlertsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One fact set per id, in order (one statement whatever the number of persons). */
  factsByPersons(structureId: string, personIds: readonly string[], today: string): Promise<PersonAlertFacts[]> {
    return gatherAlertFacts(this.db, structureId, personIds, today);
  }
}
