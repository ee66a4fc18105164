import type { EntityManager } from 'typeorm';

/*
 * The SQL shared by the retention and export repositories (docs/adr/0011-repositories.md): the catalogue read of the
 * tables about a person, and the conditions that select a person's rows in them. Called by those repositories only.
 */

/** A table holding rows about a person through a foreign key to one of the person's tables. */
export interface ChildTable {
  table: string;
  /** `column` references `parent`(id), `parent` being a table with a foreign key to the person. */
  links: { column: string; parent: string }[];
}

/** Every table holding rows about a person, read from the database's foreign keys (new tables cannot be forgotten). */
export interface PersonTables {
  /** Tables with a foreign key to `person` (through `person_id`, with `structure_id`). */
  direct: string[];
  /** Tables with a foreign key to one of `direct` (and none to `person`). */
  children: ChildTable[];
  /** Per table (direct and children): its free-text columns (`text`), and whether each may be NULL. */
  textColumns: Record<string, { column: string; nullable: boolean }[]>;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/** `"name"`, for a name read from the catalogue (refused if it is not a plain lower-case identifier). */
export function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Identifiant SQL inattendu : ${name}`);
  return `"${name}"`;
}

/**
 * The tables about a person, from `pg_constraint` (two statements): first level by their foreign key to `person`,
 * second level by a foreign key to a first-level table's `id`.
 */
export async function personTables(db: EntityManager): Promise<PersonTables> {
  const links: { child: string; parent: string; column: string }[] = await db.query(
    `SELECT child.relname AS child, parent.relname AS parent, ca.attname AS column
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       CROSS JOIN LATERAL unnest(k.conkey, k.confkey) AS u(ck, pk)
       JOIN pg_attribute ca ON ca.attrelid = k.conrelid AND ca.attnum = u.ck
       JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = u.pk AND pa.attname = 'id'
      WHERE k.contype = 'f' AND child.relnamespace = 'public'::regnamespace AND child.relname <> parent.relname
      ORDER BY child.relname, ca.attname`,
  );
  const direct = [...new Set(links.filter((l) => l.parent === 'person').map((l) => l.child))].sort();
  const childMap = new Map<string, ChildTable>();
  for (const l of links) {
    if (!direct.includes(l.parent) || direct.includes(l.child) || l.child === 'person') continue;
    const entry = childMap.get(l.child) ?? { table: l.child, links: [] };
    entry.links.push({ column: l.column, parent: l.parent });
    childMap.set(l.child, entry);
  }
  const children = [...childMap.values()].sort((a, b) => a.table.localeCompare(b.table));
  const tables = [...direct, ...children.map((c) => c.table)];
  const cols: { table: string; column: string; nullable: boolean }[] = await db.query(
    `SELECT c.relname AS table, a.attname AS column, NOT a.attnotnull AS nullable
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1::text[]) AND a.attnum > 0
        AND NOT a.attisdropped AND a.atttypid = 'text'::regtype
      ORDER BY c.relname, a.attnum`,
    [tables],
  );
  const textColumns: PersonTables['textColumns'] = {};
  for (const c of cols) (textColumns[c.table] ??= []).push({ column: c.column, nullable: c.nullable });
  return { direct, children, textColumns };
}

/**
 * The rows of `table` about the persons `$1` (uuid[]) — of the structure `$2` when `scoped` — as a SQL condition on
 * alias `t`.
 */
export function aboutPersons(tables: PersonTables, table: string, scoped: boolean): string {
  const structure = scoped ? ' AND p.structure_id = $2' : '';
  if (tables.direct.includes(table)) return `t.person_id = ANY($1::uuid[])${structure.replace('p.', 't.')}`;
  const child = tables.children.find((c) => c.table === table);
  if (!child) throw new Error(`Table sans lien à la personne : ${table}`);
  return child.links
    .map(
      (l) =>
        `t.${ident(l.column)} IN (SELECT p.id FROM ${ident(l.parent)} p WHERE p.person_id = ANY($1::uuid[])${structure})`,
    )
    .map((c) => `(${c})`)
    .join(' OR ');
}
