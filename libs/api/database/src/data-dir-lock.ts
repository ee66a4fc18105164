import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';

/**
 * One process at a time on the embedded database's folder. PGlite does not stop a second process from opening the
 * same folder (its `postmaster.pid` holds a made-up process id): two writers, or a copy taken while the server
 * writes, would damage the data. The server (`npm start`), a backup and a restore each take this lock first: a file
 * beside the folder (`.data/pglite.lock` for `.data/pglite`), created only if absent, holding who took it. A lock
 * left by a process that is gone (crash, `kill -9`) is taken over. See docs/operations.md (« Sauvegardes »).
 */
export type DataDirUse = 'server' | 'backup' | 'restore';

interface LockHolder {
  pid: number;
  host: string;
  use: DataDirUse;
  since: string;
}

const USE_LABELS: Record<DataDirUse, string> = {
  server: 'par le serveur Tremplin (npm start ou npm run dev)',
  backup: 'par une sauvegarde (npm run backup)',
  restore: 'par une restauration (npm run restore)',
};

export class DataDirBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirBusyError';
  }
}

export function dataDirLockPath(dataDir: string): string {
  return `${resolve(dataDir)}.lock`;
}

/** Takes the folder's lock for `use`; returns its release. Throws `DataDirBusyError` (French) when held. */
export function lockDataDir(dataDir: string, use: DataDirUse): () => void {
  const path = dataDirLockPath(dataDir);
  const me: LockHolder = { pid: process.pid, host: hostname(), use, since: new Date().toISOString() };
  // Twice at most: once more after removing a lock whose process is gone.
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readHolder(path);
      if (holder === undefined) continue; // removed meanwhile
      if (holder === null || isAlive(holder)) throw new DataDirBusyError(busyMessage(dataDir, path, holder));
      removeIfSame(path, holder);
      continue;
    }
    try {
      writeSync(fd, `${JSON.stringify(me)}\n`);
    } finally {
      closeSync(fd);
    }
    return () => removeIfSame(path, me);
  }
  throw new DataDirBusyError(busyMessage(dataDir, path, readHolder(path) ?? null));
}

/** The holder written in the lock; null when unreadable; undefined when there is no lock any more. */
function readHolder(path: string): LockHolder | null | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const h = JSON.parse(text) as LockHolder;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? h : null;
  } catch {
    return null;
  }
}

/** Another machine's process cannot be checked (a shared folder): taken as alive. */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfSame(path: string, holder: LockHolder): void {
  const current = readHolder(path);
  if (!current || current.pid !== holder.pid || current.host !== holder.host || current.since !== holder.since) return;
  try {
    unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

function busyMessage(dataDir: string, path: string, holder: LockHolder | null): string {
  const who = holder
    ? `${USE_LABELS[holder.use] ?? holder.use} (processus ${holder.pid}${holder.host !== hostname() ? ` sur la machine ${holder.host}` : ''}, depuis ${holder.since})`
    : 'par un autre processus';
  return (
    `Le PostgreSQL embarqué (${resolve(dataDir)}) est déjà utilisé ${who}. ` +
    'Attendez la fin de ce processus ou arrêtez-le (Ctrl+C dans son terminal), puis relancez. ' +
    `Si aucun processus ne l’utilise plus, supprimez le fichier ${path}.`
  );
}
