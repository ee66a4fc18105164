import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  buildCollectiveSession,
  buildFunder,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildStructure,
  buildUser,
  type GraphqlClient,
  outcomeEvidence,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { FunderKind, PathwayStage, Role, SessionKind, StructureKind } from '@tremplin/domain';
import { prepareDatabase } from '../../bootstrap';
import {
  appState,
  missionVersion as missionVersionOf,
  setAgreementStartBehindTheBack,
  setAppState,
  setStructureKindBehindTheBack,
  spoilExitPresence,
} from '../../testing/repositories/exit-presence.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { FunderEntity, FundingAgreementEntity } from '../funding';
import { PathwayExitEntity } from '../outcomes';
import { StructureEntity } from '../structures';
import { presenceRuleFingerprint, refreshAllExitPresence } from './exit-presence';

/**
 * The stored exit figures (`pathway_exit.counts`, `minutes_worked`, `presence_explanation`, `contract_start`, read in
 * SQL by the dashboard and the funder reports) are always current: every mutation that writes what the presence rule
 * reads recomputes them in its transaction (docs/domain/exits.md § « Toujours à jour »). One test per path, each one
 * leaving the flag stale on a code without the refresh; then the list of those paths, checked against the schema and
 * the sources, so that a new path without the refresh is noticed.
 */

/** Each mutation that writes an input of the presence rule, and the test below that proves it refreshes. */
const REFRESHING_MUTATIONS: Record<string, string> = {
  recordMission: 'recordMission: a mission entered late makes the exit count',
  correctMissionHours: 'correctMissionHours: hours corrected down make the exit stop counting',
  portalConfirmMissionHours: 'portalConfirmMissionHours: the landlord’s confirmation leaves the exit current',
  portalDisputeMissionHours: 'portalDisputeMissionHours: the landlord’s dispute leaves the exit current',
  recordAttendance: 'recordAttendance: training hours saved after the exit make it count',
  recordAttendanceLines: 'recordAttendanceLines: a week’s lines saved after the exit make it count',
  recordEmploymentContract: 'recordEmploymentContract: the contract entered after the exit dates its start',
  createFundingAgreement: 'createFundingAgreement: a new DDETS annex becomes the last annex',
  updateFundingAgreement: 'updateFundingAgreement: moving the annex’s start changes the hours counted',
  updateFunder: 'updateFunder: a funder that stops being the DDETS « aide au poste » has no annex any more',
  recordExit: 'recordExit computes the figures under the same lock (exits.int-spec.ts)',
  updateStructure: 'updateStructure: the administrator’s change of kind judges the exits by the new thresholds',
};

/** Mutations that return one of the rule's input types but change nothing the rule reads, and why. */
const NOT_PRESENCE_INPUTS: Record<string, string> = {
  createCollectiveSession: 'a new session has no attendance yet (attendance goes through recordAttendance)',
  createSessionSeries: 'new sessions have no attendance yet (attendance goes through recordAttendanceLines)',
  createFunder: 'a new funder has no agreement yet, so no annex',
  allocateFunding: 'writes an allocation: the agreement’s dates and funder are unchanged',
  removeFundingAllocation: 'removes an allocation: the agreement’s dates and funder are unchanged',
  createStructure: 'a new structure has no person, so no exit',
  setStructureActive: 'only the structure’s active flag, which the rule does not read',
  setPasswordSignInAllowed: 'only the structure’s sign-in setting, which the rule does not read',
  setMissionCoach: 'only the mission’s coach, which the rule does not read (its minutes and dates stay as they were)',
};

/** The GraphQL types of what the rule reads (a mutation returns the object it changed: ARCHITECTURE.md). */
const INPUT_TYPES = [
  'Mission',
  'PortalMission',
  'CollectiveSession',
  'SessionAttendance',
  'EmploymentContract',
  'FundingAgreement',
  'Funder',
  'Structure',
  'AdminStructure',
  'PathwayExit',
];

/** The tables the rule reads, and their entities. */
const INPUT_TABLES = [
  'mission',
  'session_attendance',
  'collective_session',
  'employment_contract',
  'worked_month',
  'funding_agreement',
  'funder',
  'structure',
];
const INPUT_ENTITIES = [
  'MissionEntity',
  'SessionAttendanceEntity',
  'CollectiveSessionEntity',
  'EmploymentContractEntity',
  'WorkedMonthEntity',
  'FundingAgreementEntity',
  'FunderEntity',
  'StructureEntity',
];

