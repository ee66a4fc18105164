import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchemaFile, SCHEMA_FILE } from '../core/graphql/print-schema';
import { buildPerson, buildStructure } from '@tremplin/api-testing';
import { PathwayEventEntity } from '../modules/activities/activity.entities';
import { HireEntity, RetentionCheckEntity } from '../modules/outcomes/outcome.entities';
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
      t.db.getRepository(PathwayEventEntity).insert({
        structureId: a.id,
        personId: personB.id,
        kind: 'FOLLOW_UP_INTERVIEW',
        occurredOn: '2026-01-01',
        title: 'x',
      }),
    ).rejects.toThrow(/FK_pathway_event_person/);
    // A retention check of structure A on a hire of structure B.
    const { id: hireB } = await t.db.getRepository(HireEntity).save({
      structureId: b.id,
      personId: personB.id,
      employerName: 'X',
      contractType: 'CDI',
      startDate: '2026-01-01',
      weeklyMinutes: 2100,
    });
    await expect(
      t.db.getRepository(RetentionCheckEntity).insert({
        structureId: a.id,
        personId: personA.id,
        hireId: hireB,
        monthsAfter: 6,
        checkedOn: '2026-07-01',
        stillEmployed: true,
      }),
    ).rejects.toThrow(/FK_retention_check_hire/);
  });
});
