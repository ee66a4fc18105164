// Test repository of the activities module (ADR 0011): the SQL the activities specs send to set up or check rows
// beyond what the production repositories and TypeORM's entity API offer. Not part of the application build.
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** SQLSTATE of a failed statement (TypeORM wraps the driver's error), or `'error'` when it has none. */
function sqlStateOf(e: { driverError?: { code?: string }; code?: string }): string {
  return e?.driverError?.code ?? e?.code ?? 'error';
}

/** Sets a person's phone directly (no version bump), as data entered elsewhere. */
export async function setPersonPhone(db: DataSource, personId: string, phone: string): Promise<void> {
  await db.query(`UPDATE person SET phone = $2 WHERE id = $1`, [personId, phone]);
}

/** Moves a mission to `version` behind the reader's back (a concurrent change), optionally with new minutes. */
export async function bumpMissionVersion(
  db: DataSource,
  missionId: string,
  version: number,
  minutes?: number,
): Promise<void> {
  if (minutes === undefined) await db.query(`UPDATE mission SET version = $2 WHERE id = $1`, [missionId, version]);
  else await db.query(`UPDATE mission SET minutes = $3, version = $2 WHERE id = $1`, [missionId, version, minutes]);
}

/** Direct writes of a confirmed mission's hours, which its trigger must refuse (TR001). */
export function confirmedMissionHoursWrites(missionId: string): [string, unknown[]][] {
  return [
    [`UPDATE mission SET minutes = 60 WHERE id = $1`, [missionId]],
    [`UPDATE mission SET end_date = '2026-03-05' WHERE id = $1`, [missionId]],
    [`UPDATE mission SET hours_status = 'PENDING' WHERE id = $1`, [missionId]],
    [`UPDATE mission SET hours_reviewed_by_id = NULL WHERE id = $1`, [missionId]],
    [`DELETE FROM mission WHERE id = $1`, [missionId]],
  ];
}

/** Runs one statement of the mission lock's specs: its SQLSTATE when refused, null when it passes. */
export async function missionWriteError(db: DataSource, sql: string, params: unknown[]): Promise<string | null> {
  return db.query(sql, params).then(
    () => null,
    (e: { driverError?: { code?: string }; code?: string }) => sqlStateOf(e),
  );
}

/** Direct writes of a mission's day lines (the `mission_day` trigger's specs): insert, change, delete. */
export function missionDayWrites(m: { id: string; personId: string; structureId: string }): [string, unknown[]][] {
  return [
    [
      `INSERT INTO mission_day (structure_id, person_id, mission_id, day, minutes) VALUES ($1, $2, $3, $4, 60)`,
      [m.structureId, m.personId, m.id, '2026-03-31'],
    ],
    [`UPDATE mission_day SET minutes = minutes + 1 WHERE mission_id = $1`, [m.id]],
    [`DELETE FROM mission_day WHERE mission_id = $1`, [m.id]],
  ];
}

/** Completes the tutor's feedback of a mission directly (allowed even once confirmed). */
export async function setMissionTutorFeedback(db: DataSource, missionId: string, feedback: string): Promise<void> {
  await db.query(`UPDATE mission SET tutor_feedback = $2 WHERE id = $1`, [missionId, feedback]);
}

/** The whole mission row as JSON, to show that nothing moved. */
export async function missionAsJson(db: DataSource, missionId: string): Promise<unknown> {
  const rows: { j: unknown }[] = await db.query(`SELECT to_jsonb(m) AS j FROM mission m WHERE id = $1`, [missionId]);
  return rows[0].j;
}

/** The mission table's columns and types, in order (from the catalog). */
export async function missionColumns(db: DataSource): Promise<{ column_name: string; data_type: string }[]> {
  return db.query(
    `SELECT column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'mission' ORDER BY ordinal_position`,
  );
}

/** A new value of the column, of its type (constraints are checked after the trigger). */
function changedValue(col: { column_name: string; data_type: string }): string {
  const c0 = `"${col.column_name}"`;
  switch (col.data_type) {
    case 'uuid':
      return 'gen_random_uuid()';
    case 'date':
    case 'integer':
      return `${c0} + 1`;
    case 'timestamp with time zone':
      return `COALESCE(${c0}, now()) + interval '1 second'`;
    case 'boolean':
      return `NOT COALESCE(${c0}, false)`;
    default:
      return `COALESCE(${c0}, '') || 'x'`;
  }
}

/** Writes of a confirmed mission ($1) that its trigger must refuse: each locked column changed, then the rest. */
export function lockedMissionWrites(locked: { column_name: string; data_type: string }[]): string[] {
  return [
    ...locked.map((col) => `UPDATE mission SET "${col.column_name}" = ${changedValue(col)} WHERE id = $1`),
    // With the feedback changing, a locked column still may not.
    `UPDATE mission SET tutor_feedback = 'Bien', site = 'Ailleurs', version = version + 1 WHERE id = $1`,
    // A new version or date without any change.
    `UPDATE mission SET version = version + 1 WHERE id = $1`,
    `UPDATE mission SET updated_at = now() + interval '1 minute' WHERE id = $1`,
    `DELETE FROM mission WHERE id = $1`,
  ];
}

/** Writes of a confirmed mission ($1) that remain allowed: its feedback, with or without a version; a no-op. */
export function allowedConfirmedMissionWrites(): string[] {
  return [
    `UPDATE mission SET minutes = minutes, site = site WHERE id = $1`,
    `UPDATE mission SET tutor_feedback = 'Ponctuel et soigneux.' WHERE id = $1`,
    `UPDATE mission SET tutor_feedback = 'Très soigneux.', version = version + 1, updated_at = now() WHERE id = $1`,
  ];
}

/**
 * SQLSTATE of truncating `mission`, then `person`, each with CASCADE, by table: each tried in a savepoint of one
 * transaction rolled back whatever happens (nothing is kept).
 */
export async function truncateMissionErrors(db: DataSource): Promise<Record<'mission' | 'person', string | null>> {
  const runner = db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  const codes: Record<'mission' | 'person', string | null> = { mission: 'not tried', person: 'not tried' };
  try {
    for (const table of ['mission', 'person'] as const) {
      await runner.query('SAVEPOINT attempt');
      codes[table] = await runner.query(`TRUNCATE ${table} CASCADE`).then(
        () => null,
        (e: { driverError?: { code?: string }; code?: string }) => sqlStateOf(e),
      );
      await runner.query('ROLLBACK TO SAVEPOINT attempt');
    }
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
  return codes;
}

/** On a separate connection: opens a transaction holding the tutor's row lock (`FOR UPDATE`). */
export async function lockTutorRow(client: Client, tutorId: string): Promise<void> {
  await client.query('BEGIN');
  await client.query('SELECT id FROM tutor WHERE id = $1 FOR UPDATE', [tutorId]);
}

/** Number of sessions of the current database waiting for a lock (from `pg_stat_activity`). */
export async function sessionsWaitingForLock(client: Client): Promise<number> {
  const result = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return result.rows[0].n;
}

/** In the transaction opened by `lockTutorRow`: inserts an open tutoring dated 2026-03-01, then commits. */
export async function commitRivalTutoring(
  client: Client,
  structureId: string,
  personId: string,
  tutorId: string,
): Promise<void> {
  await client.query(
    `INSERT INTO tutoring (structure_id, person_id, tutor_id, start_date) VALUES ($1, $2, $3, '2026-03-01')`,
    [structureId, personId, tutorId],
  );
  await client.query('COMMIT');
}
