/* `npm run admin:create -- <email>`: the first platform administrator of an empty installation, and the single-use
 * link (72 h) where she chooses her password. Refuses when an administrator exists. Uses DATABASE_URL (migrating it
 * first if the application never started), else the embedded database of EMBEDDED_DB_DIR (stop the application
 * first: the embedded database has one owner). See README « Démarrer pour une vraie structure ». */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@tremplin/api-database';
import { ConfigError, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { publicBase } from '../modules/accounts';
import { AdministratorExistsError, createFirstAdministrator } from '../modules/accounts';

async function main(): Promise<number> {
  const email = process.argv[2];
  if (!email) {
    process.stderr.write('Usage : npm run admin:create -- prenom.nom@exemple.fr\n');
    return 2;
  }
  const config = loadConfig(process.env);
  let embedded: EmbeddedPostgres | undefined;
  let url = config.migrationDatabaseUrl ?? config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: resolve(config.embeddedDbDir) });
    url = embedded.url;
  }
  const db = new DataSource({ ...dataSourceOptions(url, 1), logging: false, logger: undefined });
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const { link } = await createFirstAdministrator(db, email, publicBase(config));
    process.stdout.write(
      `Compte administrateur créé pour ${email.trim().toLowerCase()}.\n` +
        `Lien pour choisir son mot de passe (une seule fois, valable 72 heures) :\n${link}\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof AdministratorExistsError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    if (db.isInitialized) await db.destroy();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(
      e instanceof ConfigError
        ? `admin:create ne démarre pas. ${e.message}\n`
        : `admin:create a échoué : ${e instanceof Error ? e.message : String(e)}\n`,
    );
    process.exit(1);
  },
);
