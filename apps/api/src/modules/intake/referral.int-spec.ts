import {
  buildPerson,
  buildReferral,
  buildStructure,
  buildUser,
  type BuiltUser,
  type GraphqlClient,
} from '@tremplin/api-testing';
import { addDays, PrescriberKind, Role, todayInParis } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { ReferralEntity } from './referral.entity';

const FIELDS = `id prescriberKind prescriberKindLabel prescriberMasked prescriberOrganisation prescriberContactName
  prescriberContactEmail prescriberContactPhone referredOn version`;
const RECORD = `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!) { person(id: $id) { referral { ${FIELDS} } } }`;

describe('referral (orientation)', () => {
  let t: TestApp;
  let counsellorUser: BuiltUser;
  let counsellor: GraphqlClient;
  let supervisor: GraphqlClient;
  let structureA: { id: string };
  let structureB: { id: string };
  const today = todayInParis();
  const valid = {
    prescriberKind: PrescriberKind.MISSION_LOCALE,
    prescriberOrganisation: ' Mission locale de Rouen ',
    prescriberContactName: 'Julie Conseil',
    prescriberContactEmail: 'Julie.Conseil@ML-Rouen.fr',
    prescriberContactPhone: '02 35 12 34 56',
    referredOn: addDays(today, -10),
  };

  const rows = async (personId: string) =>
    (await t.db.getRepository(ReferralEntity).findBy({ personId })).map((r) => ({
      prescriber_kind: r.prescriberKind,
      prescriber_organisation: r.prescriberOrganisation,
      referred_on: r.referredOn,
      version: r.version,
      created_by_id: r.createdById,
    }));

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db);
    structureB = await buildStructure(t.db);
    counsellorUser = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: structureA.id });
    counsellor = t.client();
    await counsellor.signIn(counsellorUser.email, counsellorUser.password);
    const sup = await buildUser(t.db, { role: Role.SUPERVISOR, structureId: structureA.id });
    supervisor = t.client();
    await supervisor.signIn(sup.email, sup.password);
  });
  afterAll(() => t?.close());

  it('creates the referral, then updates it with the version read', async () => {
    const p = await buildPerson(t.db, structureA.id);
    const { recordReferral } = await counsellor.ok(RECORD, { input: { ...valid, personId: p.id } });
    expect(recordReferral).toMatchObject({
      prescriberKind: 'MISSION_LOCALE',
      prescriberKindLabel: 'Mission locale',
      prescriberMasked: false,
      prescriberOrganisation: 'Mission locale de Rouen',
      prescriberContactEmail: 'julie.conseil@ml-rouen.fr',
      referredOn: valid.referredOn,
      version: 1,
    });
    expect(await rows(p.id)).toEqual([
      {
        prescriber_kind: 'MISSION_LOCALE',
        prescriber_organisation: 'Mission locale de Rouen',
        referred_on: valid.referredOn,
        version: 1,
        created_by_id: counsellorUser.id,
      },
    ]);

    const input = {
      ...valid,
      personId: p.id,
      prescriberKind: 'FRANCE_TRAVAIL',
      prescriberOrganisation: 'France Travail Rouen',
      prescriberContactEmail: null,
      version: 1,
    };
    const updated = (await counsellor.ok(RECORD, { input })).recordReferral;
    expect(updated).toMatchObject({
      id: recordReferral.id,
      prescriberKind: 'FRANCE_TRAVAIL',
      prescriberContactEmail: null,
      version: 2,
    });
    expect(await rows(p.id)).toHaveLength(1);
    expect((await rows(p.id))[0]).toMatchObject({ prescriber_kind: 'FRANCE_TRAVAIL', version: 2 });
  });

  it('refuses a stale version (CONFLICT) and keeps the first save', async () => {
    const p = await buildPerson(t.db, structureA.id);
    await buildReferral(t.db, structureA.id, p.id, { prescriberOrganisation: 'Première' });
    await counsellor.ok(RECORD, {
      input: { ...valid, personId: p.id, prescriberOrganisation: 'Deuxième', version: 1 },
    });
    const e = await counsellor.fail(RECORD, {
      input: { ...valid, personId: p.id, prescriberOrganisation: 'Troisième', version: 1 },
    });
    expect(e.extensions?.code).toBe('CONFLICT');
    expect(e.message).toMatch(/modifiée par quelqu’un d’autre/);
    expect((await rows(p.id))[0]).toMatchObject({ prescriber_organisation: 'Deuxième', version: 2 });
  });

  it('refuses a second referral without a version (one per person) and changes nothing', async () => {
    const p = await buildPerson(t.db, structureA.id);
    await buildReferral(t.db, structureA.id, p.id, { prescriberOrganisation: 'Existante', referredOn: '2026-01-05' });
    const e = await counsellor.fail(RECORD, { input: { ...valid, personId: p.id } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fieldErrors).toEqual([
      { field: 'version', message: expect.stringMatching(/orientation du 05\/01\/2026 est déjà enregistrée/) },
    ]);
    expect(await rows(p.id)).toEqual([expect.objectContaining({ prescriber_organisation: 'Existante', version: 1 })]);
  });

  it('of two simultaneous first recordings for one person, exactly one is saved', async () => {
    const p = await buildPerson(t.db, structureA.id);
    const results = await Promise.all(
      [1, 2].map(() => counsellor.request(RECORD, { input: { ...valid, personId: p.id } })),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    expect(await rows(p.id)).toHaveLength(1);
  });

  describe('bad input is refused with a French message and nothing is written', () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['a referral in the future', { referredOn: addDays(today, 3) }, 'referredOn', /dans le futur, dans 3 jours/],
      ['an impossible date', { referredOn: '2026-02-30' }, 'referredOn', /n’existe pas/],
      ['an unknown prescriber kind', { prescriberKind: 'POLICE' }, 'prescriberKind', /Type de prescripteur inconnu/],
      [
        'an empty organisation',
        { prescriberOrganisation: '  ' },
        'prescriberOrganisation',
        /organisme prescripteur est obligatoire/,
      ],
      ['a malformed email', { prescriberContactEmail: 'julie@' }, 'prescriberContactEmail', /n’est pas valide/],
      ['a malformed phone', { prescriberContactPhone: '12' }, 'prescriberContactPhone', /téléphone/],
    ];
    it.each(cases)('%s', async (_label, change, field, message) => {
      const p = await buildPerson(t.db, structureA.id);
      const e = await counsellor.fail(RECORD, { input: { ...valid, personId: p.id, ...change } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await rows(p.id)).toEqual([]);
    });
  });

  it('another structure’s person is NOT_FOUND and nothing is written', async () => {
    const p = await buildPerson(t.db, structureB.id);
    const e = await counsellor.fail(RECORD, { input: { ...valid, personId: p.id } });
    expect(e.extensions?.code).toBe('NOT_FOUND');
    expect(await rows(p.id)).toEqual([]);
    const other = await buildPerson(t.db, structureB.id);
    await buildReferral(t.db, structureB.id, other.id);
    expect((await counsellor.fail(READ, { id: other.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('a technical supervisor cannot record it (FORBIDDEN) but can read it', async () => {
    const p = await buildPerson(t.db, structureA.id);
    expect((await supervisor.fail(RECORD, { input: { ...valid, personId: p.id } })).extensions?.code).toBe('FORBIDDEN');
    expect(await rows(p.id)).toEqual([]);
    await buildReferral(t.db, structureA.id, p.id, {
      prescriberKind: PrescriberKind.FRANCE_TRAVAIL,
      prescriberOrganisation: 'France Travail Elbeuf',
    });
    const { person } = await supervisor.ok(READ, { id: p.id });
    // The kind is shown; the organisation and contact are withheld from the supervisor on every referral (uniform).
    expect(person.referral).toMatchObject({
      prescriberKind: 'FRANCE_TRAVAIL',
      prescriberKindLabel: 'France Travail',
      prescriberMasked: true,
      prescriberOrganisation: null,
      prescriberContactName: null,
    });
  });

  it.each([PrescriberKind.CAP_EMPLOI, PrescriberKind.CCAS, PrescriberKind.CAF, PrescriberKind.DEPARTMENT])(
    'masks %s (disability, social aid) from a supervisor as « Autre » (issue 14, point 12)',
    async (kind) => {
      const p = await buildPerson(t.db, structureA.id);
      await buildReferral(t.db, structureA.id, p.id, { prescriberKind: kind, prescriberOrganisation: 'Organisme-12' });
      const hidden = (await supervisor.ok(READ, { id: p.id })).person.referral;
      expect(hidden).toMatchObject({ prescriberKind: 'OTHER', prescriberKindLabel: 'Autre', prescriberMasked: true });
      expect(JSON.stringify(hidden)).not.toMatch(new RegExp(`${kind}|Organisme-12`));
      expect((await counsellor.ok(READ, { id: p.id })).person.referral.prescriberKind).toBe(kind);
    },
  );

  it('hides uniformly: to a supervisor, a masked sensitive referral reads exactly as a genuine « Autre » one', async () => {
    const sensitive = await buildPerson(t.db, structureA.id);
    const other = await buildPerson(t.db, structureA.id);
    const common = { referredOn: '2026-03-02', prescriberContactName: 'Contact' };
    await buildReferral(t.db, structureA.id, sensitive.id, {
      ...common,
      prescriberKind: PrescriberKind.CSAPA,
      prescriberOrganisation: 'CSAPA de Rouen',
    });
    await buildReferral(t.db, structureA.id, other.id, {
      ...common,
      prescriberKind: PrescriberKind.OTHER,
      prescriberOrganisation: 'Association du quartier',
    });
    const shape = async (id: string) => {
      const { id: _id, version: _v, ...rest } = (await supervisor.ok(READ, { id })).person.referral;
      return rest;
    };
    expect(await shape(sensitive.id)).toEqual(await shape(other.id));
  });

  it('masks a sensitive prescriber kind, and what names it, from a supervisor but shows it to a counsellor', async () => {
    const p = await buildPerson(t.db, structureA.id);
    await buildReferral(t.db, structureA.id, p.id, {
      prescriberKind: PrescriberKind.SPIP,
      prescriberOrganisation: 'SPIP de Seine-Maritime',
      prescriberContactName: 'Conseillère pénitentiaire',
    });
    const hidden = (await supervisor.ok(READ, { id: p.id })).person.referral;
    expect(hidden).toMatchObject({
      prescriberKind: 'OTHER',
      prescriberKindLabel: 'Autre',
      prescriberMasked: true,
      prescriberOrganisation: null,
      prescriberContactName: null,
    });
    expect(JSON.stringify(hidden)).not.toMatch(/SPIP|pénitentiaire/);
    const shown = (await counsellor.ok(READ, { id: p.id })).person.referral;
    expect(shown).toMatchObject({
      prescriberKind: 'SPIP',
      prescriberKindLabel: expect.stringMatching(/^SPIP/),
      prescriberMasked: false,
      prescriberOrganisation: 'SPIP de Seine-Maritime',
      prescriberContactName: 'Conseillère pénitentiaire',
    });
  });

  it('a person without referral has none', async () => {
    const p = await buildPerson(t.db, structureA.id);
    expect((await counsellor.ok(READ, { id: p.id })).person.referral).toBeNull();
  });
});
