import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { applicationRoleGrants } from '../application-role';
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

/**
 * Backup and restore of a PostgreSQL server's database with its own client tools (docs/operations.md « Sauvegardes ») :
 * `pg_dump` (custom format: tables, data, grants) and, for the application's own role — roles belong to the whole
 * server, not to a database — its definition taken from `pg_dumpall --roles-only`. A restore loads everything in ONE
 * transaction (`pg_restore | psql --single-transaction`): the role if the server lacks it, the dump, then the grants
 * of `applicationRoleGrants` — either all of it is there afterwards, or nothing changed.
 */
type Log = (line: string) => void;
type Row = Record<string, unknown>;

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

async function withClient<T>(
  url: string,
  label: string,
  work: (q: (sql: string, params?: unknown[]) => Promise<Row[]>) => Promise<T>,
): Promise<T> {
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
    return await work(async (sql, params) => (await client.query(sql, params)).rows as Row[]);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const names = (rows: Row[]) => rows.map((r) => String(r['name']));

/** The schema's table and sequence owners, and every role its grants name (PUBLIC aside). */
const OWNERS_SQL = `SELECT DISTINCT pg_get_userbyid(c.relowner) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v', 'm') ORDER BY 1`;
const GRANTEES_SQL = `SELECT pg_get_userbyid(a.grantee) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL aclexplode(c.relacl) a
   WHERE n.nspname = 'public' AND a.grantee <> 0
   UNION
  SELECT pg_get_userbyid(a.grantee) FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a
   WHERE n.nspname = 'public' AND a.grantee <> 0
   ORDER BY 1`;

/** The lines of `pg_dumpall --roles-only` that define `quotedRole` (created, attributes, password, settings). */
export function roleStatements(dumpall: string, quotedRole: string): string[] {
  const starts = [`CREATE ROLE ${quotedRole};`, `ALTER ROLE ${quotedRole} `, `COMMENT ON ROLE ${quotedRole} `];
  return dumpall.split('\n').filter((line) => starts.some((s) => line.startsWith(s)));
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
    const [me] = await q(
      `SELECT current_user AS name, current_database() AS database, rolsuper AS superuser
         FROM pg_roles WHERE rolname = current_user`,
    );
    const facts = await readFacts((sql) => q(sql), conn.label);
    const quotedRole = appRole
      ? (await q(`SELECT quote_ident(rolname) AS quoted FROM pg_roles WHERE rolname = $1`, [appRole]))[0]?.['quoted']
      : null;
    if (appRole && !quotedRole)
      throw new BackupError(
        `Le rôle de l’application « ${appRole} » (l’utilisateur de DATABASE_URL) n’existe pas sur ce serveur : vérifiez DATABASE_URL.`,
      );
    return {
      me: { name: String(me['name']), database: String(me['database']), superuser: me['superuser'] === true },
      facts,
      owners: names(await q(OWNERS_SQL)),
      grantees: names(await q(GRANTEES_SQL)),
      quotedRole: quotedRole ? String(quotedRole) : null,
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

const RECREATE_PUBLIC_SCHEMA = [
  'DROP SCHEMA public CASCADE',
  'CREATE SCHEMA public',
  // As PostgreSQL 15 creates it: owned by the database's owner, usable by everyone.
  'ALTER SCHEMA public OWNER TO pg_database_owner',
  'GRANT USAGE ON SCHEMA public TO PUBLIC',
  `COMMENT ON SCHEMA public IS 'standard public schema'`,
];

/** What the target server must have, checked before anything is written. */
interface RestorePlan {
  user: string;
  replace: boolean;
  createRole: boolean;
  keepOwners: boolean;
}

async function planRestore(targetUrl: string, conn: Libpq, pg: PostgresManifest, force: boolean): Promise<RestorePlan> {
  return withClient(targetUrl, conn.label, async (q) => {
    const [me] = await q(
      `SELECT current_user AS name, rolsuper AS superuser, rolcreaterole AS createrole FROM pg_roles WHERE rolname = current_user`,
    );
    const [{ objects }] = await q(
      `SELECT count(*)::int AS objects FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'`,
    );
    if (Number(objects) > 0 && !force)
      throw new BackupError(
        `${sentence(conn.label)} n’est pas vide (${objects} tables, vues ou séquences) : rien n’a été modifié. ` +
          'Restaurez dans une base neuve, ou ajoutez --force pour la remplacer entièrement par la sauvegarde.',
      );
    if (Number(objects) > 0) {
      const [{ sessions }] = await q(
        `SELECT count(*)::int AS sessions FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      if (Number(sessions) > 0)
        throw new BackupError(
          `${sessions} autre(s) connexion(s) sont ouvertes sur ${conn.label} : arrêtez l’API (et tout autre client) avant de la remplacer. Rien n’a été modifié.`,
        );
    }
    const wanted = [...new Set([...pg.owners, ...pg.grantees, ...(pg.appRole ? [pg.appRole] : [])])];
    const existing = new Map(
      (
        await q(
          `SELECT rolname AS name, pg_has_role(current_user, oid, 'MEMBER') AS member FROM pg_roles WHERE rolname = ANY($1)`,
          [wanted],
        )
      ).map((r) => [String(r['name']), r['member'] === true]),
    );
    const createRole = pg.appRole !== null && !existing.has(pg.appRole);
    if (createRole && me['superuser'] !== true && me['createrole'] !== true)
      throw new BackupError(
        `Le rôle de l’application « ${pg.appRole} » n’existe pas sur ce serveur et « ${me['name']} » ne peut pas le créer : ` +
          `créez-le (CREATE ROLE "${pg.appRole}" LOGIN PASSWORD '…') ou restaurez avec un rôle qui a CREATEROLE. Rien n’a été modifié.`,
      );
    const missing = pg.grantees.filter((r) => !existing.has(r) && r !== pg.appRole);
    if (missing.length)
      throw new BackupError(
        `Les droits de la sauvegarde nomment des rôles absents de ce serveur : ${missing.map((r) => `« ${r} »`).join(', ')}. ` +
          'Créez-les (CREATE ROLE …), puis relancez. Rien n’a été modifié.',
      );
    return {
      user: String(me['name']),
      replace: Number(objects) > 0,
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
      const [g] = await q(
        // has_table_privilege with a list is true when ANY of them is held.
        `SELECT has_table_privilege($1, 'person', 'SELECT') AND has_table_privilege($1, 'person', 'INSERT')
                  AND has_table_privilege($1, 'person', 'UPDATE') AND has_table_privilege($1, 'person', 'DELETE') AS "readWrite",
                has_table_privilege($1, 'audit_log', 'INSERT') AS "auditInsert",
                has_table_privilege($1, 'audit_log', 'UPDATE,DELETE,TRUNCATE') AS "auditRewrite"`,
        [pg.appRole],
      );
      if (g['readWrite'] !== true || g['auditInsert'] !== true || g['auditRewrite'] !== false)
        throw new BackupError(`Les droits du rôle « ${pg.appRole} » ne sont pas ceux attendus après la restauration.`);
      log(
        `  rôle de l’application « ${pg.appRole} » ${plan.createRole ? `recréé depuis la sauvegarde${pg.appRolePassword ? ' (avec son mot de passe)' : ` SANS mot de passe : donnez-lui celui de DATABASE_URL (ALTER ROLE "${pg.appRole}" PASSWORD '…')`}` : 'déjà présent sur ce serveur (ses attributs et son mot de passe ne sont pas changés)'} ; ` +
          'droits appliqués : lecture et écriture des tables, journal d’audit en ajout seul',
      );
    }
    return facts;
  });
}
