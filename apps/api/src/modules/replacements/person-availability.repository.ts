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

  /** The weekly pattern's version (0 while never saved). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async patternVersion(structureId: string, personId: string, tx: EntityManager = this.db.manager): Promise<number> {
    const rows: { version: number }[] = await tx.query(
      `SELECT version FROM person_availability_pattern WHERE structure_id = $1 AND person_id = $2`,
      [structureId, personId],
    );
    return rows[0]?.version ?? 0;
  }

  /** The weekly pattern's next version (the caller holds the person's lock and has checked the one it read). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async bumpPatternVersion(
    structureId: string,
    personId: string,
    userId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<number> {
    const rows: { version: number }[] = await tx.query(
      `INSERT INTO person_availability_pattern AS p (structure_id, person_id, created_by_id, version) VALUES ($1, $2, $3, 1)
       ON CONFLICT ON CONSTRAINT "UQ_person_availability_pattern_person"
         DO UPDATE SET version = p.version + 1, updated_at = now()
       RETURNING version`,
      [structureId, personId, userId],
    );
    return rows[0].version;
  }

  /** Absences, those not over yet first (soonest first), then past ones (latest first). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, '2026-01-01'] })
  absences(
    structureId: string,
    personId: string,
    today: string,
    tx: EntityManager = this.db.manager,
  ): Promise<{ id: string; startsOn: string; endsOn: string; reason: string | null }[]> {
    return tx.query(
      `SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", reason
         FROM person_unavailability
        WHERE structure_id = $1 AND person_id = $2
        ORDER BY (ends_on < $3::date), CASE WHEN ends_on >= $3::date THEN starts_on END, starts_on DESC, id`,
      [structureId, personId, today],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  clearances(
    structureId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<{ code: string; expiresOn: string | null }[]> {
    return tx.query(
      `SELECT code, to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn" FROM person_clearance
        WHERE structure_id = $1 AND person_id = $2 ORDER BY code`,
      [structureId, personId],
    );
  }

  /** Deletes an absence of the structure; its person's id, or null when there is none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async removeAbsence(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<string | null> {
    const [rows]: [{ person_id: string }[], number] = await tx.query(
      `DELETE FROM person_unavailability WHERE structure_id = $1 AND id = $2 RETURNING person_id`,
      [structureId, id],
    );
    return rows[0]?.person_id ?? null;
  }

  /** Deletes a clearance; false when the person did not hold it. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 'SST'] })
  async removeClearance(
    structureId: string,
    personId: string,
    code: string,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const [, count]: [unknown[], number] = await tx.query(
      `DELETE FROM person_clearance WHERE structure_id = $1 AND person_id = $2 AND code = $3 RETURNING id`,
      [structureId, personId, code],
    );
    return count > 0;
  }
}
