import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DataDirBusyError } from '@tremplin/api-database';
import { ConfigError, loadConfig } from '../../config/app-config';
import { MIGRATIONS } from '../migrations';
import {
  BackupError,
  type BackupKind,
  type BackupManifest,
  checksumPath,
  describeFacts,
  formatBytes,
  MANIFEST,
  packArchive,
  sha256File,
  unpackArchive,
  verifyChecksum,
  writeChecksum,
} from './backup-archive';
import { dumpEmbedded, restoreEmbedded } from './embedded-backup';
import { dumpPostgres, restorePostgres } from './postgres-backup';

/**
 * `npm run backup -- [--out fichier]` and `npm run restore -- <fichier> [--target-url …|--target-dir …] [--force]`
 * (docs/operations.md « Sauvegardes »). The database is the application's: DATABASE_URL (with MIGRATION_DATABASE_URL,
 * the schema owner, when set), or the embedded one in EMBEDDED_DB_DIR — read by the same `loadConfig` as the server.
 * Each step is printed through `log`; a refusal or a failure is a `BackupError` with a French message saying what to do.
 */
export interface CliContext {
  env: Record<string, string | undefined>;
  /** Relative paths (--out, --target-dir, EMBEDDED_DB_DIR) are taken from here. */
  cwd: string;
  log: (line: string) => void;
  now?: Date;
}

export const BACKUP_USAGE = 'npm run backup -- [--out fichier.tar]';
export const RESTORE_USAGE =
  'npm run restore -- <fichier.tar> [--target-url postgres://… | --target-dir dossier] [--force]';

function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], usage: string, options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const option = /'([^']+)'/.exec((e as Error).message)?.[1];
    throw new BackupError(
      `${option ? `Option inconnue ou incomplète : ${option}` : (e as Error).message}. Usage : ${usage}`,
    );
  }
}

function config(env: CliContext['env']) {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) throw new BackupError(e.message);
    throw e;
  }
}

