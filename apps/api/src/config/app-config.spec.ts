import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
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
