import {
  Raw,
  type EntityManager,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsRelations,
  type FindOptionsSelect,
  type FindOptionsWhere,
} from 'typeorm';

/** Rows of a tenant's table that belong to persons: the shape every `xByPersons` batch reader reads. */
export interface PersonOwned {
  structureId: string;
  personId: string;
}

export interface ByPersonsOptions<E> {
  order?: FindOptionsOrder<E>;
  select?: FindOptionsSelect<E>;
  relations?: FindOptionsRelations<E>;
  /** Further conditions, and-ed with the structure and the persons. */
  where?: FindOptionsWhere<E>;
}

/** Groups rows by a key, in the order of `keys`: the usual shape of a one-to-many batch. */
export function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** The first row per key, in the order of `keys` (null where none): the shape of a one-to-one batch. */
export function firstByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const row of rows) {
    const k = keyOf(row);
    if (!map.has(k)) map.set(k, row);
  }
  return keys.map((k) => map.get(k) ?? null);
}

/**
 * The rows of each person of `personIds` in one statement, in the order of `personIds` (an empty list where none):
 * the generic batch reader behind every `xByPersons` of the repositories (DataLoader batches).
 */
export async function readByPersons<E extends PersonOwned>(
  db: EntityManager,
  entity: EntityTarget<E>,
  structureId: string,
  personIds: readonly string[],
  options: ByPersonsOptions<E> = {},
): Promise<E[][]> {
  if (personIds.length === 0) return [];
  const rows = await db.getRepository(entity).find({
    // `= ANY($n)` with one array parameter: the same statement text whatever the batch size (IN would bind one
    // parameter per id), so PostgreSQL can reuse its plan.
    where: {
      ...options.where,
      structureId,
      personId: Raw((column) => `${column} = ANY(CAST(:personIds AS uuid[]))`, { personIds: [...personIds] }),
    } as FindOptionsWhere<E>,
    order: options.order,
    select: options.select,
    relations: options.relations,
  });
  return groupByKey(personIds, rows, (r) => r.personId);
}

/** As `readByPersons`, one row per person (the first in `order`), null where none. */
export async function readOneByPersons<E extends PersonOwned>(
  db: EntityManager,
  entity: EntityTarget<E>,
  structureId: string,
  personIds: readonly string[],
  options: ByPersonsOptions<E> = {},
): Promise<(E | null)[]> {
  const lists = await readByPersons(db, entity, structureId, personIds, options);
  return lists.map((list) => list[0] ?? null);
}
