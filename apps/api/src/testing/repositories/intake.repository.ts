import type { DataSource } from 'typeorm';

/** Test-only SQL of the intake specs. */

/**
 * Everything stored about a person's PASS IAE (the PASS, its suspensions and prolongations, dates as text), compared
 * before and after a refusal to prove that nothing was written.
 */
export async function passStateOf(db: DataSource, personId: string) {
  return {
    pass: await db.query(
      `SELECT number, start_date::text AS start, end_date::text AS end, official_end_date::text AS official, version
         FROM pass_iae WHERE person_id = $1 ORDER BY start_date`,
      [personId],
    ),
    suspensions: await db.query(
      `SELECT s.start_date::text AS start, s.end_date::text AS end, s.reason FROM pass_suspension s JOIN pass_iae p ON p.id = s.pass_id
        WHERE p.person_id = $1 ORDER BY s.start_date`,
      [personId],
    ),
    prolongations: await db.query(
      `SELECT r.reason, r.start_date::text AS start, r.end_date::text AS end, r.requested_on::text AS requested_on
         FROM pass_prolongation r JOIN pass_iae p ON p.id = r.pass_id
        WHERE p.person_id = $1 ORDER BY r.created_at`,
      [personId],
    ),
  };
}

/** A CONTRACT_ENDED suspension of the person's PASS, written behind the API (a state the API then has to respect). */
export async function suspendPassBehindApi(db: DataSource, personId: string, startDate: string, endDate: string) {
  await db.query(
    `INSERT INTO pass_suspension (structure_id, pass_id, start_date, end_date, reason)
             SELECT structure_id, id, $2, $3, 'CONTRACT_ENDED' FROM pass_iae WHERE person_id = $1`,
    [personId, startDate, endDate],
  );
}
