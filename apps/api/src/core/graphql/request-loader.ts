import DataLoader from 'dataloader';
import { type DataSource, type EntityManager, type EntityTarget, type FindOptionsWhere, In } from 'typeorm';
import type { GqlContext } from '../auth/auth.types';

const perRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives as long as the GraphQL request: the first call with a `name` creates it, later calls in
 * the same request reuse it, so that a field resolved for every row of a list costs one SQL statement per request.
 * Feature modules use this instead of adding to the central `Loaders` (keeps modules independent).
 *
 *   const loader = requestLoader(ctx, 'missionsByPerson', (ids) => this.service.missionsByPersons(structureId, ids));
 *   return loader.load(person.id);
 *
 * `batch` receives distinct keys and must return one value per key, in the same order.
 */
export function requestLoader<K, V>(
  ctx: GqlContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  let loaders = perRequest.get(ctx.req);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(ctx.req, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>((keys) => batch(keys));
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Groups rows by a key, in the order of `keys` (one definition: database/repository/by-persons.ts). */
export { groupByKey } from '../../database/repository/by-persons';

/**
 * Rows by id, in the order of `ids` (null where none): the usual shape of a many-to-one batch, in one statement.
 * `where` scopes it (e.g. `{ structureId }` for a tenant's rows).
 */
export async function findByIds<T extends { id: string }>(
  db: DataSource | EntityManager,
  entity: EntityTarget<T>,
  ids: readonly string[],
  where: FindOptionsWhere<T> = {},
): Promise<(T | null)[]> {
  const rows = await db.getRepository(entity).findBy({ ...where, id: In([...ids]) } as FindOptionsWhere<T>);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}
