/**
 * Configuration, read once from the environment at start and validated. A bad value stops the start with a
 * message naming the variable, the value received and what is expected.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** `undefined` → the embedded PostgreSQL (PGlite) is started and used. */
  databaseUrl?: string;
  /**
   * The schema owner's connection (`MIGRATION_DATABASE_URL`), used only to migrate and to grant the application's
   * role (the user of `DATABASE_URL`) what it may do — never to serve requests. None → `DATABASE_URL` migrates too.
   */
  migrationDatabaseUrl?: string;
  embeddedDbDir: string;
  dbPoolSize: number;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  cookieSecure: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  webDistDir?: string;
  seedDemo: boolean;
  trustProxy: boolean;
  /** What one GraphQL request may ask (docs/security.md): nesting, aliases, directives, lexical tokens, cost. */
  graphqlMaxDepth: number;
  graphqlMaxAliases: number;
  graphqlMaxDirectives: number;
  graphqlMaxTokens: number;
  graphqlMaxCost: number;
  /**
   * Attempts on one account from one address in the window before that pair is refused; past it on the account from
   * every address, attempts are slowed, never refused (docs/security.md, « Connexion : limites de tentatives »).
   */
  signInMaxFailuresPerAccount: number;
  /** Attempts from one address, on any account, in the window before that address is refused. */
  signInMaxFailuresPerAddress: number;
  signInWindowMinutes: number;
  /** The cap of the progressive delay of an account's attempts once it has too many failures (seconds). */
  signInMaxDelaySeconds: number;
  /** `smtp://utilisateur:motdepasse@hote:587` (or `smtps://`): notifications are also sent by e-mail. None → in-app only. */
  smtpUrl?: string;
  /** The sender of notification e-mails. */
  mailFrom: string;
  /** The web app's public address, for the links in e-mails (`https://tremplin.example.org`). None → paths only. */
  publicUrl?: string;
  /**
   * This process claims and renders queued funder reports (`REPORT_WORKER`, default true). False: reports are only
   * queued here and another instance renders them.
   */
  reportWorker: boolean;
  /**
   * A RUNNING report whose worker has not beaten for this long is taken again by any worker (`REPORT_STALE_AFTER_SECONDS`,
   * default 15); the worker holding a job beats three times as often (docs/adr/0007-funder-reports.md).
   */
  reportStaleAfterSeconds: number;
  /**
   * This process runs the daily retention job (`RETENTION_JOB`, default true; docs/domain/retention.md): every
   * instance may, one run per day happens across all of them.
   */
  retentionJob: boolean;
  /**
   * This process escalates, every minute, the urgent replacements left unfilled at their answer-by time
   * (`REPLACEMENT_ESCALATION_JOB`, default true; docs/domain/replacements.md): every instance may, each request is
   * escalated and notified once across all of them.
   */
  replacementEscalationJob: boolean;
  /**
   * A request must arrive whole (headers and body) within this time, or it is answered 408 and its connection closed
   * — while the process stops too (`HTTP_REQUEST_TIMEOUT_SECONDS`, default 10; docs/operations.md, « Arrêt »).
   */
  httpRequestTimeoutSeconds: number;
  /**
   * The API for software vendors of les emplois de l’inclusion, up to its version (`LES_EMPLOIS_API_URL`, default
   * production: https://emplois.inclusion.beta.gouv.fr/api/v1): docs/domain/les-emplois-sync.md.
   */
  lesEmploisApiUrl: string;
  /**
   * The 32-byte key (base64 or hexadecimal, `LES_EMPLOIS_TOKEN_KEY`) that encrypts the structures' API tokens of les
   * emplois de l’inclusion at rest (AES-256-GCM, docs/security.md). None → no account can be linked.
   */
  lesEmploisTokenKey?: Buffer;
  /**
   * The AES-256 key (32 bytes, hex or base64) that encrypts the TOTP secrets at rest (`TOTP_ENCRYPTION_KEY`). None →
   * outside production a fixed development key with a warning; in production two-factor enrolment is refused
   * (docs/security.md, « Double authentification »).
   */
  totpEncryptionKey?: Buffer;
  /**
   * ProConnect sign-in (`PROCONNECT_ISSUER_URL`, `PROCONNECT_CLIENT_ID`, `PROCONNECT_CLIENT_SECRET`, with
   * `PUBLIC_URL` for the callback): all three or none; none → no ProConnect button (docs/domain/proconnect.md).
   */
  proConnect?: ProConnectConfig;
}

