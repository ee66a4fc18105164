import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { QueryCounter } from '../query-counter';
import { sqlSnapshotEntries } from './sql-snapshot';

/** The folder of the committed snapshots. */
export const SNAPSHOT_DIR = join(__dirname, '..', '..', 'queries');
const SRC = join(__dirname, '..', '..');

/** Every `*.repository.ts` under apps/api/src (and its compiled `.js` when run from dist). */
export function repositoryFiles(dir = SRC): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'queries') out.push(...repositoryFiles(path));
    } else if (/\.repository\.(ts|js)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

class Captured extends QueryCounter {
  statements: string[] = [];
  /** The database is empty: writes are refused (foreign keys) and recorded in the snapshot, not logged. */
  override logQueryError(): void {}
  override logQuery(query: string): void {
    super.logQuery(query);
    const text = typeof query === 'string' ? query : String(query);
    if (
      !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT)\b/i.test(
        text.trim(),
      )
    )
      this.statements.push(text.trim());
  }
}

const ROLLBACK = new Error('sql-snapshot: rolled back');

/**
 * The snapshot text of every repository file: `{ 'persons.repository.sql': '-- PersonsRepository.findPage\n…' }`.
 * `url` names a migrated database (empty: the statements are sent, their rows do not matter).
 */
export async function renderSqlSnapshots(url: string): Promise<Map<string, string>> {
  const files = repositoryFiles();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any class (the repositories')
  const fileOf = new Map<Function, string>();
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    for (const value of Object.values(mod)) if (typeof value === 'function') fileOf.set(value, file);
  }
  const logger = new Captured();
  const db = new DataSource(dataSourceOptions(url, 2, logger));
  await db.initialize();
  const out = new Map<string, string>();
  try {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any class (the repositories')
    const instances = new Map<Function, Record<string, (...args: unknown[]) => Promise<unknown>>>();
    const entries = [...sqlSnapshotEntries()].sort((a, b) =>
      `${a.repository.name}.${a.method}.${a.options.name ?? ''}`.localeCompare(
        `${b.repository.name}.${b.method}.${b.options.name ?? ''}`,
      ),
    );
    for (const entry of entries) {
      const file = fileOf.get(entry.repository);
      if (!file) continue;
      let repo = instances.get(entry.repository);
      if (!repo) {
        const Ctor = entry.repository as new (
          db: DataSource,
        ) => Record<string, (...args: unknown[]) => Promise<unknown>>;
        repo = new Ctor(db);
        instances.set(entry.repository, repo);
      }
      logger.statements = [];
      let failure = '';
      await db
        .transaction(async (tx: EntityManager) => {
          try {
            await repo[entry.method](...entry.options.params, tx);
          } catch (e) {
            // Which of several violated foreign keys PostgreSQL names depends on its triggers' order — their names
            // carry OIDs, compared as text, that differ from one cluster to another: the snapshot keeps the table only.
            failure = (e instanceof Error ? e.message.split('\n')[0] : String(e)).replace(
              /violates foreign key constraint "[^"]+"/,
              'violates a foreign key constraint',
            );
          }
          throw ROLLBACK;
        })
        .catch((e: unknown) => {
          if (e !== ROLLBACK) throw e;
        });
      const key = `${basename(file).replace(/\.(ts|js)$/, '')}.sql`;
      const title = `-- ${entry.repository.name}.${entry.method}${entry.options.name ? ` (${entry.options.name})` : ''}`;
      const body = logger.statements.length
        ? logger.statements.map((s) => `${s};`).join('\n\n')
        : '-- (aucune requête)';
      const note = failure ? `\n-- a répondu : ${failure}` : '';
      out.set(
        key,
        `${out.get(key) ?? `-- Requêtes de ${relative(SRC, file).replace(/\.js$/, '.ts')} (généré : npm run sql:snapshots)\n`}\n${title}${note}\n${body}\n`,
      );
    }
  } finally {
    await db.destroy();
  }
  return out;
}
