import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchemaFile, SCHEMA_FILE } from '../core/graphql/print-schema';
import { buildPerson, buildStructure } from '@tremplin/api-testing';
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
      throw new Error(
        'apps/api/schema.graphql est périmé : lancez « npm run schema:generate » puis « npm run codegen » et committez.',
      );
    expect(live).toBe(committed);
  });
});

describe('tenancy in the database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('refuses a record whose person, or whose parent record, belongs to another structure', async () => {
    const [a, b] = [await buildStructure(t.db), await buildStructure(t.db)];
    const personA = await buildPerson(t.db, a.id);
    const personB = await buildPerson(t.db, b.id);
    // A record of structure A pointing at a person of structure B.
    await expect(
      t.db.query(
        `INSERT INTO pathway_event (structure_id, person_id, kind, occurred_on, title) VALUES ($1, $2, 'FOLLOW_UP_INTERVIEW', '2026-01-01', 'x')`,
        [a.id, personB.id],
      ),
    ).rejects.toThrow(/FK_pathway_event_person/);
    // A retention check of structure A on a hire of structure B.
    const [{ id: hireB }] = await t.db.query(
      `INSERT INTO hire (structure_id, person_id, employer_name, contract_type, start_date, weekly_minutes) VALUES ($1, $2, 'X', 'CDI', '2026-01-01', 2100) RETURNING id`,
      [b.id, personB.id],
    );
    await expect(
      t.db.query(
        `INSERT INTO retention_check (structure_id, person_id, hire_id, months_after, checked_on, still_employed) VALUES ($1, $2, $3, 6, '2026-07-01', true)`,
        [a.id, personA.id, hireB],
      ),
    ).rejects.toThrow(/FK_retention_check_hire/);
  });
});
