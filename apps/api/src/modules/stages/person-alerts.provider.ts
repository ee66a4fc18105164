import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Alert, PathwayStage } from '@tremplin/domain';
import type { PersonAlerts } from '../persons';
import { alertsByPersons } from './alerts.facts';

/** The alerts the persons' caseload filter reads, through the port persons export (ADR 0012). */
@Injectable()
export class StagesPersonAlerts implements PersonAlerts {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  alertsByPersons(
    structureId: string,
    persons: readonly { id: string; stage: PathwayStage }[],
    today: string,
  ): Promise<Alert[][]> {
    return alertsByPersons(this.db, structureId, persons, today);
  }
}
