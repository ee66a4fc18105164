import {
  buildAllocation,
  buildFunder,
  buildFundingAgreement,
  buildMission,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildStructure,
  type GraphqlClient,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { FundingSourceKind, NotificationKind, Role } from '@tremplin/domain';
import { NotificationEntity } from '../notifications';
import { missionDayWrites, missionWriteError } from '../../testing/repositories/activities.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { MissionEntity } from './activity.entities';
import { MissionDayEntity } from './mission-day.entity';

const ROW = `mission { id kind site startDate endDate hoursStatus minutes version }
  person { id firstName lastName } cells { day minutes version inMission } weekMinutes`;
const WEEK = `query($host: ID!, $site: String, $week: String!) {
  missionHoursWeek(hostOrganisationId: $host, site: $site, weekStart: $week) {
    weekStart days hostOrganisation { id name } rows { ${ROW} } } }`;
const HOSTS = `query($week: String) { missionHostOrganisations(weekStart: $week) { id name sites } }`;
const SAVE = `mutation($input: RecordMissionDaysInput!) { recordMissionDays(input: $input) { ${ROW} } }`;
const PORTAL = `query { portalMissions(first: 200) { items { id minutes version months { month minutes } } } }`;
const CORRECT = `mutation($input: CorrectMissionHoursInput!) { correctMissionHours(input: $input) { minutes } }`;
const CONFIRM = `mutation($input: ConfirmMissionHoursInput!) { portalConfirmMissionHours(input: $input) { id } }`;
const DISPUTE = `mutation($input: DisputeMissionHoursInput!) { portalDisputeMissionHours(input: $input) { id } }`;

const WEEK_START = '2026-03-30';
const TUE = '2026-03-31';
const WED = '2026-04-01';

interface Row {
  mission: { id: string; minutes: number; version: number };
  person: { lastName: string };
  cells: { day: string; minutes: number | null; version: number | null; inMission: boolean }[];
  weekMinutes: number;
}

describe('mission hours day by day: the supervisor’s week grid', () => {
  let t: TestApp;
  let s: { id: string };
  let landlord: { id: string };
  let otherLandlord: { id: string };
  let supervisor: GraphqlClient & { userId: string };
  let counsellor: GraphqlClient & { userId: string };
  let reviewer: GraphqlClient & { userId: string };
  let otherSupervisor: GraphqlClient & { userId: string };
  let awa: { id: string };
  let bruno: { id: string };
  let chloe: { id: string };
  /** Awa at the landlord's « Résidence Les Lilas », Tuesday to Friday. */
  let mA: { id: string };
  /** Bruno at the same site, all March and April. */
  let mB: { id: string };
  /** Chloé at « Les Tilleuls ». */
  let mC: { id: string };

  const mission = (id: string) => t.db.getRepository(MissionEntity).findOneByOrFail({ id });
  const daysOf = async (missionId: string) =>
    (await t.db.getRepository(MissionDayEntity).find({ where: { missionId }, order: { day: 'ASC' } })).map((d) => ({
      day: d.day,
      minutes: d.minutes,
      version: d.version,
    }));
  const week = async (client: GraphqlClient, site: string | null = 'Résidence Les Lilas', host = landlord.id) =>
    (await client.ok(WEEK, { host, site, week: WEEK_START })).missionHoursWeek as {
      weekStart: string;
      days: string[];
      hostOrganisation: { id: string; name: string };
      rows: Row[];
    };
  const save = (client: GraphqlClient, lines: Record<string, unknown>[]) => client.request(SAVE, { input: { lines } });

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db, { name: 'Rouen Insertion' });
    landlord = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    otherLandlord = await buildPartnerOrganisation(t.db, { name: 'Logéal Immobilière' });
    await buildPartnership(t.db, s.id, landlord.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, s.id, { firstName: 'Yann', lastName: 'Le Goff' });
    counsellor = await signedInAs(t, Role.COUNSELLOR, s.id);
    reviewer = await signedInAsReviewer(t, landlord.id, { firstName: 'Rémi', lastName: 'Hébert' });
    awa = await buildPerson(t.db, s.id, { firstName: 'Awa', lastName: 'Diallo' });
    bruno = await buildPerson(t.db, s.id, { firstName: 'Bruno', lastName: 'Martin' });
    chloe = await buildPerson(t.db, s.id, { firstName: 'Chloé', lastName: 'Petit' });
    const lilas = 'Résidence Les Lilas';
    mA = await buildMission(t.db, s.id, awa.id, landlord.id, {
      site: lilas,
      startDate: TUE,
      endDate: '2026-04-03',
      minutes: 1200,
    });
    mB = await buildMission(t.db, s.id, bruno.id, landlord.id, {
      site: lilas,
      startDate: '2026-03-02',
      endDate: '2026-04-30',
      minutes: 2100,
    });
    mC = await buildMission(t.db, s.id, chloe.id, landlord.id, {
      site: 'Les Tilleuls',
      startDate: WEEK_START,
      endDate: '2026-04-03',
    });
    // Not in the grid: another host, a mission ended the week before.
    await buildMission(t.db, s.id, awa.id, otherLandlord.id, { site: lilas, startDate: WEEK_START, endDate: WED });
    await buildMission(t.db, s.id, bruno.id, landlord.id, {
      site: lilas,
      startDate: '2026-03-02',
      endDate: '2026-03-27',
    });
    // Another structure's mission at the same host and site.
    const s2 = await buildStructure(t.db, { name: 'Le Havre Insertion' });
    await buildPartnership(t.db, s2.id, landlord.id);
    const zoe = await buildPerson(t.db, s2.id, { firstName: 'Zoé', lastName: 'Autre' });
    await buildMission(t.db, s2.id, zoe.id, landlord.id, { site: lilas, startDate: WEEK_START, endDate: WED });
    otherSupervisor = await signedInAs(t, Role.SUPERVISOR, s2.id);
  });
  afterAll(() => t?.close());

  it('lists a row per mission of the host and site running that week, with 7 cells in or out of the mission', async () => {
    const w = await week(supervisor);
    expect(w.weekStart).toBe(WEEK_START);
    expect(w.days).toEqual([WEEK_START, TUE, WED, '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05']);
    expect(w.hostOrganisation).toEqual({ id: landlord.id, name: 'Rouen Habitat' });
    expect(w.rows.map((r) => [r.person.lastName, r.mission.id])).toEqual([
      ['Diallo', mA.id],
      ['Martin', mB.id],
    ]);
    const a = w.rows[0];
    expect(a.cells.map((c) => c.inMission)).toEqual([false, true, true, true, true, false, false]);
    expect(a.cells.every((c) => c.minutes === null && c.version === null)).toBe(true);
    expect(a.weekMinutes).toBe(0);
    expect(w.rows[1].cells.every((c) => c.inMission)).toBe(true);
    // Without a site: every site of the host.
    expect((await week(supervisor, null)).rows.map((r) => r.mission.id)).toEqual([mA.id, mB.id, mC.id]);
  });

  it('refuses a week that does not start on a Monday, and a host the structure does not work with', async () => {
    const e = await supervisor.fail(WEEK, { host: landlord.id, site: null, week: TUE });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fieldErrors).toEqual([
      { field: 'weekStart', message: 'La semaine commence un lundi : donnez la date du lundi (AAAA-MM-JJ).' },
    ]);
    const stranger = await buildPartnerOrganisation(t.db, { name: 'Inconnu Habitat' });
    const e2 = await supervisor.fail(WEEK, { host: stranger.id, site: null, week: WEEK_START });
    expect(e2.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the hosts of the structure’s running missions with their sites', async () => {
    const { missionHostOrganisations } = await supervisor.ok(HOSTS, { week: WEEK_START });
    expect(missionHostOrganisations).toEqual([
      { id: otherLandlord.id, name: 'Logéal Immobilière', sites: ['Résidence Les Lilas'] },
      { id: landlord.id, name: 'Rouen Habitat', sites: ['Les Tilleuls', 'Résidence Les Lilas'] },
    ]);
  });

  it('saves the days and sets the mission’s minutes to their sum; a mission without days keeps its total', async () => {
    const before = await mission(mA.id);
    const r = await save(supervisor, [
      { missionId: mA.id, day: TUE, minutes: 420, version: null },
      { missionId: mA.id, day: WED, minutes: 210, version: null },
    ]);
    expect(r.errors).toBeUndefined();
    const [row] = (r.data as { recordMissionDays: Row[] }).recordMissionDays;
    expect(row.mission).toMatchObject({ id: mA.id, minutes: 630, version: before.version + 1 });
    expect(row.cells.slice(0, 3)).toEqual([
      { day: WEEK_START, minutes: null, version: null, inMission: false },
      { day: TUE, minutes: 420, version: 1, inMission: true },
      { day: WED, minutes: 210, version: 1, inMission: true },
    ]);
    expect(row.weekMinutes).toBe(630);
    expect((await mission(mA.id)).minutes).toBe(630);
    expect((await mission(mB.id)).minutes).toBe(2100);

    // The same value again keeps the line's and the mission's versions (no false conflict for the others).
    expect((await save(supervisor, [{ missionId: mA.id, day: TUE, minutes: 420, version: 1 }])).errors).toBeUndefined();
    expect(await daysOf(mA.id)).toEqual([
      { day: TUE, minutes: 420, version: 1 },
      { day: WED, minutes: 210, version: 1 },
    ]);
    expect((await mission(mA.id)).version).toBe(before.version + 1);

    // A day cleared is removed, the total follows.
    expect(
      (await save(counsellor, [{ missionId: mA.id, day: WED, minutes: null, version: 1 }])).errors,
    ).toBeUndefined();
    expect(await daysOf(mA.id)).toEqual([{ day: TUE, minutes: 420, version: 1 }]);
    expect((await mission(mA.id)).minutes).toBe(420);
  });

  it('refuses a line changed since it was read (CONFLICT with changedLines) and writes nothing', async () => {
    expect((await save(counsellor, [{ missionId: mA.id, day: TUE, minutes: 480, version: 1 }])).errors).toBeUndefined();
    const r = await save(supervisor, [
      { missionId: mB.id, day: TUE, minutes: 420, version: null },
      { missionId: mA.id, day: TUE, minutes: 450, version: 1 },
    ]);
    const e = r.errors?.[0];
    expect(e?.extensions?.code).toBe('CONFLICT');
    expect(e?.message).toContain('DIALLO Awa le mardi 31/03/2026 (maintenant 8 h)');
    expect(e?.extensions?.changedLines).toEqual([
      {
        field: 'lines.1',
        key: `${mA.id}:${TUE}`,
        sentVersion: 1,
        version: 2,
        current: { missionId: mA.id, day: TUE, minutes: 480, personId: awa.id, firstName: 'Awa', lastName: 'Diallo' },
      },
    ]);
    expect(await daysOf(mB.id)).toEqual([]);
    expect((await mission(mA.id)).minutes).toBe(480);
    // A day entered by someone else meanwhile, sent as never entered, is a change too.
    const r2 = await save(supervisor, [{ missionId: mA.id, day: TUE, minutes: 450, version: null }]);
    expect(r2.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a day outside the mission’s dates, naming the line; nothing is written', async () => {
    const r = await save(supervisor, [
      { missionId: mB.id, day: TUE, minutes: 420, version: null },
      { missionId: mA.id, day: WEEK_START, minutes: 420, version: null },
    ]);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        field: 'lines.1.day',
        message:
          'Ligne 2 (DIALLO Awa) : le lundi 30/03/2026 est en dehors de la mission (du 31/03/2026 au 03/04/2026).',
      },
    ]);
    expect(await daysOf(mB.id)).toEqual([]);
  });

  it('refuses a line sent without its minutes (only an explicit null clears a day); nothing is written', async () => {
    const r = await save(supervisor, [{ missionId: mB.id, day: TUE, version: null }]);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors?.[0]?.extensions)).toContain('Indiquez les heures du jour');
    expect(await daysOf(mB.id)).toEqual([]);
  });

  it('refuses day edits of hours the host confirmed, in the API and in the database', async () => {
    const m = await buildMission(t.db, s.id, chloe.id, landlord.id, { startDate: TUE, endDate: WED, minutes: 900 });
    expect(
      (await save(supervisor, [{ missionId: m.id, day: TUE, minutes: 300, version: null }])).errors,
    ).toBeUndefined();
    const { version } = await mission(m.id);
    await reviewer.ok(CONFIRM, { input: { missions: [{ missionId: m.id, version }] } });

    const r = await save(supervisor, [{ missionId: m.id, day: WED, minutes: 60, version: null }]);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [err] = r.errors?.[0]?.extensions?.fieldErrors as { field: string; message: string }[];
    expect(err.field).toBe('lines.0.minutes');
    expect(err.message).toMatch(
      /^Ligne 1 \(PETIT Chloé\) : les heures de cette mission ont été confirmées par Rémi Hébert \(Rouen Habitat\) le \d{2}\/\d{2}\/\d{4} : elles ne peuvent plus changer\.$/,
    );
    expect(await daysOf(m.id)).toEqual([{ day: TUE, minutes: 300, version: 1 }]);
    // Whoever writes: the trigger refuses (TR001).
    for (const [sql, params] of missionDayWrites({ id: m.id, personId: chloe.id, structureId: s.id }))
      expect(await missionWriteError(t.db, sql, params)).toBe('TR001');
  });

  it('hours the host disputed go back to « à confirmer » once their days are corrected, and the host is asked again', async () => {
    const m = await buildMission(t.db, s.id, chloe.id, landlord.id, { startDate: TUE, endDate: WED, minutes: 900 });
    expect(
      (await save(supervisor, [{ missionId: m.id, day: TUE, minutes: 480, version: null }])).errors,
    ).toBeUndefined();
    await reviewer.ok(DISPUTE, {
      input: { missionId: m.id, version: (await mission(m.id)).version, comment: 'Chloé est partie à 15 h mardi.' },
    });
    expect((await mission(m.id)).hoursStatus).toBe('DISPUTED');
    const [tuesday] = await daysOf(m.id);
    const r = await save(supervisor, [{ missionId: m.id, day: TUE, minutes: 420, version: tuesday.version }]);
    expect(r.errors).toBeUndefined();
    const after = await mission(m.id);
    expect([after.hoursStatus, after.minutes, after.hoursReviewedAt, after.hoursReviewComment]).toEqual([
      'PENDING',
      420,
      null,
      null,
    ]);
    const notes = await t.db
      .getRepository(NotificationEntity)
      .find({ where: { recipientUserId: reviewer.userId, kind: NotificationKind.MISSION_HOURS_CORRECTED } });
    expect(notes.map((n) => [n.missionId, n.title])).toEqual([[m.id, 'Heures de mission corrigées, à confirmer']]);
    // Confirmable again by the host.
    await reviewer.ok(CONFIRM, { input: { missions: [{ missionId: m.id, version: after.version }] } });
    expect((await mission(m.id)).hoursStatus).toBe('CONFIRMED');
  });

  it('keeps the funding guard: a total below what agreements charge is refused', async () => {
    const m = await buildMission(t.db, s.id, bruno.id, landlord.id, { startDate: TUE, endDate: WED, minutes: 900 });
    const funder = await buildFunder(t.db, s.id);
    const ag = await buildFundingAgreement(t.db, s.id, funder.id, {
      reference: 'DDETS-2026',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    await buildAllocation(t.db, s.id, ag.id, FundingSourceKind.MISSION, m.id, 600);
    const r = await save(supervisor, [{ missionId: m.id, day: TUE, minutes: 420, version: null }]);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'lines.0.minutes', message: expect.stringContaining('déjà financées') }),
    ]);
    expect(await daysOf(m.id)).toEqual([]);
    expect((await mission(m.id)).minutes).toBe(900);
    expect(
      (await save(supervisor, [{ missionId: m.id, day: TUE, minutes: 600, version: null }])).errors,
    ).toBeUndefined();
  });

  it('refuses a correction of a day-by-day mission that parts from its days', async () => {
    const m = await buildMission(t.db, s.id, awa.id, landlord.id, { startDate: TUE, endDate: '2026-04-03' });
    expect(
      (await save(supervisor, [{ missionId: m.id, day: WED, minutes: 420, version: null }])).errors,
    ).toBeUndefined();
    const { version } = await mission(m.id);
    const correct = (o: Record<string, unknown>) =>
      counsellor.request(CORRECT, {
        input: { missionId: m.id, version, startDate: TUE, endDate: '2026-04-03', minutes: 420, ...o },
      });
    const r = await correct({ minutes: 480, startDate: '2026-04-02' });
    expect(r.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        field: 'minutes',
        message:
          'Cette mission est saisie jour par jour (7 h sur 1 jour) : ses heures sont la somme de ses jours. Corrigez ' +
          'les jours dans « Heures de mission », ou gardez 7 h.',
      },
      {
        field: 'startDate',
        message:
          'Des heures sont saisies du 01/04/2026 au 01/04/2026 : la mission doit couvrir ces jours (effacez-les ' +
          'd’abord dans « Heures de mission »).',
      },
    ]);
    expect((await correct({ endDate: WED })).errors).toBeUndefined();
  });

  it('lets structure staff with FIELD_ENTRY in, and no one else', async () => {
    const partner = await reviewer.request(SAVE, { input: { lines: [{ missionId: mB.id, day: TUE, minutes: 60 }] } });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await reviewer.request(WEEK, { host: landlord.id, site: null, week: WEEK_START });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another structure: its own missions only; ours are not found.
    const theirs = await week(otherSupervisor);
    expect(theirs.rows.map((r) => r.person.lastName)).toEqual(['Autre']);
    const other = await save(otherSupervisor, [{ missionId: mB.id, day: TUE, minutes: 60, version: null }]);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await daysOf(mB.id)).toEqual([]);
  });

  it('gives the landlord the monthly totals built from the days (none without days)', async () => {
    expect(
      (
        await save(supervisor, [
          { missionId: mB.id, day: WEEK_START, minutes: 60, version: null },
          { missionId: mB.id, day: TUE, minutes: 420, version: null },
          { missionId: mB.id, day: WED, minutes: 435, version: null },
        ])
      ).errors,
    ).toBeUndefined();
    const { portalMissions } = await reviewer.ok(PORTAL);
    const items = portalMissions.items as { id: string; minutes: number; months: unknown[] }[];
    expect(items.find((i) => i.id === mB.id)).toMatchObject({
      minutes: 915,
      months: [
        { month: '2026-03', minutes: 480 },
        { month: '2026-04', minutes: 435 },
      ],
    });
    expect(items.find((i) => i.id === mC.id)?.months).toEqual([]);
  });
});
