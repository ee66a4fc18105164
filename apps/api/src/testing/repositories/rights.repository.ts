// Test repository of the rights module (ADR 0011): the SQL the retention and person-data specs send to set up or
// check rows beyond what the production repositories and TypeORM's entity API offer. Not part of the application build.
import type { DataSource } from 'typeorm';

/**
 * Sets when a person's file was opened (`created_at`, a timestamp or an SQL expression of `$2`), without touching
 * its version: the file's first contact, as the retention and report rules read it.
 */
export async function setPersonCreatedAt(db: DataSource, personId: string, at: string): Promise<void> {
  await db.query(`UPDATE person SET created_at = $2 WHERE id = $1`, [personId, at]);
}

/** Sets when a person's file was opened: 09:00 in Paris on `day`. */
export async function setPersonOpenedOn(db: DataSource, personId: string, day: string): Promise<void> {
  await db.query(`UPDATE person SET created_at = ($2::date + time '09:00') AT TIME ZONE 'Europe/Paris' WHERE id = $1`, [
    personId,
    day,
  ]);
}

/** A person's pathway events: title, notes and day (as text). */
export async function pathwayEventsOf(
  db: DataSource,
  personId: string,
): Promise<{ title: string; notes: string | null; day: string }[]> {
  return db.query(`SELECT title, notes, occurred_on::text AS day FROM pathway_event WHERE person_id = $1`, [personId]);
}

/** Every row about a person in `person`, `pathway_event` and `referral`, each as JSON text. */
export async function anonymisedRowsAsJson(db: DataSource, personId: string): Promise<string[]> {
  const rows: { r: string }[] = await db.query(
    `SELECT row_to_json(x)::text AS r FROM person x WHERE id = $1
     UNION ALL SELECT row_to_json(x)::text FROM pathway_event x WHERE person_id = $1
     UNION ALL SELECT row_to_json(x)::text FROM referral x WHERE person_id = $1`,
    [personId],
  );
  return rows.map((row) => row.r);
}

/** Tables whose foreign key references `person`, walked from information_schema (independently of the code). */
export async function tablesReferencingPerson(db: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await db.query(
    `SELECT DISTINCT tc.table_name
       FROM information_schema.table_constraints tc
       JOIN information_schema.constraint_column_usage ccu
         ON ccu.constraint_name = tc.constraint_name AND ccu.constraint_schema = tc.constraint_schema
      WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'person' AND tc.table_schema = 'public'
      ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

/** Ids (as text, ordered) of the rows of `table` about one person. */
export async function personRowIds(db: DataSource, table: string, personId: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id::text AS id FROM "${table}" WHERE person_id = $1 ORDER BY id`,
    [personId],
  );
  return rows.map((row) => row.id);
}
