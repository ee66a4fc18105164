import { writeFileSync, mkdirSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages';
import { getNamedType, type GraphQLSchema, isInputObjectType } from 'graphql';
import {
  buildCertification,
  buildCollectiveSession,
  buildFunder,
  buildFundingAgreement,
  buildHire,
  buildHiringNeed,
  buildMission,
  buildPartnerOrganisation,
  buildPartnership,
  buildPassIae,
  buildPathwayEvent,
  buildPerson,
  buildProposal,
  buildStructure,
  buildTutor,
  type GraphqlClient,
  signedInAs,
} from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { validateInput } from '../core/graphql/validation.pipe';
import { collectIds, type FuzzFigures, hostileTextCells, outOfRangeDateCells, runFuzz } from './schema-fuzz';
import { startTestApp, type TestApp } from './test-app';

/**
 * The schema fuzz (docs/security.md « Fuzz »): a fixed-seed slice of 300 calls here; `npm run test:fuzz` runs
 * FUZZ_CALLS (10,000 by default) from FUZZ_SEED and prints its figures.
 */
const CALLS = Number(process.env['FUZZ_CALLS'] ?? 300);
const SEED = Number(process.env['FUZZ_SEED'] ?? 14);

/** A structure with a little of everything, so that the ids the fuzz draws lead somewhere. */
async function seedStructure(t: TestApp, structureId: string) {
  const host = await buildPartnerOrganisation(t.db);
  const persons = [await buildPerson(t.db, structureId), await buildPerson(t.db, structureId)];
  for (const p of persons) {
    await buildMission(t.db, structureId, p.id, host.id);
    await buildPathwayEvent(t.db, structureId, p.id);
    await buildPassIae(t.db, structureId, p.id);
  }
  await buildHire(t.db, structureId, persons[0].id);
  await buildCollectiveSession(t.db, structureId);
  await buildTutor(t.db, structureId);
  const funder = await buildFunder(t.db, structureId);
  await buildFundingAgreement(t.db, structureId, funder.id);
  await buildPartnership(t.db, structureId, host.id);
  const need = await buildHiringNeed(t.db, host.id);
  await buildProposal(t.db, structureId, persons[1].id, need.id);
}

describe('schema fuzz', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let director: GraphqlClient;
  let structure: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    structure = await buildStructure(t.db);
    const other = await buildStructure(t.db);
    await buildCertification(t.db);
    await seedStructure(t, structure.id);
    await seedStructure(t, other.id);
    director = await signedInAs(t, Role.DIRECTOR, structure.id);
  });
  afterAll(() => t?.close());

  /** Each input type of the schema with its class (the validation pipe's metatype). */
  const inputClasses = () =>
    new Map(TypeMetadataStorage.getInputTypesMetadata().map((m) => [m.name, m.target as new () => object]));

  it('gives every numeric input field a lower bound: -1 is refused on each, naming the field', () => {
    const classes = inputClasses();
    const unbounded: string[] = [];
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
      const cls = classes.get(type.name);
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type).name;
        if (named !== 'Int' && named !== 'Float') continue;
        checked++;
        const { errors } = cls ? validateInput(cls, { [field.name]: -1 }) : { errors: [] };
        if (!errors.some((e) => e.field === field.name)) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(unbounded).toEqual([]);
  });

  it(
    `calls every mutation with random and hostile values (${CALLS} calls, seed ${SEED}): no internal error, no control character nor out-of-range date stored`,
    async () => {
      const ids = await collectIds(t.db, structure.id);
      const figures: FuzzFigures = await runFuzz(schema, director, t.client(), ids, { calls: CALLS, seed: SEED });
      mkdirSync('tmp', { recursive: true });
      writeFileSync(`tmp/fuzz-${SEED}-${CALLS}.json`, JSON.stringify(figures, null, 2));
      process.stdout.write(
        `\nFuzz : ${figures.calls} appels, ${figures.mutations} mutations, graine ${figures.seed}, ` +
          `${(figures.durationMs / 1000).toFixed(1)} s\n  codes : ${JSON.stringify(figures.codes)}\n` +
          `  statuts HTTP : ${JSON.stringify(figures.httpStatuses)}\n  erreurs internes : ${figures.failures.length}\n` +
          `  refus de la base (filet) : ${JSON.stringify(figures.databaseRefusals)}\n`,
      );
      expect(figures.failures).toEqual([]);
      expect(figures.codes['OK'] ?? 0).toBeGreaterThan(0); // some calls went all the way
      expect(await hostileTextCells(t.db)).toEqual([]);
      expect(await outOfRangeDateCells(t.db)).toEqual([]);
    },
    Math.max(120_000, CALLS * 300),
  );
});
