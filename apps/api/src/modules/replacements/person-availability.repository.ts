import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';

/** The SQL of a person's weekly availability, absences and clearances (kept by the counsellor). */
@Injectable()
export class PersonAvailabilityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Replaces the person's weekly pattern with `ranges` (two statements). */
  @SqlSnapshot({
    params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID, [{ weekday: 1, startMinute: 480, endMinute: 1020 }]],
  })
  async replaceAvailability(
    structureId: string,
    personId: string,
    userId: string,
    ranges: readonly { weekday: number; startMinute: number; endMinute: number }[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(`DELETE FROM person_availability WHERE structure_id = $1 AND person_id = $2`, [
      structureId,
      personId,
    ]);
    if (!ranges.length) return;
    await tx.query(
      `INSERT INTO person_availability (structure_id, person_id, created_by_id, weekday, start_minute, end_minute)
       SELECT $1, $2, $3, r.weekday, r.start_minute, r.end_minute
         FROM unnest($4::smallint[], $5::smallint[], $6::smallint[]) AS r(weekday, start_minute, end_minute)`,
      [
        structureId,
        personId,
        userId,
        ranges.map((r) => r.weekday),
        ranges.map((r) => r.startMinute),
        ranges.map((r) => r.endMinute),
      ],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  availability(
    structureId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<{ weekday: number; startMinute: number; endMinute: number }[]> {
    return tx.query(
      `SELECT weekday, start_minute AS "startMinute", end_minute AS "endMinute" FROM person_availability
        WHERE structure_id = $1 AND person_id = $2 ORDER BY weekday, start_minute`,
      [structureId, personId],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID, '2026-01-01', '2026-01-02', null] })
  async addAbsence(
    structureId: string,
    personId: string,
    userId: string,
    startsOn: string,
    endsOn: string,
    reason: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO person_unavailability (structure_id, person_id, created_by_id, starts_on, ends_on, reason)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [structureId, personId, userId, startsOn, endsOn, reason],
    );
  }

  /** Records a clearance, or replaces its expiry. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID, 'SST', null] })
  async upsertClearance(
    structureId: string,
    personId: string,
    userId: string,
    code: string,
    expiresOn: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO person_clearance (structure_id, person_id, created_by_id, code, expires_on) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT "UQ_person_clearance" DO UPDATE SET expires_on = EXCLUDED.expires_on, updated_at = now()`,
      [structureId, personId, userId, code, expiresOn],
    );
  }
}
