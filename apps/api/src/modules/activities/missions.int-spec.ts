import {
  buildMission,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildStructure,
  type GraphqlClient,
  recordsOf,
  signedInAs,
} from '@tremplin/api-testing';
import { addDays, MissionKind, Role, StructureKind, todayInParis } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const RECORD = `mutation($input: RecordMissionInput!) { recordMission(input: $input) {
  id kind kindLabel site startDate endDate minutes hostOrganisation { id name }
  placementStatus { hostOrganisationId minutesInWindow level message windowStart windowEnd } } }`;
const READ = `query($id: ID!) { person(id: $id) {
  missions { id kind minutes hostOrganisation { name } placementStatus { level minutesInWindow } }
  placementTotals { hostOrganisationId minutesInWindow level message windowEnd hostOrganisation { name } } } }`;

describe('activities: missions and the AI placement cap', () => {
  let t: TestApp;
  let ai: { id: string };
  let aci: { id: string };
  let a: GraphqlClient & { userId: string };
  let c: GraphqlClient; // counsellor of the ACI
  let supervisor: GraphqlClient;
  let host: { id: string };
  let personOfAci: { id: string };

  const today = todayInParis();
  const missions = (personId: string) => recordsOf(t.db, 'mission', personId);
  const valid = { kind: 'TEST', startDate: '2026-01-05', endDate: '2026-01-09', minutes: 35 * 60 };

  beforeAll(async () => {
    t = await startTestApp();
    ai = await buildStructure(t.db, { kind: StructureKind.AI });
    aci = await buildStructure(t.db, { kind: StructureKind.ACI });
    a = await signedInAs(t, Role.COUNSELLOR, ai.id);
    c = await signedInAs(t, Role.COUNSELLOR, aci.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, ai.id);
    host = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    await buildPartnership(t.db, ai.id, host.id);
    await buildPartnership(t.db, aci.id, host.id);
    personOfAci = await buildPerson(t.db, aci.id);
  });
  afterAll(() => t?.close());

  it('records a test mission, without placement status', async () => {
    const p = await buildPerson(t.db, ai.id);
    const { recordMission: m } = await a.ok(RECORD, {
      input: { ...valid, personId: p.id, hostOrganisationId: host.id, site: ' Résidence Grieu ' },
    });
    expect(m).toMatchObject({
      kind: 'TEST',
      kindLabel: 'Mission test',
      site: 'Résidence Grieu',
      minutes: 2100,
      hostOrganisation: { id: host.id, name: 'Rouen Habitat' },
      placementStatus: null,
    });
    expect(await missions(p.id)).toEqual([
      expect.objectContaining({
        id: m.id,
        structure_id: ai.id,
        kind: 'TEST',
        host_organisation_id: host.id,
        start_date: '2026-01-05',
        end_date: '2026-01-09',
        minutes: 2100,
        created_by_id: a.userId,
      }),
    ]);
  });

  it('AI: warns NEAR from 400 h at one host over 24 months, without refusing; then OVER, still recorded', async () => {
    const p = await buildPerson(t.db, ai.id);
    const other = await buildPartnerOrganisation(t.db, { name: 'Logéal' });
    await buildPartnership(t.db, ai.id, other.id);
    await buildMission(t.db, ai.id, p.id, host.id, {
      startDate: addDays(today, -200),
      endDate: addDays(today, -100),
      minutes: 380 * 60,
    });
    await buildMission(t.db, ai.id, p.id, other.id, {
      startDate: addDays(today, -90),
      endDate: addDays(today, -80),
      minutes: 70 * 60,
    });
    // Outside the window: not counted.
    await buildMission(t.db, ai.id, p.id, host.id, {
      startDate: '2020-01-01',
      endDate: '2020-06-30',
      minutes: 300 * 60,
    });
    const start = addDays(today, -10);
    const end = addDays(today, -6);

    const { recordMission: near } = await a.ok(RECORD, {
      input: {
        personId: p.id,
        kind: 'PLACEMENT',
        hostOrganisationId: host.id,
        startDate: start,
        endDate: end,
        minutes: 20 * 60,
      },
    });
    expect(near.kindLabel).toBe('Mise à disposition');
    expect(near.placementStatus).toMatchObject({
      hostOrganisationId: host.id,
      minutesInWindow: 400 * 60,
      level: 'NEAR',
      windowEnd: end,
    });
    expect(near.placementStatus.message).toMatch(
      /400 h de mise à disposition .* 24 mois glissants .* plafond .* 480 h \(reste 80 h\)/,
    );

    const { person } = await supervisor.ok(READ, { id: p.id });
    expect(person.placementTotals).toEqual([
      {
        hostOrganisationId: host.id,
        minutesInWindow: 400 * 60,
        level: 'NEAR',
        message: near.placementStatus.message,
        windowEnd: today,
        hostOrganisation: { name: 'Rouen Habitat' },
      },
      {
        hostOrganisationId: other.id,
        minutesInWindow: 70 * 60,
        level: 'OK',
        message: null,
        windowEnd: today,
        hostOrganisation: { name: 'Logéal' },
      },
    ]);

    const { recordMission: over } = await a.ok(RECORD, {
      input: {
        personId: p.id,
        kind: 'PLACEMENT',
        hostOrganisationId: host.id,
        startDate: addDays(today, 1),
        endDate: addDays(today, 20),
        minutes: 100 * 60,
      },
    });
    expect(over.placementStatus).toMatchObject({ level: 'OVER', minutesInWindow: 500 * 60 });
    expect(over.placementStatus.message).toMatch(/dépassé de 20 h.*dérogation du préfet/);
    expect(await missions(p.id)).toHaveLength(5);
    const after = await supervisor.ok(READ, { id: p.id });
    expect(after.person.placementTotals[0]).toMatchObject({
      minutesInWindow: 500 * 60,
      level: 'OVER',
      windowEnd: addDays(today, 20),
    });
    // Each placement shows the total at its host once it is done: 500 h, 400 h, 70 h (other host), 380 h, 300 h (2020).
    expect(
      after.person.missions.map((m: { placementStatus: { level: string } | null }) => m.placementStatus?.level ?? null),
    ).toEqual(['OVER', 'NEAR', 'OK', 'OK', 'OK']);
  });

  it('ACI: the cap does not apply, no warning at 400 h', async () => {
    await buildMission(t.db, aci.id, personOfAci.id, host.id, {
      startDate: addDays(today, -200),
      endDate: addDays(today, -100),
      minutes: 380 * 60,
    });
    const { recordMission: m } = await c.ok(RECORD, {
      input: {
        personId: personOfAci.id,
        kind: 'PLACEMENT',
        hostOrganisationId: host.id,
        startDate: addDays(today, -10),
        endDate: addDays(today, -6),
        minutes: 20 * 60,
      },
    });
    expect(m.placementStatus).toBeNull();
    const { person } = await c.ok(READ, { id: personOfAci.id });
    expect(person.placementTotals).toEqual([]);
    expect(person.missions.every((x: { placementStatus: unknown }) => x.placementStatus === null)).toBe(true);
  });

  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'an end before the start',
      { endDate: '2026-01-04' },
      'endDate',
      /La fin de la mission \(04\/01\/2026\) précède son début \(05\/01\/2026\)/,
    ],
    ['no hours', { minutes: 0 }, 'minutes', /Saisissez les heures de la mission/],
    [
      'more than 48 h in a week',
      { minutes: 49 * 60 },
      'minutes',
      /49 h déclarées sur 1 semaine : au plus 48 h par semaine.*\(1 h de trop\)/,
    ],
    ['an unknown kind', { kind: 'STAGE' }, 'kind', /Choisissez le type de mission/],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_label, change, field, message) => {
    const p = await buildPerson(t.db, ai.id);
    const e = await a.fail(RECORD, { input: { ...valid, personId: p.id, hostOrganisationId: host.id, ...change } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(await missions(p.id)).toEqual([]);
  });

  it('an unknown host is NOT_FOUND; another structure’s person is NOT_FOUND; nothing is written', async () => {
    const p = await buildPerson(t.db, ai.id);
    const e = await a.fail(RECORD, {
      input: { ...valid, personId: p.id, hostOrganisationId: '0b7f6a5e-0000-4000-8000-00000000ffff' },
    });
    expect(e.extensions?.code).toBe('NOT_FOUND');
    expect(e.message).toMatch(/organisation partenaire est introuvable/);
    expect(await missions(p.id)).toEqual([]);
    expect(
      (await a.fail(RECORD, { input: { ...valid, personId: personOfAci.id, hostOrganisationId: host.id } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect((await a.fail(READ, { id: personOfAci.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a mission at an organisation the structure has no partnership with (BAD_USER_INPUT), writes nothing', async () => {
    const p = await buildPerson(t.db, ai.id);
    // A landlord partner of ANOTHER structure only: its reviewers would see this structure's mission hours.
    const stranger = await buildPartnerOrganisation(t.db, { name: 'Bailleur sans partenariat' });
    await buildPartnership(t.db, aci.id, stranger.id);
    const e = await a.fail(RECORD, { input: { ...valid, personId: p.id, hostOrganisationId: stranger.id } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fieldErrors).toEqual([
      { field: 'hostOrganisationId', message: expect.stringMatching(/n’a pas de partenariat avec cette organisation/) },
    ]);
    expect(await missions(p.id)).toEqual([]);
    // An ended partnership still allows a past mission to be entered late.
    const former = await buildPartnerOrganisation(t.db, { name: 'Ancien partenaire' });
    await buildPartnership(t.db, ai.id, former.id, { startedOn: '2024-01-01', endedOn: '2025-12-31' });
    await a.ok(RECORD, {
      input: {
        ...valid,
        startDate: '2025-03-03',
        endDate: '2025-03-07',
        personId: p.id,
        hostOrganisationId: former.id,
      },
    });
    expect(await missions(p.id)).toHaveLength(1);
  });

  it('a supervisor cannot record but reads the missions', async () => {
    const p = await buildPerson(t.db, ai.id);
    await buildMission(t.db, ai.id, p.id, host.id, { kind: MissionKind.REPLACEMENT });
    expect(
      (await supervisor.fail(RECORD, { input: { ...valid, personId: p.id, hostOrganisationId: host.id } })).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(await missions(p.id)).toHaveLength(1);
    const { person } = await supervisor.ok(READ, { id: p.id });
    expect(person.missions).toEqual([
      expect.objectContaining({
        kind: 'REPLACEMENT',
        hostOrganisation: { name: 'Rouen Habitat' },
        placementStatus: null,
      }),
    ]);
  });
});
