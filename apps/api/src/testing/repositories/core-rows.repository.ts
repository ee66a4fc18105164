/**
 * Rows of any table as PostgreSQL stores them (snake_case columns), for the specs that walk every mutation or every
 * table and compare a row before and after (ADR 0011: SQL lives in repositories).
 */
import type { DataSource } from 'typeorm';

const TABLE = /^[a-z_][a-z0-9_]*$/;

function table(name: string): string {
  if (!TABLE.test(name)) throw new Error(`Table invalide : ${name}`);
  return name;
}

/** The whole row of `tableName` with this id, every column as stored (undefined when there is none). */
export async function rowById(
  db: DataSource,
  tableName: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  return ((await db.query(`SELECT * FROM ${table(tableName)} WHERE id = $1`, [id])) as Record<string, unknown>[])[0];
}

/** How many rows `tableName` holds. */
export async function rowCount(db: DataSource, tableName: string): Promise<number> {
  return Number(((await db.query(`SELECT count(*) AS n FROM ${table(tableName)}`)) as { n: string }[])[0].n);
}

/** Inserts one row (`values`: snake_case columns) and returns the id the database gave it. */
export async function insertRowReturningId(
  db: DataSource,
  tableName: string,
  values: Record<string, unknown>,
): Promise<string> {
  const cols = Object.keys(values).map(table);
  const [row] = (await db.query(
    `INSERT INTO ${table(tableName)} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    cols.map((c) => values[c]),
  )) as { id: string }[];
  return row.id;
}
