/**
 * The SQL of the test data builders (ADR 0011: SQL lives in repositories). The builders hold the readable defaults;
 * these functions write and read the rows. Table and column names come from the builders, never from a test's input.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { StructureKind } from '@tremplin/domain';

/** What the builders write through: a data source, an entity manager or a query runner. */
export type BuilderDb = Pick<DataSource, 'query'>;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Identifiant SQL invalide : ${name}`);
  return name;
}

/** Inserts one row: `row` maps snake_case column names to values (one parameter each). */
export async function insertRow(db: BuilderDb, table: string, row: Record<string, unknown>): Promise<void> {
  const cols = Object.keys(row).map(identifier);
  await db.query(
    `INSERT INTO ${identifier(table)} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
    cols.map((c) => row[c]),
  );
}

/** Inserts one row with a new `id` unless `values` holds one; returns the id. */
export async function insertRowWithId(
  db: BuilderDb,
  table: string,
  values: Record<string, unknown>,
): Promise<{ id: string }> {
  const id = (values['id'] as string | undefined) ?? randomUUID();
  await insertRow(db, table, { id, ...values });
  return { id };
}

/** `count` persons of a structure in one statement (paging and statement-count tests). */
export async function insertPersonBatch(
  db: BuilderDb,
  structureId: string,
  count: number,
  counsellorId: string | null,
): Promise<void> {
  await db.query(
    `INSERT INTO person (structure_id, first_name, last_name, birth_date, counsellor_id, sort_key)
     SELECT $1, 'Prénom' || g, 'Lot' || lpad(g::text, 4, '0'), DATE '1985-01-01' + g, $2, 'lot' || lpad(g::text, 4, '0') || ' prenom' || g
       FROM generate_series(1, $3) g`,
    [structureId, counsellorId, count],
  );
}

/** The kind of a structure (the eligibility diagnosis' validity depends on it). */
export async function structureKindOf(db: BuilderDb, structureId: string): Promise<StructureKind> {
  const [{ kind }] = (await db.query(`SELECT kind FROM structure WHERE id = $1`, [structureId])) as {
    kind: StructureKind;
  }[];
  return kind;
}

/** The partner organisation that published a hiring need (a proposal is addressed to it). */
export async function hiringNeedPartnerOrganisation(db: BuilderDb, hiringNeedId: string): Promise<string> {
  const [{ partner_organisation_id }] = (await db.query(
    `SELECT partner_organisation_id FROM hiring_need WHERE id = $1`,
    [hiringNeedId],
  )) as { partner_organisation_id: string }[];
  return partner_organisation_id;
}

/** Sets (or clears) the certification a person prepares. */
export async function updatePersonTargetCertification(
  db: BuilderDb,
  personId: string,
  certificationId: string | null,
): Promise<void> {
  await db.query(`UPDATE person SET target_certification_id = $2 WHERE id = $1`, [personId, certificationId]);
}

/** The rows of `table` for one person (column `person_id`), oldest first, as JSON: dates read `AAAA-MM-JJ`. */
export async function personRowsAsJson(
  db: BuilderDb,
  table: string,
  personId: string,
): Promise<Record<string, unknown>[]> {
  const rows = (await db.query(
    `SELECT to_jsonb(x) AS r FROM ${identifier(table)} x WHERE person_id = $1 ORDER BY created_at, id`,
    [personId],
  )) as { r: Record<string, unknown> }[];
  return rows.map((x) => x.r);
}
