/**
 * SQL snapshots (as immich keeps in `server/src/queries/`): each repository method that sends SQL is marked with
 * `@SqlSnapshot({ params: [...] })`; `npm run sql:snapshots` calls each one with those parameters against a migrated
 * empty database (in a transaction rolled back) and writes the statements it sent to `apps/api/src/queries/`. The
 * integration test `sql-snapshots.int-spec.ts` does the same and fails when a committed file differs, so that a
 * change of the SQL a repository sends is visible in review.
 *
 * A repository is a Nest provider whose constructor takes the `DataSource` only, and whose methods take an optional
 * `EntityManager` (a transaction) as their last parameter.
 */
export interface SqlSnapshotOptions {
  /** The arguments of the call (without the EntityManager): ids may be any uuid, the database is empty. */
  params: unknown[];
  /** Name of the snapshot when the same method is snapshotted with several argument lists. */
  name?: string;
}

export interface SqlSnapshotEntry {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any class (the repositories')
  repository: Function;
  method: string;
  options: SqlSnapshotOptions;
}

const ENTRIES: SqlSnapshotEntry[] = [];

/** An id for snapshot parameters: the database is empty, so any uuid does. */
export const SNAPSHOT_UUID = '00000000-0000-4000-8000-000000000000';

export function SqlSnapshot(options: SqlSnapshotOptions = { params: [] }): MethodDecorator {
  return (target, propertyKey) => {
    ENTRIES.push({ repository: target.constructor, method: String(propertyKey), options });
  };
}

/** Every method marked so far (the repositories' files must have been imported). */
export function sqlSnapshotEntries(): readonly SqlSnapshotEntry[] {
  return ENTRIES;
}
