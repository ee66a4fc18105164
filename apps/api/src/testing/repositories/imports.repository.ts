// Test repository of the imports module (ADR 0011): the SQL the imports and les-emplois specs send beyond what the
// production repositories and TypeORM's entity API offer (counts over many tables at once, joins, a constraint
// added to make an import fail). Not part of the application build.
import type { DataSource } from 'typeorm';

/** How many rows an import may have written for a structure, table by table, and the sum of its persons' versions. */
export async function importedRowCounts(db: DataSource, structureId: string): Promise<Record<string, number>> {
  const rows: Record<string, number>[] = await db.query(
    `SELECT (SELECT count(*) FROM person WHERE structure_id = $1)::int AS persons,
            (SELECT count(*) FROM referral WHERE structure_id = $1)::int AS referrals,
            (SELECT count(*) FROM pass_iae WHERE structure_id = $1)::int AS passes,
            (SELECT count(*) FROM employment_contract WHERE structure_id = $1)::int AS contracts,
            (SELECT count(*) FROM worked_month WHERE structure_id = $1)::int AS months,
            (SELECT count(*) FROM pathway_exit WHERE structure_id = $1)::int AS exits,
            (SELECT count(*) FROM stage_transition WHERE structure_id = $1)::int AS transitions,
            (SELECT count(*) FROM import_log WHERE structure_id = $1)::int AS logs,
            (SELECT coalesce(sum(version), 0) FROM person WHERE structure_id = $1)::int AS versions`,
    [structureId],
  );
  return rows[0];
}

/** What a les-emplois synchronisation may have written for a structure, and when its persons last changed. */
export async function syncedRowCounts(db: DataSource, structureId: string): Promise<Record<string, unknown>> {
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT (SELECT count(*) FROM person WHERE structure_id = $1)::int AS persons,
            (SELECT count(*) FROM pass_iae WHERE structure_id = $1)::int AS passes,
            (SELECT count(*) FROM import_log WHERE structure_id = $1)::int AS logs,
            (SELECT coalesce(sum(version), 0) FROM person WHERE structure_id = $1)::int AS versions,
            (SELECT max(updated_at) FROM person WHERE structure_id = $1) AS last_update`,
    [structureId],
  );
  return rows[0];
}

/** Sets a person's phone and clears the e-mail directly (no version bump): what Tremplin already has. */
export async function setPhoneWithoutEmail(db: DataSource, personId: string, phone: string): Promise<void> {
  await db.query(`UPDATE person SET phone = $2, email = NULL WHERE id = $1`, [personId, phone]);
}

/** Makes the contracts' insert fail on 1,234 weekly minutes (20 h 34), to fail an import midway. */
export async function addFailingContractConstraint(db: DataSource): Promise<void> {
  await db.query(`ALTER TABLE employment_contract ADD CONSTRAINT test_import_fails CHECK (weekly_minutes <> 1234)`);
}

/** Removes the constraint added by `addFailingContractConstraint`. */
export async function dropFailingContractConstraint(db: DataSource): Promise<void> {
  await db.query(`ALTER TABLE employment_contract DROP CONSTRAINT test_import_fails`);
}

/** The structure's PASS IAE with their holders, by number (dates as text). */
export async function passesWithHolders(db: DataSource, structureId: string): Promise<Record<string, unknown>[]> {
  return db.query(
    `SELECT p.last_name, p.first_name, p.birth_date::text AS birth, p.email, x.number, x.start_date::text AS start,
            x.official_end_date::text AS official_end
       FROM pass_iae x JOIN person p ON p.id = x.person_id WHERE x.structure_id = $1 ORDER BY x.number`,
    [structureId],
  );
}
