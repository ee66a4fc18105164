import { buildStructure, buildUser } from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { PersonEntity } from '../modules/persons/person.entity';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Concurrent writes (transactions) and reads all succeed — on PostgreSQL, and on the embedded PGlite, where several
 * pool connections once interleaved their messages on its single session ("portal does not exist", hung requests).
 */
describe('concurrent requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answers 48 mixed concurrent writes and reads without an error', async () => {
    const s = await buildStructure(t.db);
    const director = await buildUser(t.db, { role: Role.DIRECTOR, structureId: s.id });
    const c = t.client();
    await c.signIn(director.email, director.password);
    const failures: unknown[] = [];
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          i % 2
            ? c.request(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
                i: { firstName: 'Charge', lastName: `Concurrence${round}-${i}`, birthDate: '1990-01-01' },
              })
            : c.request(
                `{ persons(first: 30) { totalCount edges { node { alerts { code } nextStageGate { missing } } } } }`,
              ),
        ),
      );
      failures.push(...answers.filter((a) => a.errors?.length).map((a) => a.errors));
    }
    expect(failures).toEqual([]);
    expect(await t.db.getRepository(PersonEntity).countBy({ structureId: s.id })).toBe(24);
  });
});

describe('a pool of one connection', () => {
  it('migrates (the advisory lock has a connection of its own) and serves requests', async () => {
    const t = await startTestApp({ DB_POOL_SIZE: '1' });
    try {
      expect(await t.db.showMigrations()).toBe(false);
      const res = await fetch(`${t.url}/health/ready`);
      expect(res.status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