export interface ProConnectConfig {
  /** The issuer, e.g. `https://auth.agentconnect.gouv.fr/api/v2` (its discovery document is under it). */
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** `${PUBLIC_URL}/api/auth/proconnect/callback`, as registered with ProConnect. */
  redirectUri: string;
  /** `${PUBLIC_URL}/api/auth/proconnect/logout-callback`, as registered with ProConnect. */
  postLogoutRedirectUri: string;
}

export const DEFAULT_MAIL_FROM = 'Tremplin <ne-pas-repondre@tremplin.local>';

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env): AppConfig {
  const problems: string[] = [];
  const str = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = str(name);
    if (raw === undefined) return def;
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw) || n < min || n > max) {
      problems.push(`${name} doit être un entier entre ${min} et ${max} (reçu « ${raw} »)`);
      return def;
    }
    return n;
  };
  const bool = (name: string, def: boolean): boolean => {
    const raw = str(name);
    if (raw === undefined) return def;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} doit valoir true ou false (reçu « ${raw} »)`);
    return def;
  };
  const oneOf = <T extends string>(name: string, values: readonly T[], def: T): T => {
    const raw = str(name);
    if (raw === undefined) return def;
    if (!(values as readonly string[]).includes(raw)) {
      problems.push(`${name} doit être l’une des valeurs ${values.join(', ')} (reçu « ${raw} »)`);
      return def;
    }
    return raw as T;
  };

  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const postgresUrl = (name: string): string | undefined => {
    const url = str(name);
    if (url === undefined) return undefined;
    let ok = false;
    try {
      const u = new URL(url);
      ok = (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '';
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push(
        `${name} doit être une URL PostgreSQL, par exemple postgres://utilisateur:motdepasse@hote:5432/base (reçu « ${url.replace(/:[^:@/]*@/, ':***@')} »)`,
      );
    return url;
  };
  const databaseUrl = postgresUrl('DATABASE_URL');
  const migrationDatabaseUrl = postgresUrl('MIGRATION_DATABASE_URL');
  if (migrationDatabaseUrl !== undefined && databaseUrl === undefined)
    problems.push(
      'MIGRATION_DATABASE_URL (le rôle propriétaire du schéma) ne sert qu’avec DATABASE_URL (le rôle de l’application) : le PostgreSQL embarqué n’a qu’un rôle',
    );
  const smtpUrl = str('SMTP_URL');
  if (smtpUrl !== undefined) {
    let ok = false;
    try {
      const u = new URL(smtpUrl);
      ok = (u.protocol === 'smtp:' || u.protocol === 'smtps:') && u.hostname !== '';
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push(
        `SMTP_URL doit être une URL SMTP, par exemple smtp://utilisateur:motdepasse@hote:587 ou smtps://hote:465 (reçu « ${smtpUrl.replace(/:[^:@/]*@/, ':***@')} »)`,
      );
  }
  const mailFrom = str('MAIL_FROM') ?? DEFAULT_MAIL_FROM;
  if (!/^[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/.test(mailFrom))
    problems.push(
      `MAIL_FROM doit être une adresse e-mail, éventuellement précédée d’un nom : Tremplin <ne-pas-repondre@exemple.fr> (reçu « ${mailFrom} »)`,
    );
  const publicUrl = str('PUBLIC_URL');
  if (publicUrl !== undefined) {
    let ok = false;
    try {
      const u = new URL(publicUrl);
      ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push(
        `PUBLIC_URL doit être l’adresse http(s) de l’application, par exemple https://tremplin.exemple.fr (reçu « ${publicUrl} »)`,
      );
  }
  let reportWorker = true;
  const reportWorkerRaw = str('REPORT_WORKER');
  if (reportWorkerRaw !== undefined) {
    if (['true', '1', 'yes'].includes(reportWorkerRaw.toLowerCase())) reportWorker = true;
    else if (['false', '0', 'no'].includes(reportWorkerRaw.toLowerCase())) reportWorker = false;
    else
      problems.push(
        `REPORT_WORKER doit valoir true (ce processus génère les rapports en file d’attente) ou false (il les met seulement en file) (reçu « ${reportWorkerRaw} »)`,
      );
  }
  const lesEmploisApiUrl = (str('LES_EMPLOIS_API_URL') ?? 'https://emplois.inclusion.beta.gouv.fr/api/v1').replace(
    /\/+$/,
    '',
  );
  {
    let ok = false;
    try {
      const u = new URL(lesEmploisApiUrl);
      ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '' && !u.username && !u.password;
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push(
        `LES_EMPLOIS_API_URL doit être l’adresse http(s) de l’API des emplois de l’inclusion, sans identifiants, par exemple https://emplois.inclusion.beta.gouv.fr/api/v1 (reçu « ${lesEmploisApiUrl.replace(/:[^:@/]*@/, ':***@')} »)`,
      );
  }
  const tokenKeyRaw = str('LES_EMPLOIS_TOKEN_KEY');
  let lesEmploisTokenKey: Buffer | undefined;
  if (tokenKeyRaw !== undefined) {
    const key = /^[0-9a-fA-F]{64}$/.test(tokenKeyRaw)
      ? Buffer.from(tokenKeyRaw, 'hex')
      : /^[A-Za-z0-9+/]{43}=?$/.test(tokenKeyRaw)
        ? Buffer.from(tokenKeyRaw, 'base64')
        : undefined;
    if (key?.length === 32) lesEmploisTokenKey = key;
    else
      problems.push(
        'LES_EMPLOIS_TOKEN_KEY doit être une clé de 32 octets en base64 (44 caractères) ou en hexadécimal (64 caractères), par exemple la sortie de `openssl rand -base64 32` (valeur reçue non affichée)',
      );
  }
  const totpKeyRaw = str('TOTP_ENCRYPTION_KEY');
  let totpEncryptionKey: Buffer | undefined;
  if (totpKeyRaw !== undefined) {
    if (/^[0-9a-fA-F]{64}$/.test(totpKeyRaw)) totpEncryptionKey = Buffer.from(totpKeyRaw, 'hex');
    else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(totpKeyRaw)) totpEncryptionKey = Buffer.from(totpKeyRaw, 'base64');
    if (totpEncryptionKey?.length !== 32) {
      totpEncryptionKey = undefined;
      problems.push(
        'TOTP_ENCRYPTION_KEY doit être une clé de 32 octets, en hexadécimal (64 caractères) ou en base64 : générez-la avec « openssl rand -hex 32 » (valeur reçue masquée)',
      );
    }
  }
  const proConnect = readProConnect(str, publicUrl?.replace(/\/+$/, ''), problems);
  const config: AppConfig = {
    nodeEnv,
    host: str('HOST') ?? '0.0.0.0',
    port: int('PORT', 3000, 1, 65535),
    databaseUrl,
    migrationDatabaseUrl,
    embeddedDbDir: str('EMBEDDED_DB_DIR') ?? '.data/pglite',
    dbPoolSize: int('DB_POOL_SIZE', 10, 1, 200),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionMaxHours: int('SESSION_MAX_HOURS', 12, 1, 24 * 30),
    cookieSecure: bool('COOKIE_SECURE', production),
    logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    webDistDir: str('WEB_DIST_DIR'),
    seedDemo: bool('SEED_DEMO', !production),
    trustProxy: bool('TRUST_PROXY', false),
    graphqlMaxDepth: int('GRAPHQL_MAX_DEPTH', 10, 3, 50),
    graphqlMaxAliases: int('GRAPHQL_MAX_ALIASES', 15, 0, 1000),
    graphqlMaxDirectives: int('GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000),
    graphqlMaxTokens: int('GRAPHQL_MAX_TOKENS', 2000, 100, 100_000),
    graphqlMaxCost: int('GRAPHQL_MAX_COST', 100_000, 100, 100_000_000),
    signInMaxFailuresPerAccount: int('SIGN_IN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    signInMaxFailuresPerAddress: int('SIGN_IN_MAX_FAILURES_PER_ADDRESS', 30, 1, 100000),
    signInWindowMinutes: int('SIGN_IN_WINDOW_MINUTES', 15, 1, 24 * 60),
    signInMaxDelaySeconds: int('SIGN_IN_MAX_DELAY_SECONDS', 10, 1, 60),
    smtpUrl,
    mailFrom,
    publicUrl: publicUrl?.replace(/\/+$/, ''),
    reportWorker,
    reportStaleAfterSeconds: int('REPORT_STALE_AFTER_SECONDS', 15, 1, 3600),
    retentionJob: bool('RETENTION_JOB', true),
    replacementEscalationJob: bool('REPLACEMENT_ESCALATION_JOB', true),
    httpRequestTimeoutSeconds: int('HTTP_REQUEST_TIMEOUT_SECONDS', 10, 1, 300),
    lesEmploisApiUrl,
    lesEmploisTokenKey,
    totpEncryptionKey,
    proConnect,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

const PROCONNECT_VARIABLES = ['PROCONNECT_ISSUER_URL', 'PROCONNECT_CLIENT_ID', 'PROCONNECT_CLIENT_SECRET'] as const;

/** ProConnect's three variables: all or none, an http(s) issuer, and PUBLIC_URL for the addresses it calls back. */
function readProConnect(
  str: (name: string) => string | undefined,
  publicUrl: string | undefined,
  problems: string[],
): ProConnectConfig | undefined {
  const given = PROCONNECT_VARIABLES.filter((name) => str(name) !== undefined);
  if (given.length === 0) return undefined;
  if (given.length < PROCONNECT_VARIABLES.length) {
    const missing = PROCONNECT_VARIABLES.filter((name) => !given.includes(name));
    problems.push(
      `La connexion ProConnect demande PROCONNECT_ISSUER_URL, PROCONNECT_CLIENT_ID et PROCONNECT_CLIENT_SECRET ensemble : il manque ${missing.join(', ')}`,
    );
    return undefined;
  }
  const issuerUrl = (str('PROCONNECT_ISSUER_URL') ?? '').replace(/\/+$/, '');
  let ok = false;
  try {
    const u = new URL(issuerUrl);
    ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    ok = false;
  }
  if (!ok)
    problems.push(
      `PROCONNECT_ISSUER_URL doit être l’adresse http(s) de l’émetteur ProConnect, par exemple https://auth.agentconnect.gouv.fr/api/v2 (reçu « ${issuerUrl} »)`,
    );
  if (!publicUrl)
    problems.push(
      'La connexion ProConnect demande PUBLIC_URL (l’adresse publique de Tremplin, où ProConnect renvoie après la connexion)',
    );
  if (!ok || !publicUrl) return undefined;
  return {
    issuerUrl,
    clientId: str('PROCONNECT_CLIENT_ID') ?? '',
    clientSecret: str('PROCONNECT_CLIENT_SECRET') ?? '',
    redirectUri: `${publicUrl}/api/auth/proconnect/callback`,
    postLogoutRedirectUri: `${publicUrl}/api/auth/proconnect/logout-callback`,
  };
}
