import 'reflect-metadata';
import { resolve } from 'node:path';
import { DataDirBusyError, startEmbeddedPostgres, type EmbeddedPostgres } from '@tremplin/api-database';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp, prepareDatabase } from './bootstrap';
import { Lifecycle } from './health/health.controller';
import { installBenchMetrics } from './core/bench/bench-metrics';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`Tremplin ne démarre pas. ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }

  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const dataDir = resolve(config.embeddedDbDir);
    // PGlite is one database session, which the connections take in turns (libs/api/database): several pool
    // connections gain nothing. One connection, queued.
    config = { ...config, dbPoolSize: 1 };
    embedded = await startEmbeddedPostgres({ dataDir });
    databaseUrl = embedded.url;
    process.stdout.write(
      `${JSON.stringify({ level: 30, time: Date.now(), context: 'Database', msg: `Pas de DATABASE_URL : PostgreSQL embarqué (PGlite), données dans ${dataDir}` })}\n`,
    );
  }

  const app = await createApp({ config, databaseUrl });
  const logger = app.get(Logger);
  // Benchmark only (tools/bench/run.mjs): off unless BENCH_METRICS=true, and then a route of its own.
  if (process.env.BENCH_METRICS === 'true') installBenchMetrics(app);
  await prepareDatabase(app, config.seedDemo, { migrationUrl: config.migrationDatabaseUrl });
  await app.listen(config.port, config.host);
  logger.log(
    `Tremplin écoute sur http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
    'Bootstrap',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} reçu : plus de nouvelles requêtes, fin de celles en cours`, 'Bootstrap');
    app.get(Lifecycle).beginShutdown();
    const timer = setTimeout(() => {
      logger.error('Arrêt forcé après 25 s', 'Bootstrap');
      process.exit(1);
    }, 25_000);
    timer.unref();
    await app.close();
    await embedded?.stop();
    logger.log('Arrêté proprement', 'Bootstrap');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  if (e instanceof DataDirBusyError) {
    process.stderr.write(`Tremplin ne démarre pas. ${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`Tremplin n'a pas pu démarrer : ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
