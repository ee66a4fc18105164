import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readFactsRow } from './backup.repository';

/**
 * A backup (`npm run backup`, docs/operations.md « Sauvegardes ») is one tar file, readable with `tar -tvf`:
 * - `manifest.json`: what was saved, from where, and the facts read from the database at that moment;
 * - PostgreSQL: `database.pgdump` (pg_dump, custom format) and, when the application has a role of its own,
 *   `roles.sql` (that role's definition, its hashed password included when the backup ran as a superuser);
 * - embedded database: `pgdata.tar.gz` (PGlite's data folder, `dumpDataDir`).
 * Beside it, `<fichier>.sha256` (the `sha256sum` format): a restore checks it before touching anything.
 * Both are written with mode 0600: the backup holds every person's data and the role's password hash.
 */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export type BackupKind = 'postgresql' | 'embedded';

export const MANIFEST = 'manifest.json';
export const PG_DUMP = 'database.pgdump';
export const PG_ROLES = 'roles.sql';
export const EMBEDDED_DATA = 'pgdata.tar.gz';

/** What a database holds, read with the same SQL from both kinds: kept in the manifest, checked after a restore. */
export interface DatabaseFacts {
  /** `SELECT version()`. */
  server: string;
  /** The newest migration applied (the schema's version). */
  lastMigration: string | null;
  persons: number;
  reportFiles: number;
  /** Report files whose bytes no longer match their SHA-256: 0 on a sound database. */
  reportFilesMismatched: number;
}

export interface PostgresManifest {
  database: string;
  /** The role pg_dump ran as. */
  dumpedBy: string;
  /** Owners of the schema's tables and sequences. */
  owners: string[];
  /** Roles named in the grants of the schema and its objects: they must exist where the backup is restored. */
  grantees: string[];
  /** The application's own role (user of DATABASE_URL when MIGRATION_DATABASE_URL is set), defined in roles.sql. */
  appRole: string | null;
  /** Whether roles.sql holds the role's password (hashed, as PostgreSQL keeps it). */
  appRolePassword: boolean;
  /** `pg_dump --version`. */
  pgDump: string;
}

