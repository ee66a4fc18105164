import { buildPerson, buildStructure, buildUser, type GraphqlClient } from '@tremplin/api-testing';
import { addDays, Role, todayInParis } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PersonEntity } from '../persons';

const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id informationGivenOn consentGivenOn version } }`;

describe('information and consent', () => {
  let t: TestApp;
  let structureA: { id: string };
  let structureB: { id: string };
  let counsellor: GraphqlClient;
  let supervisor: GraphqlClient;
  const today = todayInParis();

  const row = async (id: string) =>
    (await t.db.getRepository(PersonEntity).findBy({ id })).map((r) => ({
      information: r.informationGivenOn,
      consent: r.consentGivenOn,
      version: r.version,
    }))[0];

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db);
    structureB = await buildStructure(t.db);
    for (const [role, set] of [
      [Role.COUNSELLOR, (c: GraphqlClient) => (counsellor = c)],
      [Role.SUPERVISOR, (c: GraphqlClient) => (supervisor = c)],
    ] as const) {
      const user = await buildUser(t.db, { role, structureId: structureA.id });
      const c = t.client();
      await c.signIn(user.email, user.password);
      set(c);
    }
  });
  afterAll(() => t?.close());

  it('records information then consent, bumping the person’s version', async () => {
    const p = await buildPerson(t.db, structureA.id);
    const informed = addDays(today, -7);
    const first = await counsellor.ok(RECORD, { input: { personId: p.id, informationGivenOn: informed } });
    expect(first.recordConsent).toEqual({ id: p.id, informationGivenOn: informed, consentGivenOn: null, version: 2 });
    expect(await row(p.id)).toEqual({ information: informed, consent: null, version: 2 });

    const second = await counsellor.ok(RECORD, {
      input: { personId: p.id, informationGivenOn: informed, consentGivenOn: informed },
    });
    expect(second.recordConsent).toMatchObject({ consentGivenOn: informed, version: 3 });
    expect(await row(p.id)).toEqual({ information: informed, consent: informed, version: 3 });
  });

  it.each([
    [
      'consent before information',
      { informationGivenOn: addDays(today, -2), consentGivenOn: addDays(today, -5) },
      'consentGivenOn',
      /précède la date d’information .* de 3 jours/,
    ],
    [
      'information in the future',
      { informationGivenOn: addDays(today, 1) },
      'informationGivenOn',
      /date d’information .* est dans le futur/,
    ],
    [
      'consent in the future',
      { informationGivenOn: today, consentGivenOn: addDays(today, 2) },
      'consentGivenOn',
      /date de consentement .* est dans le futur/,
    ],
    ['no information date', { informationGivenOn: '' }, 'informationGivenOn', /La date d’information est obligatoire/],
    ['an impossible date', { informationGivenOn: '2026-13-01' }, 'informationGivenOn', /n’existe pas/],
  ])('refuses %s and changes nothing', async (_label, change, field, message) => {
    const p = await buildPerson(t.db, structureA.id);
    const e = await counsellor.fail(RECORD, { input: { personId: p.id, ...change } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(await row(p.id)).toEqual({ information: null, consent: null, version: 1 });
  });

  it('another structure’s person is NOT_FOUND and nothing is written', async () => {
    const p = await buildPerson(t.db, structureB.id);
    const e = await counsellor.fail(RECORD, { input: { personId: p.id, informationGivenOn: today } });
    expect(e.extensions?.code).toBe('NOT_FOUND');
    expect(await row(p.id)).toEqual({ information: null, consent: null, version: 1 });
  });

  it('a technical supervisor cannot record it (FORBIDDEN) but reads it on the person', async () => {
    const p = await buildPerson(t.db, structureA.id);
    expect(
      (await supervisor.fail(RECORD, { input: { personId: p.id, informationGivenOn: today } })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await row(p.id)).toEqual({ information: null, consent: null, version: 1 });
    await counsellor.ok(RECORD, { input: { personId: p.id, informationGivenOn: today, consentGivenOn: today } });
    const { person } = await supervisor.ok(
      `query($id: ID!) { person(id: $id) { informationGivenOn consentGivenOn } }`,
      { id: p.id },
    );
    expect(person).toEqual({ informationGivenOn: today, consentGivenOn: today });
  });
});
