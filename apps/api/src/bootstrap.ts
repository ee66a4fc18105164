import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AppModule, type AppModuleOptions } from './app.module';
import { auditLogLoopholes, grantApplicationRole } from './database/application-role';
import { seedDemo } from './database/seeds/demo.seed';
import { Lifecycle } from './health/health.controller';
import { applyHttpLimits } from './health/http-limits';

/** Builds the Nest application (not listening yet): the same wiring for the server, the tests and the tools. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const { config } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    forceCloseConnections: false,
  });
  app.useLogger(app.get(Logger));
  applyHttpLimits(app.getHttpServer(), app.get(Lifecycle), config.httpRequestTimeoutSeconds * 1000);
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      hsts: config.cookieSecure,
    }),
  );
  app.use(cookieParser());
  if (config.webDistDir) serveWebApp(app, resolve(config.webDistDir));
  return app;
}

/** Serves the built SPA from the API's port, with index.html for the client-side routes. */
function serveWebApp(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index))
    throw new Error(`WEB_DIST_DIR ne contient pas d'index.html : ${dir} (lancez npm run build:web)`);
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health')) return next();
    if (req.path.startsWith('/api/')) return next(); // downloads (reports): never the SPA's index.html
    if (!req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}

/**
 * Applies pending migrations, then inserts the demo data when asked and the database is empty.
 * `exclusive`: this process alone uses the database (the embedded one, with a single pool connection) — no lock needed.
 * `migrationUrl`: the schema owner's connection (`MIGRATION_DATABASE_URL`): the migrations run with it, then it grants
 * the application's own role what that role may do (see `grantApplicationRole`); the application never uses it after.
 */
export async function prepareDatabase(
  app: NestExpressApplication,
  seed: boolean,
  options: { exclusive?: boolean; migrationUrl?: string } = {},
): Promise<void> {
  const db = app.get(DataSource);
  const logger = app.get(Logger);
  const owner = options.migrationUrl
    ? await new DataSource({
        ...db.options,
        url: options.migrationUrl,
        logger: undefined,
        logging: false,
        extra: { max: 1 },
      } as DataSourceOptions).initialize()
    : db;
  try {
    const migrate = async () => {
      const applied = await owner.runMigrations({ transaction: 'each' });
      for (const m of applied) logger.log(`Migration appliquée : ${m.name}`, 'Database');
      if (owner !== db) await grantApplicationRole(owner, await currentRole(db));
    };
    if (options.exclusive) await migrate();
    else {
      // Several instances may start together: an advisory lock lets one migrate while the others wait. The lock is
      // held on a connection of its own, outside the pool, so that a pool of one connection can still migrate.
      const lock = new Client({ connectionString: (owner.options as { url?: string }).url });
      await lock.connect();
      try {
        await lock.query('SELECT pg_advisory_lock(727000)');
        await migrate();
      } finally {
        await lock.query('SELECT pg_advisory_unlock(727000)').catch(() => undefined);
        await lock.end();
      }
    }
  } finally {
    if (owner !== db) await owner.destroy();
  }
  const loopholes = await auditLogLoopholes(db);
  if (loopholes.length && !options.exclusive)
    logger.warn(
      `Le rôle de l’application peut réécrire le journal d’audit (${loopholes.join(', ')}) : seul son déclencheur le protège. ` +
        'En production, donnez à DATABASE_URL un rôle qui ne possède pas le schéma et à MIGRATION_DATABASE_URL le rôle propriétaire (docs/operations.md).',
      'Database',
    );
  if (seed && (await seedDemo(db))) logger.log('Données de démonstration créées', 'Database');
}

async function currentRole(db: DataSource): Promise<string> {
  const [{ role }] = (await db.query('SELECT current_user AS role')) as { role: string }[];
  return role;
}