export interface BackupManifest {
  format: 'tremplin-backup';
  version: 1;
  kind: BackupKind;
  createdAt: string;
  facts: DatabaseFacts;
  postgres?: PostgresManifest;
  /** The members besides the manifest. */
  files: string[];
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** `n` and its noun, singular for 0 and 1 as in French. */
const count = (n: number, singular: string, plural = `${singular}s`) => `${n} ${n > 1 ? plural : singular}`;

/** `where` (« la base … », « le PostgreSQL embarqué … ») at the start of a sentence. */
export const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Reads `DatabaseFacts`; a database without Tremplin's tables is refused (wrong URL or folder). */
export async function readFacts(query: Query, where: string): Promise<DatabaseFacts> {
  let row: Record<string, unknown> | undefined;
  try {
    row = await readFactsRow(query);
  } catch (e) {
    if ((e as { code?: string }).code === '42P01')
      throw new BackupError(
        `${sentence(where)} n’a pas les tables de Tremplin (aucune migration appliquée) : vérifiez DATABASE_URL ou EMBEDDED_DB_DIR.`,
      );
    throw e;
  }
  if (!row) throw new BackupError(`${sentence(where)} n’a rien répondu.`);
  return {
    server: String(row['server']),
    lastMigration: (row['last_migration'] as string | null) ?? null,
    persons: Number(row['persons']),
    reportFiles: Number(row['report_files']),
    reportFilesMismatched: Number(row['mismatched']),
  };
}

/** Throws when the restored database does not hold what the backup's manifest says it held. */
export function checkFacts(expected: DatabaseFacts, found: DatabaseFacts, where: string): void {
  const differences = [
    expected.lastMigration !== found.lastMigration
      ? `dernière migration ${found.lastMigration ?? 'aucune'} au lieu de ${expected.lastMigration ?? 'aucune'}`
      : null,
    expected.persons !== found.persons ? `${count(found.persons, 'personne')} au lieu de ${expected.persons}` : null,
    expected.reportFiles !== found.reportFiles
      ? `${count(found.reportFiles, 'fichier')} de rapport au lieu de ${expected.reportFiles}`
      : null,
    found.reportFilesMismatched > expected.reportFilesMismatched
      ? `${count(found.reportFilesMismatched, 'fichier')} de rapport dont le contenu ne correspond plus à son empreinte SHA-256`
      : null,
  ].filter((d): d is string => d !== null);
  if (differences.length)
    throw new BackupError(`${sentence(where)} ne correspond pas à la sauvegarde : ${differences.join(' ; ')}.`);
}

export function describeFacts(f: DatabaseFacts): string {
  const sums = f.reportFilesMismatched
    ? `: ${count(f.reportFilesMismatched, 'fichier ne correspond pas', 'fichiers ne correspondent pas')}`
    : 'conformes';
  return (
    `${count(f.persons, 'personne')}, ${count(f.reportFiles, 'fichier')} de rapport (empreintes SHA-256 ${sums}), ` +
    `dernière migration ${f.lastMigration ?? 'aucune'}`
  );
}

export function formatBytes(n: number): string {
  const fr = (x: number) => x.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  if (n < 1024) return `${n} o`;
  if (n < 1024 ** 2) return `${fr(n / 1024)} Ko`;
  if (n < 1024 ** 3) return `${fr(n / 1024 ** 2)} Mo`;
  return `${fr(n / 1024 ** 3)} Go`;
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export const checksumPath = (file: string) => `${file}.sha256`;

/** Writes `<hex>  <name>` (as `sha256sum`, so that `sha256sum -c` checks it too) into `checksumFile`, mode 0600. */
export function writeChecksum(checksumFile: string, sha256: string, backupName: string): void {
  writeFileSync(checksumFile, `${sha256}  ${backupName}\n`, { mode: 0o600 });
}

/** Checks the backup against the `.sha256` beside it; returns the SHA-256. Nothing is restored without it. */
export async function verifyChecksum(file: string): Promise<string> {
  const sumFile = checksumPath(file);
  if (!existsSync(sumFile))
    throw new BackupError(
      `L’empreinte de la sauvegarde est introuvable : ${sumFile} doit être à côté du fichier (npm run backup l’écrit). ` +
        'Copiez-la avec la sauvegarde ; sans elle, rien n’est restauré.',
    );
  const expected = /^([0-9a-f]{64})\s/i.exec(readFileSync(sumFile, 'utf8'))?.[1]?.toLowerCase();
  if (!expected)
    throw new BackupError(`${sumFile} ne contient pas d’empreinte SHA-256 lisible (64 caractères hexadécimaux).`);
  const actual = await sha256File(file);
  if (actual !== expected)
    throw new BackupError(
      `La sauvegarde ${file} ne correspond pas à son empreinte SHA-256 (${sumFile}) : elle est abîmée ou incomplète. ` +
        'Rien n’a été modifié ; reprenez une autre copie de cette sauvegarde.',
    );
  return actual;
}

const INSTALL_HINTS: Record<string, string> = {
  tar: 'installez tar',
  pg_dump: 'installez le client PostgreSQL (paquet postgresql-client), d’une version au moins égale à celle du serveur',
};

/** Runs a command-line tool; resolves with its standard output. Its error output ends the French error when it fails. */
export function runTool(command: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', (e: NodeJS.ErrnoException) => reject(toolError(command, e)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new BackupError(`${command} a échoué (code ${code}) : ${err.trim() || 'sans message'}`));
    });
  });
}

export function toolError(command: string, e: NodeJS.ErrnoException): BackupError {
  if (e.code === 'ENOENT')
    return new BackupError(
      `${command} est introuvable dans le PATH : ${INSTALL_HINTS[command] ?? INSTALL_HINTS['pg_dump']}.`,
    );
  return new BackupError(`${command} n’a pas pu être lancé : ${e.message}`);
}

/** `tar -cf archive -C dir members…` (uncompressed: the dump and the data folder are compressed already). */
export async function packArchive(dir: string, members: string[], archive: string): Promise<void> {
  await runTool('tar', ['-cf', archive, '-C', dir, '--', ...members]);
}

/** Extracts the archive into `dir` and reads its manifest; a file that is not a Tremplin backup is refused. */
export async function unpackArchive(archive: string, dir: string): Promise<BackupManifest> {
  await runTool('tar', ['-xf', archive, '-C', dir]);
  const path = `${dir}/${MANIFEST}`;
  let manifest: BackupManifest | undefined;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  } catch {
    manifest = undefined;
  }
  if (manifest?.format !== 'tremplin-backup')
    throw new BackupError(`${basename(archive)} n’est pas une sauvegarde de Tremplin (pas de ${MANIFEST} lisible).`);
  if (manifest.version !== 1)
    throw new BackupError(
      `${basename(archive)} est une sauvegarde au format ${manifest.version}, que cette version de Tremplin ne sait pas lire : mettez Tremplin à jour.`,
    );
  for (const f of manifest.files)
    if (!existsSync(`${dir}/${f}`)) throw new BackupError(`${basename(archive)} est incomplète : ${f} manque.`);
  return manifest;
}
