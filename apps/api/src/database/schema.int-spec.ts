import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchemaFile, SCHEMA_FILE } from '../core/graphql/print-schema';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('schema ownership', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('migrations create exactly what the entities declare (an entity change needs a migration)', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    const sql = pending.upQueries.map((q) => q.query);
    if (sql.length)
      throw new Error(
        `Les entités diffèrent des migrations. Lancez « npm run migration:generate -- NomDuChangement », relisez la migration et ajoutez-la.\n${sql.join(';\n')}`,
      );
    expect(sql).toEqual([]);
  });

  it('every migration is applied and none is pending', async () => {
    expect(await t.db.showMigrations()).toBe(false);
  });

  it('the committed schema.graphql is the schema the server serves', () => {
    const live = printSchemaFile(t.app.get(GraphQLSchemaHost).schema);
    const committed = readFileSync(join(__dirname, '../../../..', SCHEMA_FILE), 'utf8');
    if (live !== committed)
      throw new Error('apps/api/schema.graphql est périmé : lancez « npm run schema:generate » puis « npm run codegen » et committez.');
    expect(live).toBe(committed);
  });
});
