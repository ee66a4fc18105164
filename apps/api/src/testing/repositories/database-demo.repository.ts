/**
 * What `database/seeds/demo.seed.int-spec.ts` checks the demo data with: counts and aggregates over the seeded world
 * (ADR 0011: SQL lives in repositories). Rows as PostgreSQL sends them.
 */
import type { DataSource } from 'typeorm';

/** How many structures, landlords, users and persons there are. */
export async function demoCounts(
  db: DataSource,
): Promise<Record<'structures' | 'landlords' | 'users' | 'persons', number>> {
  const [row] = (await db.query(
    `SELECT (SELECT count(*)::int FROM structure) AS structures,
            (SELECT count(*)::int FROM partner_organisation) AS landlords,
            (SELECT count(*)::int FROM app_user) AS users,
            (SELECT count(*)::int FROM person) AS persons`,
  )) as Record<'structures' | 'landlords' | 'users' | 'persons', number>[];
  return row;
}

/** The persons per stage. */
export async function personsPerStage(db: DataSource): Promise<{ stage: string; n: number }[]> {
  return db.query(`SELECT stage, count(*)::int AS n FROM person GROUP BY stage ORDER BY stage`);
}

/** Each contract's status, planned training and whether it lasts twelve months to the day. */
export async function contractDurations(
  db: DataSource,
): Promise<{ status: string; planned: number; twelve: boolean }[]> {
  return db.query(
    `SELECT status, planned_training_minutes AS planned, (start_date + interval '12 months' - interval '1 day')::date = end_date AS twelve
       FROM professionalisation_contract`,
  );
}

/** The allocations per kind of funder (through their agreements). */
export async function allocationsPerFunderKind(db: DataSource): Promise<{ kind: string; allocations: number }[]> {
  return db.query(
    `SELECT f.kind, count(a.id)::int AS allocations FROM funder f
       JOIN funding_agreement g ON g.funder_id = f.id LEFT JOIN funding_allocation a ON a.agreement_id = g.id
      GROUP BY f.kind ORDER BY f.kind`,
  );
}

/** The attendances, missions, staff time and expenses funded above 100 % (none expected). */
export async function overFundedSources(db: DataSource): Promise<{ id: string }[]> {
  return db.query(
    `SELECT s.id FROM (
       SELECT a.id, a.minutes_attended AS total, (SELECT sum(quantity) FROM funding_allocation WHERE attendance_id = a.id) AS used FROM session_attendance a
       UNION ALL SELECT m.id, m.minutes, (SELECT sum(quantity) FROM funding_allocation WHERE mission_id = m.id) FROM mission m
       UNION ALL SELECT e.id, e.minutes, (SELECT sum(quantity) FROM funding_allocation WHERE staff_time_entry_id = e.id) FROM staff_time_entry e
       UNION ALL SELECT x.id, x.amount_cents, (SELECT sum(quantity) FROM funding_allocation WHERE expense_id = x.id) FROM expense x
     ) s WHERE s.used > s.total`,
  );
}

/** The partnerships having a hiring target this year, and the sum of those targets. */
export async function partnershipTargetsThisYear(db: DataSource): Promise<{ partnerships: number; target: number }> {
  const [row] = (await db.query(
    `SELECT count(DISTINCT p.id)::int AS partnerships, sum(h.hires)::int AS target
       FROM partnership p JOIN hiring_target h ON h.partnership_id = p.id AND h.year = extract(year FROM now())::int`,
  )) as { partnerships: number; target: number }[];
  return row;
}

/** The gardien·ne need of Rouen Habitat at the Résidence Les Tilleuls (status and positions). */
export async function tilleulsNeed(db: DataSource): Promise<{ status: string; positions: number } | undefined> {
  const [row] = (await db.query(
    `SELECT n.status, n.positions FROM hiring_need n JOIN partner_site s ON s.id = n.site_id
       JOIN partner_organisation o ON o.id = n.partner_organisation_id
      WHERE o.name = 'Rouen Habitat' AND s.name = 'Résidence Les Tilleuls' AND n.job_title = 'Gardien·ne d’immeuble'`,
  )) as { status: string; positions: number }[];
  return row;
}
