import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs the report worker unless REPORT_WORKER=false, and names a bad value in French', () => {
    expect(loadConfig({}).reportWorker).toBe(true);
    expect(loadConfig({ REPORT_WORKER: 'false' }).reportWorker).toBe(false);
    expect(() => loadConfig({ REPORT_WORKER: 'parfois' })).toThrow(
      /REPORT_WORKER doit valoir true \(ce processus génère les rapports en file d’attente\) ou false .*\(reçu « parfois »\)/,
    );
  });

  it('caps the sign-in delay at 10 s by default, and refuses a cap outside 1 to 60 seconds', () => {
    expect(loadConfig({}).signInMaxDelaySeconds).toBe(10);
    expect(loadConfig({ SIGN_IN_MAX_DELAY_SECONDS: '3' }).signInMaxDelaySeconds).toBe(3);
    expect(() => loadConfig({ SIGN_IN_MAX_DELAY_SECONDS: '0' })).toThrow(
      'SIGN_IN_MAX_DELAY_SECONDS doit être un entier entre 1 et 60 (reçu « 0 »)',
    );
  });

  it('takes a silent report job again after 15 s by default, REPORT_STALE_AFTER_SECONDS otherwise (1 s to 1 h)', () => {
    expect(loadConfig({}).reportStaleAfterSeconds).toBe(15);
    expect(loadConfig({ REPORT_STALE_AFTER_SECONDS: '2' }).reportStaleAfterSeconds).toBe(2);
    expect(() => loadConfig({ REPORT_STALE_AFTER_SECONDS: '0' })).toThrow(
      'REPORT_STALE_AFTER_SECONDS doit être un entier entre 1 et 3600 (reçu « 0 »)',
    );
  });

  it('gives a request 10 s to arrive whole by default, HTTP_REQUEST_TIMEOUT_SECONDS otherwise (1 s to 300 s)', () => {
    expect(loadConfig({}).httpRequestTimeoutSeconds).toBe(10);
    expect(loadConfig({ HTTP_REQUEST_TIMEOUT_SECONDS: '3' }).httpRequestTimeoutSeconds).toBe(3);
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_SECONDS: '600' })).toThrow(
      'HTTP_REQUEST_TIMEOUT_SECONDS doit être un entier entre 1 et 300 (reçu « 600 »)',
    );
  });

  it('gives working defaults on an empty environment (embedded database, demo data)', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.seedDemo).toBe(true);
    expect(c.cookieSecure).toBe(false);
  });

  it('secures cookies and skips the demo in production unless told otherwise', () => {
    const c = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/tremplin' });
    expect(c.cookieSecure).toBe(true);
    expect(c.seedDemo).toBe(false);
  });

  it('lists every bad value with what was received, hiding the password', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://u:secret@h/db', COOKIE_SECURE: 'peut-être', NODE_ENV: 'prod' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT doit être un entier entre 1 et 65535 (reçu « abc »)');
    expect(message).toContain('DATABASE_URL doit être une URL PostgreSQL');
    expect(message).not.toContain('secret');
    expect(message).toContain('COOKIE_SECURE doit valoir true ou false');
    expect(message).toContain('NODE_ENV doit être l’une des valeurs');
  });
});

describe('loadConfig — limits of one GraphQL request', () => {
  it('gives the documented defaults (docs/security.md)', () => {
    expect(loadConfig({})).toMatchObject({
      graphqlMaxDepth: 10,
      graphqlMaxAliases: 15,
      graphqlMaxDirectives: 20,
      graphqlMaxTokens: 2000,
      graphqlMaxCost: 100_000,
    });
    expect(
      loadConfig({
        GRAPHQL_MAX_ALIASES: '0',
        GRAPHQL_MAX_DIRECTIVES: '5',
        GRAPHQL_MAX_TOKENS: '5000',
        GRAPHQL_MAX_COST: '250000',
      }),
    ).toMatchObject({ graphqlMaxAliases: 0, graphqlMaxDirectives: 5, graphqlMaxTokens: 5000, graphqlMaxCost: 250_000 });
  });

  it('refuses a limit out of its range, naming it', () => {
    let error: unknown;
    try {
      loadConfig({ GRAPHQL_MAX_ALIASES: '-1', GRAPHQL_MAX_TOKENS: '50', GRAPHQL_MAX_COST: 'beaucoup' });
    } catch (e) {
      error = e;
    }
    const message = (error as ConfigError).message;
    expect(message).toContain('GRAPHQL_MAX_ALIASES doit être un entier entre 0 et 1000 (reçu « -1 »)');
    expect(message).toContain('GRAPHQL_MAX_TOKENS doit être un entier entre 100 et 100000 (reçu « 50 »)');
    expect(message).toContain('GRAPHQL_MAX_COST doit être un entier entre 100 et 100000000 (reçu « beaucoup »)');
  });
});

describe('loadConfig — the schema owner and the application’s role', () => {
  it('migrates as MIGRATION_DATABASE_URL when given, and serves as DATABASE_URL', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://tremplin_app:a@db:5432/tremplin',
      MIGRATION_DATABASE_URL: 'postgres://tremplin:o@db:5432/tremplin',
    });
    expect(c.databaseUrl).toBe('postgres://tremplin_app:a@db:5432/tremplin');
    expect(c.migrationDatabaseUrl).toBe('postgres://tremplin:o@db:5432/tremplin');
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/t' }).migrationDatabaseUrl).toBeUndefined();
  });

  it('refuses a MIGRATION_DATABASE_URL that is no PostgreSQL URL, or without DATABASE_URL', () => {
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://u:p@db/t', MIGRATION_DATABASE_URL: 'mysql://o:secret@db/t' }),
    ).toThrow(/MIGRATION_DATABASE_URL doit être une URL PostgreSQL/);
    expect(() => loadConfig({ MIGRATION_DATABASE_URL: 'postgres://o:p@db/t' })).toThrow(
      /MIGRATION_DATABASE_URL .* ne sert qu’avec DATABASE_URL/,
    );
  });
});

