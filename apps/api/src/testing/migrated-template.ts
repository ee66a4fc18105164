import { DataSource } from 'typeorm';
import type { MigratedTemplate } from '@tremplin/api-testing';
import { dataSourceOptions } from '../database/data-source-options';
import { MIGRATIONS } from '../database/migrations';

/**
 * The migrations, as the application's start runs them (`prepareDatabase`), without its logs: what a test database
 * copied from the worker's template has already run (libs/api/testing/src/template-databases.ts). Apart from
 * test-app.ts so that a test which needs a migrated database and not the application (the SQL snapshots) does not
 * load the whole application to have it.
 */
export const MIGRATED_TEMPLATE: MigratedTemplate = {
  key: MIGRATIONS.map((m) => `${m.name}\n${m.toString()}`).join('\n'),
  async migrate(url) {
    const db = new DataSource({ ...dataSourceOptions(url, 1), logger: 'simple-console', logging: false });
    await db.initialize();
    try {
      await db.runMigrations({ transaction: 'each' });
    } finally {
      await db.destroy();
    }
  },
};
