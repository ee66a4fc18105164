/**
 * The data the migration specs lay out before a migration's `up` and read after it: the schema as it stood before
 * the migration (columns the entities no longer have), so raw SQL (ADR 0011: SQL lives in repositories).
 */
import type { DataSource } from 'typeorm';

/** PassIaeToTheDay, before: a PASS IAE of 2024-02-01 to 2026-03-31; returns its id. */
export async function insertPassBeforeToTheDay(db: DataSource, structureId: string, personId: string): Promise<string> {
  const [{ id }] = (await db.query(
    `INSERT INTO pass_iae (structure_id, person_id, number, start_date, end_date)
     VALUES ($1, $2, '999992400001', '2024-02-01', '2026-03-31') RETURNING id`,
    [structureId, personId],
  )) as { id: string }[];
  return id;
}

/** PassIaeToTheDay, before: a one-day suspension of the PASS (the former count added one day). */
export async function insertOneDaySuspension(db: DataSource, structureId: string, passId: string): Promise<void> {
  await db.query(
    `INSERT INTO pass_suspension (structure_id, pass_id, start_date, end_date, reason)
     VALUES ($1, $2, '2024-06-01', '2024-06-01', 'CONTRACT_SUSPENDED')`,
    [structureId, passId],
  );
}

/** PassIaeToTheDay, before: two prolongations of one month each (the former `months` column). */
export async function insertMonthProlongations(db: DataSource, structureId: string, passId: string): Promise<void> {
  await db.query(
    `INSERT INTO pass_prolongation (structure_id, pass_id, reason, months, requested_on)
     VALUES ($1, $2, 'COMPLETE_TRAINING', 1, '2025-06-01'), ($1, $2, 'RQTH', 1, '2025-07-01')`,
    [structureId, passId],
  );
}

/** PassIaeToTheDay, before: a GEIQ's own diagnosis of 2026-01-15, valid three months by the former rule. */
export async function insertGeiqDiagnosis(db: DataSource, structureId: string, personId: string): Promise<void> {
  await db.query(
    `INSERT INTO eligibility_diagnosis (structure_id, person_id, author, author_name, diagnosed_on, valid_until)
     VALUES ($1, $2, 'EMPLOYER', 'GEIQ', '2026-01-15', '2026-04-16')`,
    [structureId, personId],
  );
}

/** A PASS's prolongations as periods (`YYYY-MM-DD` text), in the order they were asked for. */
export async function prolongationPeriods(
  db: DataSource,
  passId: string,
): Promise<{ reason: string; start: string; end: string }[]> {
  return db.query(
    `SELECT reason, start_date::text AS start, end_date::text AS end FROM pass_prolongation
      WHERE pass_id = $1 ORDER BY requested_on`,
    [passId],
  );
}

/** A PASS's end (`YYYY-MM-DD` text) and official end. */
export async function passEnd(
  db: DataSource,
  passId: string,
): Promise<{ end: string; official_end_date: string | null } | undefined> {
  const [pass] = (await db.query(`SELECT end_date::text AS end, official_end_date FROM pass_iae WHERE id = $1`, [
    passId,
  ])) as { end: string; official_end_date: string | null }[];
  return pass;
}

/** The validity end (`YYYY-MM-DD` text) of a person's diagnosis. */
export async function diagnosisValidity(db: DataSource, personId: string): Promise<{ until: string } | undefined> {
  const [diagnosis] = (await db.query(
    `SELECT valid_until::text AS until FROM eligibility_diagnosis WHERE person_id = $1`,
    [personId],
  )) as { until: string }[];
  return diagnosis;
}

/** PersonSex, before: makes an FSE+ record saved a day ago (by the database clock). */
export async function backdateFseParticipantSave(db: DataSource, participantId: string): Promise<void> {
  await db.query(`UPDATE fse_participant SET updated_at = now() - interval '1 day' WHERE id = $1`, [participantId]);
}

/** Every FSE+ participant record, every column as stored, by id. */
export async function fseParticipantRows(db: DataSource): Promise<Record<string, unknown>[]> {
  return db.query(`SELECT * FROM fse_participant ORDER BY id`);
}