/** The user of DATABASE_URL when the application has a role of its own (a different MIGRATION_DATABASE_URL user). */
function applicationRole(databaseUrl: string, migrationUrl: string | undefined): string | null {
  if (!migrationUrl) return null;
  const app = decodeURIComponent(new URL(databaseUrl).username);
  return app && app !== decodeURIComponent(new URL(migrationUrl).username) ? app : null;
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');

export interface BackupResult {
  file: string;
  sha256: string;
  manifest: BackupManifest;
}

export async function runBackup(argv: string[], ctx: CliContext): Promise<BackupResult> {
  const { values, positionals } = parse(argv, BACKUP_USAGE, { out: { type: 'string' } });
  if (positionals.length) throw new BackupError(`Argument inattendu : ${positionals[0]}. Usage : ${BACKUP_USAGE}`);
  const cfg = config(ctx.env);
  const now = ctx.now ?? new Date();
  const kind: BackupKind = cfg.databaseUrl ? 'postgresql' : 'embedded';
  const file = resolve(ctx.cwd, values.out ?? join('backups', `tremplin-${kind}-${stamp(now)}.tar`));
  if (existsSync(file) || existsSync(checksumPath(file)))
    throw new BackupError(
      `${file} existe déjà : une sauvegarde n’en écrase jamais une autre. Choisissez un autre nom (--out).`,
    );
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // Everything is written inside a folder only this user can open, then moved into place (same file system).
  const work = mkdtempSync(join(dirname(file), '.tremplin-sauvegarde-'));
  try {
    const content = join(work, 'contenu');
    mkdirSync(content, { mode: 0o700 });
    const dumped = cfg.databaseUrl
      ? await dumpPostgres(
          cfg.migrationDatabaseUrl ?? cfg.databaseUrl,
          applicationRole(cfg.databaseUrl, cfg.migrationDatabaseUrl),
          content,
          ctx.log,
        )
      : await dumpEmbedded(resolve(ctx.cwd, cfg.embeddedDbDir), content, ctx.log);
    const manifest: BackupManifest = {
      format: 'tremplin-backup',
      version: 1,
      kind,
      createdAt: now.toISOString(),
      ...dumped,
    };
    writeFileSync(join(content, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    for (const f of [MANIFEST, ...manifest.files]) chmodSync(join(content, f), 0o600);
    const archive = join(work, 'sauvegarde.tar');
    await packArchive(content, [MANIFEST, ...manifest.files], archive);
    chmodSync(archive, 0o600);
    const sha256 = await sha256File(archive);
    writeChecksum(join(work, 'sauvegarde.tar.sha256'), sha256, basename(file));
    renameSync(archive, file);
    renameSync(join(work, 'sauvegarde.tar.sha256'), checksumPath(file));
    ctx.log(`  contenu : ${describeFacts(manifest.facts)}`);
    ctx.log(`✔ Sauvegarde écrite : ${file} (${formatBytes(statSync(file).size)}, lisible par son seul propriétaire)`);
    ctx.log(`  empreinte SHA-256 ${sha256} dans ${checksumPath(file)} : gardez les deux fichiers ensemble`);
    return { file, sha256, manifest };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function runRestore(argv: string[], ctx: CliContext): Promise<{ manifest: BackupManifest }> {
  const { values, positionals } = parse(argv, RESTORE_USAGE, {
    'target-url': { type: 'string' },
    'target-dir': { type: 'string' },
    force: { type: 'boolean' },
  });
  if (positionals.length !== 1)
    throw new BackupError(`Indiquez une et une seule sauvegarde à restaurer. Usage : ${RESTORE_USAGE}`);
  const file = resolve(ctx.cwd, positionals[0]);
  if (!existsSync(file)) throw new BackupError(`La sauvegarde ${file} est introuvable.`);
  const cfg = config(ctx.env);
  const sha256 = await verifyChecksum(file);
  ctx.log(`Sauvegarde ${file} : empreinte SHA-256 vérifiée (${sha256})`);
  const work = mkdtempSync(join(tmpdir(), 'tremplin-restauration-'));
  try {
    const manifest = await unpackArchive(file, work);
    ctx.log(
      `  faite le ${manifest.createdAt} (${manifest.kind === 'postgresql' ? 'PostgreSQL' : 'PostgreSQL embarqué'}) : ${describeFacts(manifest.facts)}`,
    );
    if (manifest.facts.lastMigration && !MIGRATIONS.some((m) => m.name === manifest.facts.lastMigration))
      ctx.log(
        `⚠ Sa dernière migration (${manifest.facts.lastMigration}) est inconnue de ce code : elle vient d’une version plus récente de Tremplin. Mettez Tremplin à jour avant de le démarrer sur cette base.`,
      );
    const force = values.force === true;
    let facts;
    if (manifest.kind === 'postgresql') {
      if (values['target-dir'])
        throw new BackupError(
          'Cette sauvegarde est celle d’un serveur PostgreSQL : indiquez une base (--target-url), pas un dossier.',
        );
      const target = values['target-url'] ?? cfg.migrationDatabaseUrl ?? cfg.databaseUrl;
      if (!target)
        throw new BackupError(
          'Cette sauvegarde est celle d’un serveur PostgreSQL : indiquez la base où la restaurer (--target-url postgres://propriétaire@hôte:5432/base, ou MIGRATION_DATABASE_URL / DATABASE_URL).',
        );
      facts = await restorePostgres(work, manifest, target, force, ctx.log);
    } else {
      if (values['target-url'])
        throw new BackupError(
          'Cette sauvegarde est celle du PostgreSQL embarqué : elle se restaure dans un dossier (--target-dir, par défaut EMBEDDED_DB_DIR), pas dans un serveur.',
        );
      facts = await restoreEmbedded(
        work,
        manifest,
        resolve(ctx.cwd, values['target-dir'] ?? cfg.embeddedDbDir),
        force,
        ctx.log,
        ctx.now,
      );
    }
    ctx.log(`✔ Restauration terminée et relue : ${describeFacts(facts)}`);
    return { manifest };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The command line: prints each step, and the refusal or failure (exit code 1) in French. */
export async function main(command: 'backup' | 'restore', argv: string[]): Promise<void> {
  const ctx: CliContext = { env: process.env, cwd: process.cwd(), log: (line) => process.stdout.write(`${line}\n`) };
  try {
    if (command === 'backup') await runBackup(argv, ctx);
    else await runRestore(argv, ctx);
  } catch (e) {
    if (e instanceof BackupError || e instanceof DataDirBusyError) {
      process.stderr.write(`✘ ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}
