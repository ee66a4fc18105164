import {
  buildPathwayEvent,
  buildPerson,
  buildStructure,
  type GraphqlClient,
  recordsOf,
  signedInAs,
} from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const RECORD = `mutation($input: RecordPathwayEventInput!) { recordPathwayEvent(input: $input) {
  id kind kindLabel occurredOn title notes confidential author { id fullName } } }`;
const READ = `query($id: ID!) { person(id: $id) { events { id title notes confidential occurredOn author { fullName } } } }`;

describe('activities: pathway events and case notes', () => {
  let t: TestApp;
  let counsellor: GraphqlClient & { userId: string };
  let director: GraphqlClient;
  let supervisor: GraphqlClient;
  let structureA: { id: string };
  let personB: { id: string };

  const events = (personId: string) => recordsOf(t.db, 'pathway_event', personId);
  const valid = {
    kind: 'FOLLOW_UP_INTERVIEW',
    occurredOn: '2026-02-03',
    title: 'Entretien de suivi',
    confidential: false,
  };

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db);
    const structureB = await buildStructure(t.db);
    counsellor = await signedInAs(t, Role.COUNSELLOR, structureA.id, { firstName: 'Claire', lastName: 'Alpha' });
    director = await signedInAs(t, Role.DIRECTOR, structureA.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, structureA.id);
    personB = await buildPerson(t.db, structureB.id);
  });
  afterAll(() => t?.close());

  it('records an event with its author', async () => {
    const p = await buildPerson(t.db, structureA.id);
    const { recordPathwayEvent: e } = await counsellor.ok(RECORD, {
      input: {
        ...valid,
        personId: p.id,
        title: ' Simulation chez le bailleur ',
        kind: 'INTERVIEW_SIMULATION',
        notes: 'À l’aise',
      },
    });
    expect(e).toMatchObject({
      kind: 'INTERVIEW_SIMULATION',
      kindLabel: 'Simulation d’entretien',
      occurredOn: '2026-02-03',
      title: 'Simulation chez le bailleur',
      notes: 'À l’aise',
      confidential: false,
      author: { id: counsellor.userId, fullName: 'Claire Alpha' },
    });
    expect(await events(p.id)).toEqual([
      expect.objectContaining({
        id: e.id,
        structure_id: structureA.id,
        created_by_id: counsellor.userId,
        confidential: false,
        occurred_on: '2026-02-03',
      }),
    ]);
  });

  describe('confidential notes', () => {
    let p: { id: string };
    beforeAll(async () => {
      p = await buildPerson(t.db, structureA.id);
      await counsellor.ok(RECORD, {
        input: {
          ...valid,
          personId: p.id,
          occurredOn: '2026-03-01',
          title: 'Note confidentielle',
          notes: 'Situation de santé',
          confidential: true,
        },
      });
      await buildPathwayEvent(t.db, structureA.id, p.id, {
        title: 'Entretien ordinaire',
        occurredOn: '2026-02-01',
        createdById: counsellor.userId,
      });
      await buildPathwayEvent(t.db, structureA.id, p.id, { title: 'Rencontre tutorale', occurredOn: '2026-04-01' });
    });

    it('are returned to the counsellor and the director, latest first', async () => {
      for (const c of [counsellor, director]) {
        const { person } = await c.ok(READ, { id: p.id });
        expect(person.events.map((e: { title: string }) => e.title)).toEqual([
          'Rencontre tutorale',
          'Note confidentielle',
          'Entretien ordinaire',
        ]);
        expect(person.events[1]).toMatchObject({
          confidential: true,
          notes: 'Situation de santé',
          author: { fullName: 'Claire Alpha' },
        });
        expect(person.events[0].author).toBeNull();
      }
    });

    it('are not returned at all to a supervisor', async () => {
      const { person } = await supervisor.ok(READ, { id: p.id });
      expect(person.events.map((e: { title: string }) => e.title)).toEqual([
        'Rencontre tutorale',
        'Entretien ordinaire',
      ]);
      expect(JSON.stringify(person)).not.toMatch(/santé|confidentielle/);
    });
  });

  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    ['an unknown kind', { kind: 'APERO' }, 'kind', /type d’événement/],
    ['no title', { title: '  ' }, 'title', /L’intitulé est obligatoire/],
    ['an impossible date', { occurredOn: '2026-02-29' }, 'occurredOn', /La date de l’événement n’existe pas/],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_label, change, field, message) => {
    const p = await buildPerson(t.db, structureA.id);
    const e = await counsellor.fail(RECORD, { input: { ...valid, personId: p.id, ...change } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(await events(p.id)).toEqual([]);
  });

  it('another structure’s person is NOT_FOUND; a supervisor is FORBIDDEN; nothing is written', async () => {
    expect((await counsellor.fail(RECORD, { input: { ...valid, personId: personB.id } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(await events(personB.id)).toEqual([]);
    const p = await buildPerson(t.db, structureA.id);
    expect((await supervisor.fail(RECORD, { input: { ...valid, personId: p.id } })).extensions?.code).toBe('FORBIDDEN');
    expect(await events(p.id)).toEqual([]);
  });
});