describe('loadConfig — e-mail', () => {
  it('keeps notifications in-app without SMTP_URL, with the default sender', () => {
    const c = loadConfig({});
    expect(c.smtpUrl).toBeUndefined();
    expect(c.mailFrom).toBe('Tremplin <ne-pas-repondre@tremplin.local>');
  });

  it('reads SMTP_URL, MAIL_FROM and PUBLIC_URL', () => {
    const c = loadConfig({
      SMTP_URL: 'smtp://u:p@mail.example.org:587',
      MAIL_FROM: 'Rouen Insertion <contact@rouen-insertion.fr>',
      PUBLIC_URL: 'https://tremplin.example.org/',
    });
    expect(c.smtpUrl).toBe('smtp://u:p@mail.example.org:587');
    expect(c.mailFrom).toBe('Rouen Insertion <contact@rouen-insertion.fr>');
    expect(c.publicUrl).toBe('https://tremplin.example.org');
  });

  it('refuses a bad SMTP_URL (hiding its password), MAIL_FROM or PUBLIC_URL', () => {
    let error: unknown;
    try {
      loadConfig({ SMTP_URL: 'http://u:secret@mail', MAIL_FROM: 'pas une adresse', PUBLIC_URL: 'ftp://x' });
    } catch (e) {
      error = e;
    }
    const message = (error as ConfigError).message;
    expect(message).toContain('SMTP_URL doit être une URL SMTP');
    expect(message).not.toContain('secret');
    expect(message).toContain('MAIL_FROM doit être une adresse e-mail');
    expect(message).toContain('PUBLIC_URL doit être l’adresse http(s)');
  });
});

describe('loadConfig — les emplois de l’inclusion', () => {
  it('asks the production API by default, and keeps no key unless given one', () => {
    const c = loadConfig({});
    expect(c.lesEmploisApiUrl).toBe('https://emplois.inclusion.beta.gouv.fr/api/v1');
    expect(c.lesEmploisTokenKey).toBeUndefined();
    expect(
      loadConfig({ LES_EMPLOIS_API_URL: 'https://demo.emplois.inclusion.beta.gouv.fr/api/v1/' }).lesEmploisApiUrl,
    ).toBe('https://demo.emplois.inclusion.beta.gouv.fr/api/v1');
  });

  it('reads a 32-byte key in base64 or hexadecimal', () => {
    const key = Buffer.alloc(32, 9);
    expect(loadConfig({ LES_EMPLOIS_TOKEN_KEY: key.toString('base64') }).lesEmploisTokenKey).toEqual(key);
    expect(loadConfig({ LES_EMPLOIS_TOKEN_KEY: key.toString('hex') }).lesEmploisTokenKey).toEqual(key);
  });

  it('refuses a short key without printing it, and an API address with credentials', () => {
    let error: unknown;
    try {
      loadConfig({
        LES_EMPLOIS_TOKEN_KEY: 'trop-court-secret',
        LES_EMPLOIS_API_URL: 'https://u:secret@emplois.example',
      });
    } catch (e) {
      error = e;
    }
    const message = (error as ConfigError).message;
    expect(message).toContain('LES_EMPLOIS_TOKEN_KEY doit être une clé de 32 octets');
    expect(message).toContain('LES_EMPLOIS_API_URL doit être l’adresse http(s)');
    expect(message).not.toContain('trop-court-secret');
    expect(message).not.toContain('secret@');
  });
});

describe('loadConfig — ProConnect', () => {
  const env = {
    PROCONNECT_ISSUER_URL: 'https://auth.agentconnect.gouv.fr/api/v2/',
    PROCONNECT_CLIENT_ID: 'tremplin',
    PROCONNECT_CLIENT_SECRET: 'secret-de-test',
    PUBLIC_URL: 'https://tremplin.example.org/',
  };

  it('offers no ProConnect without its variables', () => {
    expect(loadConfig({}).proConnect).toBeUndefined();
  });

  it('reads the issuer, the client and the addresses ProConnect calls back under PUBLIC_URL', () => {
    expect(loadConfig(env).proConnect).toEqual({
      issuerUrl: 'https://auth.agentconnect.gouv.fr/api/v2',
      clientId: 'tremplin',
      clientSecret: 'secret-de-test',
      redirectUri: 'https://tremplin.example.org/api/auth/proconnect/callback',
      postLogoutRedirectUri: 'https://tremplin.example.org/api/auth/proconnect/logout-callback',
    });
  });

  it('refuses part of the variables, a bad issuer or no PUBLIC_URL, in French, never showing the secret', () => {
    expect(() => loadConfig({ PROCONNECT_ISSUER_URL: env.PROCONNECT_ISSUER_URL, PUBLIC_URL: env.PUBLIC_URL })).toThrow(
      /il manque PROCONNECT_CLIENT_ID, PROCONNECT_CLIENT_SECRET/,
    );
    expect(() => loadConfig({ ...env, PROCONNECT_ISSUER_URL: 'auth.agentconnect.gouv.fr' })).toThrow(
      /PROCONNECT_ISSUER_URL doit être l’adresse http\(s\)/,
    );
    let message = '';
    try {
      loadConfig({ ...env, PUBLIC_URL: '' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('La connexion ProConnect demande PUBLIC_URL');
    expect(message).not.toContain('secret-de-test');
  });
});