/** Methods that write an input table without changing anything the rule reads (same reasons as above). */
const WRITES_WITHOUT_REFRESH: Record<string, string> = {
  'activities/sessions.service.ts#create': NOT_PRESENCE_INPUTS['createCollectiveSession'],
  'activities/training-groups.service.ts#createSeries': NOT_PRESENCE_INPUTS['createSessionSeries'],
  'activities/sessions.service.ts#recordAttendance':
    'its one-statement write (SessionsRepository.writeSheetAtOnce) writes only when none of the persons has an exit ' +
    '(checked in that statement, under the exits’ advisory lock); otherwise recordAttendanceLocked writes and refreshes',
  'funding/funders.service.ts#createFunder': NOT_PRESENCE_INPUTS['createFunder'],
  'accounts/structures-admin.service.ts#create': NOT_PRESENCE_INPUTS['createStructure'],
  'accounts/structures-admin.service.ts#setActive': NOT_PRESENCE_INPUTS['setStructureActive'],
  'coaching/coaching.service.ts#setMissionCoach': NOT_PRESENCE_INPUTS['setMissionCoach'],
};

describe('the stored exit figures follow every change of what the presence rule reads', () => {
  let t: TestApp;
  let ai: { id: string };
  let host: { id: string };
  let counsellor: GraphqlClient;
  let director: GraphqlClient;
  let reviewer: GraphqlClient;

  const RECORD_EXIT = `mutation($input: RecordExitInput!) { recordExit(input: $input) { id counts } }`;

  /** What the readers (dashboard, reports) read, straight from the table. */
  const stored = async (personId: string) => {
    const [row] = await t.db.getRepository(PathwayExitEntity).find({
      select: { counts: true, minutesWorked: true, contractStart: true, presenceExplanation: true },
      where: { personId },
    });
    return {
      counts: row.counts,
      minutesWorked: row.minutesWorked,
      contractStart: row.contractStart,
      explanation: row.presenceExplanation,
    };
  };

  /** The rule on today's data, as the exit tab shows it: the stored figures must equal it. */
  const live = async (client: GraphqlClient, personId: string) => {
    const { person } = await client.ok(
      `query($id: ID!) { person(id: $id) { exit { presence { counts minutesWorked contractStart explanation } } } }`,
      { id: personId },
    );
    return person.exit.presence;
  };

  const expectCurrent = async (personId: string, expected: Record<string, unknown>, client = counsellor) => {
    const now = await stored(personId);
    expect(now).toMatchObject(expected);
    expect(now).toEqual(await live(client, personId));
  };

  /** Makes the stored figures wrong on purpose (as exits recorded before the refresh existed may be). */
  const spoil = (personId: string) => spoilExitPresence(t.db, personId);

  /** An AI person with `hours` of missions in March 2026 and their exit on 30/06/2026. */
  async function exitedWith(structureId: string, hours: number, o: { client?: GraphqlClient } = {}) {
    const p = await buildPerson(t.db, structureId, { stage: PathwayStage.TRAINING });
    const mission = await outcomeEvidence.mission(t.db, structureId, p.id, host.id, {
      startDate: '2026-03-02',
      endDate: '2026-03-27',
      minutes: hours * 60,
    });
    await (o.client ?? counsellor).ok(RECORD_EXIT, {
      input: { personId: p.id, exitDate: '2026-06-30', reason: 'JOB_SEEKING' },
    });
    return { personId: p.id, missionId: mission.id };
  }

  const missionVersion = (id: string) => missionVersionOf(t.db, id);

  beforeAll(async () => {
    t = await startTestApp();
    ai = await buildStructure(t.db, { kind: StructureKind.AI });
    host = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    await buildPartnership(t.db, ai.id, host.id);
    counsellor = await signedInAs(t, Role.COUNSELLOR, ai.id);
    director = await signedInAs(t, Role.DIRECTOR, ai.id);
    reviewer = await signedInAsReviewer(t, host.id);
  });
  afterAll(() => t?.close());

  describe('missions', () => {
    it(REFRESHING_MUTATIONS['recordMission'], async () => {
      const { personId } = await exitedWith(ai.id, 100);
      await expectCurrent(personId, { counts: false, minutesWorked: 100 * 60 });
      await counsellor.ok(`mutation($input: RecordMissionInput!) { recordMission(input: $input) { id } }`, {
        input: {
          personId,
          kind: 'PLACEMENT',
          hostOrganisationId: host.id,
          startDate: '2026-05-04',
          endDate: '2026-05-29',
          minutes: 50 * 60,
        },
      });
      await expectCurrent(personId, {
        counts: true,
        minutesWorked: 150 * 60,
        explanation: '150 h travaillées : la sortie compte (150 h au moins pour une association intermédiaire).',
      });
    });

    it(REFRESHING_MUTATIONS['correctMissionHours'], async () => {
      const { personId, missionId } = await exitedWith(ai.id, 160);
      await expectCurrent(personId, { counts: true, minutesWorked: 160 * 60 });
      await counsellor.ok(
        `mutation($input: CorrectMissionHoursInput!) { correctMissionHours(input: $input) { id minutes } }`,
        {
          input: {
            missionId,
            version: await missionVersion(missionId),
            startDate: '2026-03-02',
            endDate: '2026-03-27',
            minutes: 120 * 60,
          },
        },
      );
      await expectCurrent(personId, { counts: false, minutesWorked: 120 * 60 });
    });

    it(REFRESHING_MUTATIONS['portalConfirmMissionHours'], async () => {
      const { personId, missionId } = await exitedWith(ai.id, 100);
      await spoil(personId);
      await reviewer.ok(
        `mutation($input: ConfirmMissionHoursInput!) { portalConfirmMissionHours(input: $input) { id hoursStatus } }`,
        { input: { missions: [{ missionId, version: await missionVersion(missionId) }] } },
      );
      await expectCurrent(personId, { counts: false, minutesWorked: 100 * 60 });
    });

    it(REFRESHING_MUTATIONS['portalDisputeMissionHours'], async () => {
      const { personId, missionId } = await exitedWith(ai.id, 100);
      await spoil(personId);
      await reviewer.ok(
        `mutation($input: DisputeMissionHoursInput!) { portalDisputeMissionHours(input: $input) { id hoursStatus } }`,
        { input: { missionId, version: await missionVersion(missionId), comment: 'Lundi férié compté à tort.' } },
      );
      await expectCurrent(personId, { counts: false, minutesWorked: 100 * 60 });
    });

    it('recordMissionDays: disputed hours sent back to the landlord by a day saved again leave the exit current', async () => {
      const { personId, missionId } = await exitedWith(ai.id, 100);
      const SAVE = `mutation($input: RecordMissionDaysInput!) { recordMissionDays(input: $input) { mission { id } } }`;
      // Entered day by day: 20 weekdays of 5 h, the same 100 h — the mission's total does not move.
      const weekdays = Array.from({ length: 26 }, (_, i) => `2026-03-${String(i + 2).padStart(2, '0')}`).filter(
        (d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()),
      );
      await counsellor.ok(SAVE, { input: { lines: weekdays.map((day) => ({ missionId, day, minutes: 300 })) } });
      await reviewer.ok(
        `mutation($input: DisputeMissionHoursInput!) { portalDisputeMissionHours(input: $input) { id } }`,
        { input: { missionId, version: await missionVersion(missionId), comment: 'Lundi férié compté à tort.' } },
      );
      await spoil(personId);
      // The same hours saved again: only the dispute is undone (askHostAgain), and the exit is judged again.
      await counsellor.ok(SAVE, { input: { lines: [{ missionId, day: '2026-03-02', minutes: 300, version: 1 }] } });
      await expectCurrent(personId, { counts: false, minutesWorked: 100 * 60 });
    });
  });

  it(REFRESHING_MUTATIONS['recordAttendance'], async () => {
    const { personId } = await exitedWith(ai.id, 140);
    const other = await exitedWith(ai.id, 145);
    const session = await buildCollectiveSession(t.db, ai.id, {
      kind: SessionKind.TRAINING,
      sessionDate: '2026-06-15',
      plannedMinutes: 10 * 60,
    });
    await counsellor.ok(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
      input: {
        sessionId: session.id,
        entries: [
          { personId, minutesAttended: 10 * 60 },
          { personId: other.personId, minutesAttended: 5 * 60, absence: 'JUSTIFIED' },
        ],
      },
    });
    // Both lines of the sheet, in one refresh: 140 + 10 = 150 h, 145 + 5 = 150 h.
    await expectCurrent(personId, { counts: true, minutesWorked: 150 * 60 });
    await expectCurrent(other.personId, { counts: true, minutesWorked: 150 * 60 });
  });

  it(REFRESHING_MUTATIONS['recordAttendanceLines'], async () => {
    const { personId } = await exitedWith(ai.id, 140);
    const other = await exitedWith(ai.id, 145);
    const [monday, tuesday] = [
      await buildCollectiveSession(t.db, ai.id, {
        kind: SessionKind.TRAINING,
        sessionDate: '2026-06-15',
        plannedMinutes: 300,
      }),
      await buildCollectiveSession(t.db, ai.id, {
        kind: SessionKind.TRAINING,
        sessionDate: '2026-06-16',
        plannedMinutes: 300,
      }),
    ];
    await counsellor.ok(
      `mutation($input: RecordAttendanceLinesInput!) { recordAttendanceLines(input: $input) { id } }`,
      {
        input: {
          lines: [
            { sessionId: monday.id, personId, minutesAttended: 300, version: null },
            { sessionId: tuesday.id, personId, minutesAttended: 300, version: null },
            { sessionId: tuesday.id, personId: other.personId, minutesAttended: 300, version: null },
          ],
        },
      },
    );
    // Every line of the week, in one refresh: 140 + 10 = 150 h, 145 + 5 = 150 h.
    await expectCurrent(personId, { counts: true, minutesWorked: 150 * 60 });
    await expectCurrent(other.personId, { counts: true, minutesWorked: 150 * 60 });
  });

  it(REFRESHING_MUTATIONS['recordEmploymentContract'], async () => {
    const aci = await buildStructure(t.db, { kind: StructureKind.ACI });
    const aciCounsellor = await signedInAs(t, Role.COUNSELLOR, aci.id);
    const { personId } = await exitedWith(aci.id, 0, { client: aciCounsellor });
    await expectCurrent(
      personId,
      { counts: false, contractStart: null, explanation: expect.stringMatching(/^Début du contrat inconnu/) },
      aciCounsellor,
    );
    await aciCounsellor.ok(
      `mutation($input: RecordEmploymentContractInput!) { recordEmploymentContract(input: $input) { id } }`,
      {
        input: { personId, kind: 'CDDI', startDate: '2026-01-05', endDate: '2026-06-30', weeklyMinutes: 26 * 60 },
      },
    );
    await expectCurrent(personId, { counts: true, contractStart: '2026-01-05' }, aciCounsellor);
  });

  describe('DDETS annexes (the last annex decides which hours count)', () => {
    let structure: { id: string };
    let ddets: { id: string };
    let c: GraphqlClient;
    let d: GraphqlClient;
    const agreementInput = (funderId: string) => ({
      funderId,
      reference: 'AI07626A0001',
      title: 'Annexe financière 2026',
      startDate: '2026-04-01',
      endDate: '2026-12-31',
      amountGrantedCents: 1_000_000,
      coFinancingRateBp: 10_000,
      sourceKinds: ['MISSION'],
    });

    beforeAll(async () => {
      structure = await buildStructure(t.db, { kind: StructureKind.AI });
      c = await signedInAs(t, Role.COUNSELLOR, structure.id);
      d = await signedInAs(t, Role.DIRECTOR, structure.id);
      ddets = await buildFunder(t.db, structure.id, { kind: FunderKind.DDETS_AIDE_AU_POSTE });
    });

    /** 150 h in March and 60 h in May: with no annex, or one from 01/01, 210 h; with one from 01/04, 60 h. */
    async function person() {
      const { personId } = await exitedWith(structure.id, 150, { client: c });
      await outcomeEvidence.mission(t.db, structure.id, personId, host.id, {
        startDate: '2026-05-04',
        endDate: '2026-05-29',
        minutes: 60 * 60,
      });
      await spoil(personId); // the mission of May was written behind the API's back: refreshed by what follows
      return personId;
    }

    it(REFRESHING_MUTATIONS['createFundingAgreement'], async () => {
      const personId = await person();
      await d.ok(`mutation($input: CreateFundingAgreementInput!) { createFundingAgreement(input: $input) { id } }`, {
        input: agreementInput(ddets.id),
      });
      await expectCurrent(
        personId,
        {
          counts: false,
          minutesWorked: 60 * 60,
          explanation: expect.stringMatching(/depuis le 01\/04\/2026, début de l’annexe financière AI07626A0001/),
        },
        c,
      );
    });

    it(REFRESHING_MUTATIONS['updateFundingAgreement'], async () => {
      const personId = await person();
      const annex = await t.db.getRepository(FundingAgreementEntity).findOneByOrFail({ reference: 'AI07626A0001' });
      await d.ok(`mutation($input: UpdateFundingAgreementInput!) { updateFundingAgreement(input: $input) { id } }`, {
        input: { ...agreementInput(ddets.id), id: annex.id, version: annex.version, startDate: '2026-01-01' },
      });
      await expectCurrent(personId, { counts: true, minutesWorked: 210 * 60 }, c);
    });

    it(REFRESHING_MUTATIONS['updateFunder'], async () => {
      const personId = await person();
      await setAgreementStartBehindTheBack(t.db, 'AI07626A0001', '2026-04-01');
      await spoil(personId);
      const funder = await t.db.getRepository(FunderEntity).findOneByOrFail({ id: ddets.id });
      await d.ok(`mutation($input: UpdateFunderInput!) { updateFunder(input: $input) { id } }`, {
        input: { id: ddets.id, version: funder.version, name: funder.name, kind: FunderKind.DDETS_FDI },
      });
      // No annex any more: every hour up to the exit counts.
      await expectCurrent(personId, { counts: true, minutesWorked: 210 * 60 }, c);
    });
  });

  it('at start, every recorded exit is judged again when the rule changed since their figures were computed, and only then', async () => {
    const structure = await buildStructure(t.db, { kind: StructureKind.AI });
    const c = await signedInAs(t, Role.COUNSELLOR, structure.id);
    const { personId } = await exitedWith(structure.id, 100, { client: c });
    await outcomeEvidence.employmentContract(t.db, structure.id, personId, { startDate: '2026-01-05' });
    // A change made in the database behind the application's back (no mutation writes it without the refresh).
    await setStructureKindBehindTheBack(t.db, structure.id, StructureKind.ACI);
    await prepareDatabase(t.app, false); // what a start runs: the same rule, nothing recomputed
    expect(await stored(personId)).toMatchObject({ counts: false });
    // The figures were computed by an earlier rule: the next start judges every exit by the current one.
    await setAppState(t.db, 'exit_presence_rule', 'an earlier rule');
    await prepareDatabase(t.app, false);
    await expectCurrent(personId, { counts: true, contractStart: '2026-01-05' }, c);
    expect(await appState(t.db, 'exit_presence_rule')).toBe(presenceRuleFingerprint());
    // and the function it calls, directly: nothing left to change
    expect(await t.db.transaction((tx) => refreshAllExitPresence(tx))).toBe(0);
  });

  it(REFRESHING_MUTATIONS['updateStructure'], async () => {
    const structure = await buildStructure(t.db, { kind: StructureKind.AI });
    const c = await signedInAs(t, Role.COUNSELLOR, structure.id);
    const { personId } = await exitedWith(structure.id, 100, { client: c });
    await outcomeEvidence.employmentContract(t.db, structure.id, personId, { startDate: '2026-01-05' });
    expect(await stored(personId)).toMatchObject({ counts: false }); // AI: 100 h < 150 h
    const admin = t.client();
    const user = await buildUser(t.db, { role: Role.ADMINISTRATOR });
    await admin.signIn(user.email, user.password);
    await admin.ok(`mutation($input: UpdateStructureInput!) { updateStructure(input: $input) { id } }`, {
      input: {
        id: structure.id,
        kind: 'ACI',
        updatedAt: (
          await t.db.getRepository(StructureEntity).findOneByOrFail({ id: structure.id })
        ).updatedAt.toISOString(),
      },
    });
    // ACI: a contract of 81 days or more before the exit counts, whatever the hours.
    await expectCurrent(personId, { counts: true, contractStart: '2026-01-05' }, c);
  });

  describe('the list of those paths', () => {
    it('every mutation returning what the rule reads is listed, with its test or the reason it changes nothing', async () => {
      const { __schema } = await director.ok(
        `{ __schema { mutationType { fields { name type { name kind ofType { name kind ofType { name kind ofType { name } } } } } } } }`,
      );
      type T = { name: string | null; ofType?: T | null };
      const named = (type: T): string | null => type.name ?? (type.ofType ? named(type.ofType) : null);
      const fields = __schema.mutationType.fields as { name: string; type: T }[];
      const returningInputs = fields
        .filter((f) => INPUT_TYPES.includes(named(f.type) ?? ''))
        .map((f) => f.name)
        .sort();
      expect(returningInputs).toEqual(
        [...Object.keys(REFRESHING_MUTATIONS), ...Object.keys(NOT_PRESENCE_INPUTS)].sort(),
      );
    });

    it('every service method writing a table the rule reads calls the refresh (or says why it need not)', () => {
      const root = join(__dirname, '..');
      const files = (function walk(dir: string): string[] {
        return readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) return walk(path);
          return /\.ts$/.test(name) && !/\.(int-)?spec\.ts$/.test(name) ? [path] : [];
        });
      })(root);
      const table = INPUT_TABLES.join('|');
      const entity = INPUT_ENTITIES.join('|');
      const writes = [
        new RegExp(`\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(${table})\\b`, 'i'),
        new RegExp(`\\.(update|delete)\\(\\s*(${entity})\\s*\\)`),
        new RegExp(`\\.into\\(\\s*(${entity})\\s*\\)`),
        new RegExp(`getRepository\\(\\s*(${entity})\\s*\\)\\s*\\.(save|insert|update|delete|remove|upsert)\\(`),
      ];
      const found: string[] = [];
      const missing: string[] = [];
      /** Each method of a file: its name and its body (class members are indented by two spaces). */
      const methodsOf = (source: string) => {
        const headers = [...source.matchAll(/^ {2}(?:private |protected |public )?(?:async )?(\w+)\(/gm)];
        return headers.map((h, i) => ({
          name: h[1],
          index: h.index ?? 0,
          body: source.slice(h.index ?? 0, headers[i + 1]?.index ?? source.length),
        }));
      };
      const writesIn = (body: string) => {
        const repoVars = [
          ...body.matchAll(new RegExp(`(\\w+)\\s*=\\s*[\\w.]+\\.getRepository\\(\\s*(${entity})\\s*\\)`, 'g')),
        ].map((m) => m[1]);
        return (
          writes.some((w) => w.test(body)) ||
          repoVars.some((v) => new RegExp(`\\b${v}\\.(save|insert|update|delete|remove|upsert)\\(`).test(body))
        );
      };
      // The repositories hold the SQL (docs/adr/0011-repositories.md): a service method writes when it calls a
      // repository method that writes; the refresh belongs to the service method (its transaction's last step).
      const repositoryWrites = new Set(
        files
          .filter((f) => f.endsWith('.repository.ts'))
          .flatMap((f) => methodsOf(readFileSync(f, 'utf8')))
          .filter((m) => writesIn(m.body))
          .map((m) => m.name),
      );
      for (const file of files) {
        if (file.endsWith('.repository.ts')) continue;
        const source = readFileSync(file, 'utf8');
        methodsOf(source).forEach((h) => {
          const body = h.body;
          const writesHere =
            writesIn(body) || [...body.matchAll(/this\.\w+\.(\w+)\(/g)].some((m) => repositoryWrites.has(m[1]));
          if (!writesHere) return;
          const key = `${relative(root, file)}#${h.name}`;
          found.push(key);
          if (
            !/exitPresence\.refresh|refreshExitPresence\(|this\.refreshExits\(/.test(body) &&
            !WRITES_WITHOUT_REFRESH[key]
          )
            missing.push(key);
        });
      }
      expect(missing).toEqual([]);
      // The scan sees the paths the tests above prove (a scan that found nothing would prove nothing).
      expect(new Set(found)).toEqual(
        new Set([
          'activities/work-situations.service.ts#recordMission',
          'activities/mission-hours.service.ts#correct',
          'activities/mission-hours.service.ts#confirm',
          'activities/mission-hours.service.ts#dispute',
          'activities/sessions.service.ts#create',
          'activities/sessions.service.ts#recordAttendance',
          'activities/sessions.service.ts#recordAttendanceLocked',
          'activities/training-groups.service.ts#createSeries',
          'activities/attendance-week.service.ts#recordLines',
          'activities/mission-days.service.ts#record',
          'activities/mission-days.service.ts#askHostAgain',
          'coaching/coaching.service.ts#setMissionCoach',
          'activities/admission.service.ts#recordContract',
          'funding/funders.service.ts#createFunder',
          'funding/funders.service.ts#updateFunder',
          'funding/funders.service.ts#createAgreement',
          'funding/funders.service.ts#updateAgreement',
          // Proved in imports/imports.int-spec.ts (« a later import of hours before an exit already recorded… »).
          'imports/imports.service.ts#write',
          'accounts/structures-admin.service.ts#create',
          'accounts/structures-admin.service.ts#update',
          'accounts/structures-admin.service.ts#setActive',
        ]),
      );
    });
  });
});
