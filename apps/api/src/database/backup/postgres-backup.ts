import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { applicationRoleGrants } from '../application-role.repository';
import {
  BackupError,
  type BackupManifest,
  checkFacts,
  type DatabaseFacts,
  PG_DUMP,
  PG_ROLES,
  type PostgresManifest,
  readFacts,
  runTool,
  sentence,
  toolError,
} from './backup-archive';
import {
  clientQuery,
  countOtherSessions,
  countUserObjects,
  CREATE_ROLES_HINT,
  createRoleHint,
  dumpingRole,
  existingRoles,
  quotedRoleName,
  RECREATE_PUBLIC_SCHEMA,
  restoredRolePrivileges,
  restoringRole,
  roleStatements,
  schemaGrantees,
  schemaOwners,
  setPasswordHint,
  type SqlQuery,
} from './backup.repository';

export { roleStatements } from './backup.repository';

/**
 * Backup and restore of a PostgreSQL server's database with its own client tools (docs/operations.md « Sauvegardes ») :
 * `pg_dump` (custom format: tables, data, grants) and, for the application's own role — roles belong to the whole
 * server, not to a database — its definition taken from `pg_dumpall --roles-only`. A restore loads everything in ONE
 * transaction (`pg_restore | psql --single-transaction`): the role if the server lacks it, the dump, then the grants
 * of `applicationRoleGrants` — either all of it is there afterwards, or nothing changed.
 */
type Log = (line: string) => void;

/** What libpq's tools get: the URL without its password, which goes through PGPASSWORD (never on a command line). */
interface Libpq {
  dbname: string;
  env: NodeJS.ProcessEnv;
  label: string;
}

export function libpq(url: string): Libpq {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username);
  return {
    dbname: u.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    label: `la base « ${database} » de ${u.host}`,
  };
}

