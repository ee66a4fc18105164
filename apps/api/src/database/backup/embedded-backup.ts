import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '@tremplin/api-database';
import {
  BackupError,
  type BackupManifest,
  checkFacts,
  type DatabaseFacts,
  EMBEDDED_DATA,
  readFacts,
} from './backup-archive';
import { pgliteQuery } from './backup.repository';

/**
 * Backup and restore of the embedded PostgreSQL (PGlite, `EMBEDDED_DB_DIR`), docs/operations.md « Sauvegardes » :
 * its data folder as a tarball (`dumpDataDir`), taken with the folder's lock — refused while `npm start` uses it — and
 * loaded back into a new folder (`loadDataDir`) that replaces the target only once its contents are checked.
 */
type Log = (line: string) => void;

const label = (dir: string) => `le PostgreSQL embarqué de ${dir}`;

async function withPglite<T>(
  options: { dataDir: string; loadDataDir?: Blob },
  work: (db: PGlite) => Promise<T>,
): Promise<T> {
  const db = await PGlite.create(options);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const factsOf = (db: PGlite, dir: string) => readFacts(pgliteQuery(db), label(dir));

export async function dumpEmbedded(
  dataDir: string,
  dir: string,
  log: Log,
): Promise<{ facts: DatabaseFacts; files: string[] }> {
  const source = resolve(dataDir);
  if (!existsSync(join(source, 'PG_VERSION')))
    throw new BackupError(
      `Il n’y a pas de base embarquée dans ${source} : rien à sauvegarder (vérifiez EMBEDDED_DB_DIR, ou DATABASE_URL pour un serveur PostgreSQL).`,
    );
  const unlock = lockDataDir(source, 'backup');
  try {
    log(
      `Sauvegarde du PostgreSQL embarqué (PGlite) de ${source} : le serveur n’y touche pas pendant ce temps (verrou ${source}.lock)`,
    );
    return await withPglite({ dataDir: source }, async (db) => {
      const facts = await factsOf(db, source);
      const tarball = await db.dumpDataDir('gzip');
      writeFileSync(join(dir, EMBEDDED_DATA), Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
      return { facts, files: [EMBEDDED_DATA] };
    });
  } finally {
    unlock();
  }
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');

/**
 * Loads an embedded backup (unpacked in `dir`) into `targetDir`: first into a new folder beside it, checked against the
 * manifest; then that folder takes the target's place. A target that already holds a database is refused unless
 * `force`, and even then kept, renamed `<dossier>.avant-restauration-<date>`.
 */
export async function restoreEmbedded(
  dir: string,
  manifest: BackupManifest,
  targetDir: string,
  force: boolean,
  log: Log,
  now = new Date(),
): Promise<DatabaseFacts> {
  const target = resolve(targetDir);
  const unlock = lockDataDir(target, 'restore');
  const staging = `${target}.restauration-${stamp(now)}`;
  try {
    const occupied = existsSync(target) && readdirSync(target).length > 0;
    if (occupied && !force)
      throw new BackupError(
        `Le dossier ${target} contient déjà une base : rien n’a été modifié. Restaurez dans un autre dossier (--target-dir), ` +
          'ou ajoutez --force pour la remplacer (l’ancienne est gardée à côté, renommée).',
      );
    log(`Restauration du PostgreSQL embarqué dans ${target}`);
    mkdirSync(staging, { recursive: true, mode: 0o700 });
    const data = new Blob([readFileSync(join(dir, EMBEDDED_DATA))]);
    const facts = await withPglite({ dataDir: staging, loadDataDir: data }, (db) => factsOf(db, staging));
    checkFacts(manifest.facts, facts, label(staging));
    if (occupied) {
      const aside = `${target}.avant-restauration-${stamp(now)}`;
      renameSync(target, aside);
      log(`  l’ancienne base est gardée dans ${aside} (supprimez-la quand la restauration est vérifiée)`);
    } else if (existsSync(target)) rmSync(target, { recursive: true });
    renameSync(staging, target);
    return facts;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    unlock();
  }
}
