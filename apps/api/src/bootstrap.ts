import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { currentRole, withMigrationLock } from './database/migration-lock';
import { DataSource, type DataSourceOptions, type Migration, MigrationExecutor } from 'typeorm';
import { AppModule, type AppModuleOptions } from './app.module';
import { auditLogLoopholes, grantApplicationRole } from './database/application-role';
import { hasOwnSessions } from './database/prepared';
import { seedDemo } from './database/seeds/demo.seed';
import { Lifecycle } from './health/health.controller';
import { applyHttpLimits } from './health/http-limits';
import { useBodyParsers } from './core/http/body-parsers';
import { refreshExitPresenceIfRuleChanged } from './modules/exit-presence';

/** Builds the Nest application (not listening yet): the same wiring for the server, the tests and the tools. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const { config } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    forceCloseConnections: false,
    // A start that fails (no database) throws to the caller — main.ts says so and exits; a test reports it — instead
    // of ending the whole process, every other test of a Jest run with it.
    abortOnError: false,
    // Registered by useBodyParsers below, after the middlewares that mark every answer, with French refusals.
    bodyParser: false,
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
          // The web app's service worker (offline « Mon terrain », ADR 0014) and its manifest: from the app itself.
          workerSrc: ["'self'"],
          manifestSrc: ["'self'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      hsts: config.cookieSecure,
    }),
  );
  // Every GraphQL answer is someone's own data, or a refusal: no browser or proxy may keep it. Set before the body
  // parser and Apollo, so that their refusals (body too large, CSRF, batching) carry it too.
  app.use('/graphql', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('cache-control', 'no-store');
    next();
  });
  app.use(cookieParser());
  useBodyParsers(app);
  if (config.webDistDir) serveWebApp(app, resolve(config.webDistDir), { sourceMaps: config.nodeEnv !== 'production' });
  return app;
}

/**
 * Serves the built SPA from the API's port, with index.html for the client-side routes. The build writes source maps
 * beside the scripts without referencing them (`sourcemap: 'hidden'`); in production they are never served (404), so
 * the original sources are not published; elsewhere they are, for debugging a build.
 */
function serveWebApp(app: NestExpressApplication, dir: string, options: { sourceMaps: boolean }): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index))
    throw new Error(`WEB_DIST_DIR ne contient pas d'index.html : ${dir} (lancez npm run build:web)`);
  if (!options.sourceMaps)
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.path.endsWith('.map')) res.status(404).end();
      else next();
    });
  app.useStaticAssets(dir, {
    index: false,
    maxAge: '1h',
    // The service worker and the manifest keep their names from one version to the next: the browser asks again each
    // time (a new version of the app is then installed at once), with the type it expects for them.
    setHeaders: (res: Response, path: string) => {
      const name = basename(path);
      if (name === 'sw.js' || name === 'manifest.webmanifest') res.setHeader('cache-control', 'no-cache');
      if (name === 'manifest.webmanifest') res.setHeader('content-type', 'application/manifest+json; charset=utf-8');
    },
  });
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
 * `migrationUrl`: the schema owner's connection (`MIGRATION_DATABASE_URL`): the migrations run with it, then it grants
 * the application's own role what that role may do (see `grantApplicationRole`); the application never uses it after.
 * Several instances may start together on one database: one migrates while the others wait.
 */
export async function prepareDatabase(
  app: NestExpressApplication,
  seed: boolean,
  options: { migrationUrl?: string } = {},
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
    const migrate = async (apply: () => Promise<Migration[]>) => {
      for (const m of await apply()) logger.log(`Migration appliquée : ${m.name}`, 'Database');
      if (owner !== db) await grantApplicationRole(owner, await currentRole(db));
    };
    if (hasOwnSessions(db)) {
      // An advisory lock lets one instance migrate while the others wait (database/migration-lock.ts).
      await withMigrationLock((owner.options as { url?: string }).url ?? '', () =>
        migrate(() => owner.runMigrations({ transaction: 'each' })),
      );
    } else {
      // One session shared by every connection (the embedded PGlite, whichever process started it): a lock taken there
      // is everyone's, so it keeps no one out. A transaction does — the embedded server gives the session to one
      // transaction until it ends — so the migrations still pending are read and applied in one.
      await migrate(() =>
        owner.transaction((tx) => new MigrationExecutor(owner, tx.queryRunner).executePendingMigrations()),
      );
    }
  } finally {
    if (owner !== db) await owner.destroy();
  }
  const loopholes = await auditLogLoopholes(db);
  // Not on the embedded PGlite: it has one role, the application's, which owns everything.
  if (loopholes.length && hasOwnSessions(db))
    logger.warn(
      `Le rôle de l’application peut réécrire le journal d’audit (${loopholes.join(', ')}) : seul son déclencheur le protège. ` +
        'En production, donnez à DATABASE_URL un rôle qui ne possède pas le schéma et à MIGRATION_DATABASE_URL le rôle propriétaire (docs/operations.md).',
      'Database',
    );
  if (seed && (await seedDemo(db))) logger.log('Données de démonstration créées', 'Database');
  // Exits are recomputed when the presence rule changed since their figures were computed (docs/domain/exits.md).
  const refreshed = await db.transaction((tx) => refreshExitPresenceIfRuleChanged(tx));
  if (refreshed !== null)
    logger.log(`Règle de présence nouvelle ou modifiée : sorties recalculées, ${refreshed} changée(s)`, 'Database');
}
