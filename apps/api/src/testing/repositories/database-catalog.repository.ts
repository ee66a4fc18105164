/**
 * System catalog reads of the test tools (`testing/schema-fuzz.ts`, `testing/authorization-matrix.ts`): the tables and
 * columns of the schema, and one statement over all of them (ADR 0011: SQL lives in repositories).
 */
import type { DataSource } from 'typeorm';

/** A fingerprint of every table's content (audit log and sessions aside: reads and sign-ins write there). */
export async function tablesChecksum(db: DataSource): Promise<Map<string, string>> {
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('audit_log', 'user_session', 'sign_in_attempt', 'sign_in_throttle', 'migrations')
      ORDER BY table_name`,
  );
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${name}" x`,
    )
    .join(' UNION ALL ');
  const rows: { t: string; h: string }[] = await db.query(sql);
  return new Map(rows.map((r) => [r.t, r.h]));
}

/**
 * Every id of every table having an `id` uuid column, each with its table and whether it belongs to `structureId`
 * (its `structure_id`, or the structure itself); one statement for all the tables.
 */
export async function uuidIdsOwnedOrNot(
  db: DataSource,
  structureId: string,
): Promise<{ t: string; id: string; own: boolean }[]> {
  const tables: { table_name: string; has_structure: boolean }[] = await db.query(`
    SELECT c.table_name,
           EXISTS (SELECT 1 FROM information_schema.columns s
                    WHERE s.table_schema = 'public' AND s.table_name = c.table_name AND s.column_name = 'structure_id') AS has_structure
      FROM information_schema.columns c
     WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid'`);
  const parts = tables.map(
    (t) =>
      `SELECT '${t.table_name}' AS t, id::text AS id, ${
        t.has_structure ? `structure_id IS NOT DISTINCT FROM $1` : t.table_name === 'structure' ? `id = $1` : 'TRUE'
      } AS own FROM "${t.table_name}"`,
  );
  return parts.length ? await db.query(parts.join(' UNION ALL '), [structureId]) : [];
}

/**
 * The text columns (text, varchar, char) of the public schema holding a character the input guard refuses: a
 * control character other than \n and \t, a bidirectional control; one statement for all of them.
 */
export async function hostileTextCells(db: DataSource): Promise<{ table: string; column: string; count: number }[]> {
  const columns: { table_name: string; column_name: string }[] = await db.query(`
    SELECT c.table_name, c.column_name
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
       AND c.data_type IN ('text', 'character varying', 'character')`);
  if (!columns.length) return [];
  const pattern = '[\\x01-\\x08\\x0B-\\x1F\\x7F\\u0080-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029]';
  const sql = columns
    .map(
      (c) =>
        `SELECT '${c.table_name}' AS "table", '${c.column_name}' AS "column", count(*)::int AS count
           FROM "${c.table_name}" WHERE "${c.column_name}" ~ '${pattern}'`,
    )
    .join(' UNION ALL ');
  const rows: { table: string; column: string; count: number }[] = await db.query(sql);
  return rows.filter((r) => r.count > 0);
}

/** The date columns (date, timestamp) of the public schema holding a day before 1900-01-01 or after 2100-12-31. */
export async function outOfRangeDateCells(db: DataSource): Promise<{ table: string; column: string; count: number }[]> {
  const columns: { table_name: string; column_name: string }[] = await db.query(`
    SELECT c.table_name, c.column_name
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
       AND c.data_type IN ('date', 'timestamp with time zone', 'timestamp without time zone')`);
  if (!columns.length) return [];
  const sql = columns
    .map(
      (c) =>
        `SELECT '${c.table_name}' AS "table", '${c.column_name}' AS "column", count(*)::int AS count
           FROM "${c.table_name}" WHERE "${c.column_name}"::date NOT BETWEEN DATE '1900-01-01' AND DATE '2100-12-31'`,
    )
    .join(' UNION ALL ');
  const rows: { table: string; column: string; count: number }[] = await db.query(sql);
  return rows.filter((r) => r.count > 0);
}