async function withClient<T>(url: string, label: string, work: (q: SqlQuery) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    if ((e as { code?: string }).code === '3D000')
      throw new BackupError(
        `${sentence(label)} n’existe pas : créez-la d’abord, vide, au nom du rôle propriétaire du schéma ` +
          '(createdb -O <propriétaire> <base>), puis relancez.',
      );
    throw new BackupError(`Connexion impossible à ${label} : ${(e as Error).message}`);
  }
  try {
    return await work(clientQuery(client));
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Dumps the database of `ownerUrl` (the schema owner's, MIGRATION_DATABASE_URL, or DATABASE_URL) into `dir`, with the
 * definition of `appRole` when the application has a role of its own.
 */
export async function dumpPostgres(
  ownerUrl: string,
  appRole: string | null,
  dir: string,
  log: Log,
): Promise<{ facts: DatabaseFacts; postgres: PostgresManifest; files: string[] }> {
  const conn = libpq(ownerUrl);
  const found = await withClient(ownerUrl, conn.label, async (q) => {
    const me = await dumpingRole(q);
    const facts = await readFacts((sql) => q(sql), conn.label);
    const quotedRole = appRole ? await quotedRoleName(q, appRole) : null;
    if (appRole && !quotedRole)
      throw new BackupError(
        `Le rôle de l’application « ${appRole} » (l’utilisateur de DATABASE_URL) n’existe pas sur ce serveur : vérifiez DATABASE_URL.`,
      );
    return {
      me,
      facts,
      owners: await schemaOwners(q),
      grantees: await schemaGrantees(q),
      quotedRole,
    };
  });
  const pgDump = (await runTool('pg_dump', ['--version'])).trim();
  log(
    `Sauvegarde de ${conn.label} (${found.facts.server.split(' on ')[0]}) avec ${pgDump}, en tant que « ${found.me.name} »`,
  );
  await runTool(
    'pg_dump',
    ['--format=custom', '--no-password', `--file=${join(dir, PG_DUMP)}`, `--dbname=${conn.dbname}`],
    {
      env: conn.env,
    },
  );
  const files = [PG_DUMP];
  let appRolePassword = false;
  if (appRole && found.quotedRole) {
    const all = await runTool(
      'pg_dumpall',
      [
        '--roles-only',
        '--no-password',
        // Only a superuser reads the password hashes (pg_authid); otherwise the role is saved without its password.
        ...(found.me.superuser ? [] : ['--no-role-passwords']),
        `--database=${found.me.database}`,
        `--dbname=${conn.dbname}`,
      ],
      { env: conn.env },
    );
    const lines = roleStatements(all, found.quotedRole);
    if (!lines.length) throw new BackupError(`pg_dumpall n’a pas donné la définition du rôle « ${appRole} ».`);
    appRolePassword = lines.some((l) => / PASSWORD '/.test(l));
    writeFileSync(
      join(dir, PG_ROLES),
      `-- Rôle de l’application Tremplin (pg_dumpall --roles-only), recréé par npm run restore s’il manque.\n${lines.join('\n')}\n`,
      { mode: 0o600 },
    );
    files.push(PG_ROLES);
    log(
      `Rôle de l’application « ${appRole} » : définition sauvegardée ${appRolePassword ? 'avec son mot de passe (haché, tel que PostgreSQL le garde)' : 'SANS son mot de passe (la sauvegarde ne tourne pas en superutilisateur) : notez-le à part'}`,
    );
  }
  return {
    facts: found.facts,
    files,
    postgres: {
      database: found.me.database,
      dumpedBy: found.me.name,
      owners: found.owners,
      grantees: found.grantees,
      appRole,
      appRolePassword,
      pgDump,
    },
  };
}

/** What the target server must have, checked before anything is written. */
interface RestorePlan {
  user: string;
  replace: boolean;
  createRole: boolean;
  keepOwners: boolean;
}

async function planRestore(targetUrl: string, conn: Libpq, pg: PostgresManifest, force: boolean): Promise<RestorePlan> {
  return withClient(targetUrl, conn.label, async (q) => {
    const me = await restoringRole(q);
    const objects = await countUserObjects(q);
    if (objects > 0 && !force)
      throw new BackupError(
        `${sentence(conn.label)} n’est pas vide (${objects} tables, vues ou séquences) : rien n’a été modifié. ` +
          'Restaurez dans une base neuve, ou ajoutez --force pour la remplacer entièrement par la sauvegarde.',
      );
    if (objects > 0) {
      const sessions = await countOtherSessions(q);
      if (sessions > 0)
        throw new BackupError(
          `${sessions} autre(s) connexion(s) sont ouvertes sur ${conn.label} : arrêtez l’API (et tout autre client) avant de la remplacer. Rien n’a été modifié.`,
        );
    }
    const wanted = [...new Set([...pg.owners, ...pg.grantees, ...(pg.appRole ? [pg.appRole] : [])])];
    const existing = await existingRoles(q, wanted);
    const createRole = pg.appRole !== null && !existing.has(pg.appRole);
    if (createRole && me['superuser'] !== true && me['createrole'] !== true)
      throw new BackupError(
        `Le rôle de l’application « ${pg.appRole} » n’existe pas sur ce serveur et « ${me['name']} » ne peut pas le créer : ` +
          `créez-le (${createRoleHint(String(pg.appRole))}) ou restaurez avec un rôle qui a CREATEROLE. Rien n’a été modifié.`,
      );
    const missing = pg.grantees.filter((r) => !existing.has(r) && r !== pg.appRole);
    if (missing.length)
      throw new BackupError(
        `Les droits de la sauvegarde nomment des rôles absents de ce serveur : ${missing.map((r) => `« ${r} »`).join(', ')}. ` +
          `Créez-les (${CREATE_ROLES_HINT}), puis relancez. Rien n’a été modifié.`,
      );
    return {
      user: String(me['name']),
      replace: objects > 0,
      createRole,
      keepOwners: pg.owners.every((o) => existing.get(o) === true),
    };
  });
}

/**
 * `pg_restore --file=- dump | psql --single-transaction -f pre -f - -f post`. psql's input is closed only once
 * pg_restore has succeeded: if pg_restore fails, psql is killed before its COMMIT and the server rolls back.
 */
function restorePipeline(dump: string, conn: Libpq, keepOwners: boolean, pre: string, post: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed: Error | null = null;
    let pending = 2;
    const fail = (e: Error) => {
      failed ??= e;
      restore.kill('SIGKILL');
      psql.kill('SIGKILL');
    };
    const finished = () => {
      if (--pending === 0) {
        if (failed) reject(failed);
        else resolve();
      }
    };
    const restore = spawn('pg_restore', [...(keepOwners ? [] : ['--no-owner']), '--file=-', dump], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const psql = spawn(
      'psql',
      [
        '--no-psqlrc',
        '--quiet',
        '--no-password',
        '--set=ON_ERROR_STOP=1',
        '--single-transaction',
        `--dbname=${conn.dbname}`,
        `--file=${pre}`,
        '--file=-',
        `--file=${post}`,
      ],
      { env: conn.env, stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let restoreErr = '';
    let psqlErr = '';
    restore.stderr.on('data', (b: Buffer) => (restoreErr += b.toString()));
    psql.stderr.on('data', (b: Buffer) => (psqlErr += b.toString()));
    psql.stdin.on('error', () => undefined); // psql stopped on an error: its own message tells why
    restore.stdout.pipe(psql.stdin, { end: false });
    restore.on('error', (e: NodeJS.ErrnoException) => fail(toolError('pg_restore', e)));
    psql.on('error', (e: NodeJS.ErrnoException) => fail(toolError('psql', e)));
    restore.on('close', (code) => {
      if (code === 0) psql.stdin.end();
      else if (!failed)
        fail(new BackupError(`pg_restore a échoué (code ${code}) : ${restoreErr.trim() || 'sans message'}`));
      finished();
    });
    psql.on('close', (code) => {
      if (code !== 0 && !failed) fail(new BackupError(psqlErr.trim() || `psql a échoué (code ${code})`));
      finished();
    });
  });
}

/**
 * Restores a PostgreSQL backup (unpacked in `dir`) into the database of `targetUrl`, as its schema owner (or a
 * superuser). Refuses a database that is not empty unless `force` (then the `public` schema is replaced, in the same
 * transaction as the rest).
 */
export async function restorePostgres(
  dir: string,
  manifest: BackupManifest,
  targetUrl: string,
  force: boolean,
  log: Log,
): Promise<DatabaseFacts> {
  const pg = manifest.postgres;
  if (!pg) throw new BackupError('Le manifeste de cette sauvegarde PostgreSQL est incomplet.');
  const conn = libpq(targetUrl);
  const plan = await planRestore(targetUrl, conn, pg, force);
  const pre = join(dir, 'avant.sql');
  const post = join(dir, 'apres.sql');
  const statements = (list: string[]) => list.map((s) => `${s};\n`).join('');
  writeFileSync(
    pre,
    `SET client_min_messages = warning;\n${plan.replace ? statements(RECREATE_PUBLIC_SCHEMA) : ''}${
      plan.createRole ? readFileSync(join(dir, PG_ROLES), 'utf8') : ''
    }`,
    { mode: 0o600 },
  );
  // pg_restore's script empties the search_path: the grants name the tables of `public` unqualified.
  writeFileSync(
    post,
    pg.appRole ? statements(['SET search_path = public', ...applicationRoleGrants(pg.appRole)]) : '',
    {
      mode: 0o600,
    },
  );
  log(`Restauration dans ${conn.label}, en tant que « ${plan.user} », en une seule transaction`);
  try {
    await restorePipeline(join(dir, PG_DUMP), conn, plan.keepOwners, pre, post);
  } catch (e) {
    if (!(e instanceof BackupError)) throw e;
    throw new BackupError(
      `La restauration a échoué et a été annulée : rien n’a été modifié dans ${conn.label}. ${e.message}`,
    );
  }
  if (plan.replace) log('  ancien contenu remplacé (--force) : le schéma public a été vidé puis rechargé');
  if (!plan.keepOwners)
    log(
      `  les tables appartiennent désormais à « ${plan.user} » (propriétaire d’origine : ${pg.owners.map((o) => `« ${o} »`).join(', ')}, ` +
        'absent de ce serveur ou au nom duquel ce rôle ne peut agir) : utilisez ce rôle dans MIGRATION_DATABASE_URL',
    );
  return withClient(targetUrl, conn.label, async (q) => {
    const facts = await readFacts((sql) => q(sql), conn.label);
    checkFacts(manifest.facts, facts, conn.label);
    if (pg.appRole) {
      const g = await restoredRolePrivileges(q, pg.appRole);
      if (g['readWrite'] !== true || g['auditInsert'] !== true || g['auditRewrite'] !== false)
        throw new BackupError(`Les droits du rôle « ${pg.appRole} » ne sont pas ceux attendus après la restauration.`);
      log(
        `  rôle de l’application « ${pg.appRole} » ${plan.createRole ? `recréé depuis la sauvegarde${pg.appRolePassword ? ' (avec son mot de passe)' : ` SANS mot de passe : donnez-lui celui de DATABASE_URL (${setPasswordHint(pg.appRole)})`}` : 'déjà présent sur ce serveur (ses attributs et son mot de passe ne sont pas changés)'} ; ` +
          'droits appliqués : lecture et écriture des tables, journal d’audit en ajout seul',
      );
    }
    return facts;
  });
}
