import {
  buildDiagnosis,
  buildPassIae,
  buildPerson,
  buildStructure,
  buildUser,
  type BuiltUser,
  type GraphqlClient,
} from '@tremplin/api-testing';
import {
  addDays,
  addMonths,
  DiagnosisAuthor,
  passEndDate,
  PassProlongationReason as Prolong,
  PassSuspensionReason as Suspend,
  Role,
  StructureKind,
  todayInParis,
} from '@tremplin/domain';
import { passStateOf, suspendPassBehindApi } from '../../testing/repositories/intake.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { EmploymentContractEntity } from '../activities';
import { PassIaeEntity } from './pass-iae.entity';

const PASS = `id number startDate endDate officialEndDate computedEndDate waitingPeriodEndsOn status statusLabel version
  suspensions { id startDate endDate reason reasonLabel }
  prolongations { id reason reasonLabel startDate endDate days requestedOn }`;
const RECORD = `mutation($input: RecordPassIaeInput!) { recordPassIae(input: $input) { ${PASS} } }`;
const SUSPEND = `mutation($input: SuspendPassIaeInput!) { suspendPassIae(input: $input) { ${PASS} } }`;
const PROLONG = `mutation($input: ProlongPassIaeInput!) { prolongPassIae(input: $input) { ${PASS} } }`;
const READ = `query($id: ID!) { person(id: $id) { passIae { ${PASS} } } }`;

describe('PASS IAE, suspensions and prolongations', () => {
  let t: TestApp;
  let ai: { id: string };
  let ei: { id: string };
  let geiq: { id: string };
  let other: { id: string };
  let aiUser: BuiltUser;
  let aiCounsellor: GraphqlClient;
  let eiCounsellor: GraphqlClient;
  let geiqCounsellor: GraphqlClient;
  let aiSupervisor: GraphqlClient;
  const today = todayInParis();

  const signedIn = async (role: Role, structureId: string) => {
    const user = await buildUser(t.db, { role, structureId });
    const c = t.client();
    await c.signIn(user.email, user.password);
    return { c, user };
  };
  /** Everything stored about a person's PASS: compared before and after a refusal. */
  const state = (personId: string) => passStateOf(t.db, personId);
  const hire = (structureId: string, personId: string, startDate: string) =>
    t.db
      .getRepository(EmploymentContractEntity)
      .insert({ structureId, personId, kind: 'CDDI', startDate, weeklyMinutes: 1560 });

  beforeAll(async () => {
    t = await startTestApp();
    ai = await buildStructure(t.db, { kind: StructureKind.AI });
    ei = await buildStructure(t.db, { kind: StructureKind.EI });
    geiq = await buildStructure(t.db, { kind: StructureKind.GEIQ });
    other = await buildStructure(t.db, { kind: StructureKind.AI });
    const a = await signedIn(Role.COUNSELLOR, ai.id);
    aiCounsellor = a.c;
    aiUser = a.user;
    eiCounsellor = (await signedIn(Role.COUNSELLOR, ei.id)).c;
    geiqCounsellor = (await signedIn(Role.COUNSELLOR, geiq.id)).c;
    aiSupervisor = (await signedIn(Role.SUPERVISOR, ai.id)).c;
  });
  afterAll(() => t?.close());

  describe('recordPassIae', () => {
    it('records the PASS (number normalised), valid 730 days', async () => {
      const p = await buildPerson(t.db, ai.id);
      const start = addDays(today, -30);
      const { recordPassIae } = await aiCounsellor.ok(RECORD, {
        input: { personId: p.id, number: '99999 26 0001a', startDate: start },
      });
      expect(recordPassIae).toMatchObject({
        number: '99999260001A',
        startDate: start,
        endDate: addDays(start, 729),
        status: 'VALID',
        statusLabel: 'Valide',
        suspensions: [],
        prolongations: [],
        version: 1,
      });
      expect((await state(p.id)).pass).toEqual([
        { number: '99999260001A', start, end: addDays(start, 729), official: null, version: 1 },
      ]);
      const { createdById: created_by_id } = await t.db
        .getRepository(PassIaeEntity)
        .findOneByOrFail({ personId: p.id });
      expect(created_by_id).toBe(aiUser.id);
    });

    it('a PASS that has not started yet is FUTURE', async () => {
      const p = await buildPerson(t.db, ai.id);
      const { recordPassIae } = await aiCounsellor.ok(RECORD, {
        input: { personId: p.id, number: '99999260002B', startDate: addDays(today, 7) },
      });
      expect(recordPassIae).toMatchObject({ status: 'FUTURE', statusLabel: 'À venir' });
    });

    it.each([
      ['11 characters', '99999260001', /compte 12 caractères : vous en avez saisi 11 \(il en manque 1\)/],
      ['a forbidden character', '99999-260001', /ne contient que des chiffres et des lettres : retirez « - »/],
      ['nothing', '  ', /Saisissez le numéro de PASS IAE/],
    ])('refuses a number of %s, and writes nothing', async (_label, number, message) => {
      const p = await buildPerson(t.db, ai.id);
      const e = await aiCounsellor.fail(RECORD, { input: { personId: p.id, number, startDate: today } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field: 'number', message: expect.stringMatching(message) }]);
      expect((await state(p.id)).pass).toEqual([]);
    });

    it('refuses an impossible start date', async () => {
      const p = await buildPerson(t.db, ai.id);
      const e = await aiCounsellor.fail(RECORD, {
        input: { personId: p.id, number: '99999260003C', startDate: '2026-04-31' },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'startDate', message: expect.stringMatching(/n’existe pas/) },
      ]);
      expect((await state(p.id)).pass).toEqual([]);
    });

    it('refuses a second PASS while the first one is valid, saying it exists', async () => {
      const p = await buildPerson(t.db, ai.id);
      const existing = await buildPassIae(t.db, ai.id, p.id, { startDate: '2026-01-15' });
      const before = await state(p.id);
      const e = await aiCounsellor.fail(RECORD, {
        input: { personId: p.id, number: '99999260004D', startDate: today },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'number',
          message: expect.stringMatching(
            new RegExp(
              `déjà un PASS IAE valable jusqu’au .* \\(n° ${existing.number}\\) : un nouveau PASS IAE ne peut`,
            ),
          ),
        },
      ]);
      expect(await state(p.id)).toEqual(before);
    });

    it('refuses the number of another person’s PASS in the structure', async () => {
      const holder = await buildPerson(t.db, ai.id, { firstName: 'Yasmina', lastName: 'Titulaire' });
      const taken = await buildPassIae(t.db, ai.id, holder.id);
      const p = await buildPerson(t.db, ai.id);
      const e = await aiCounsellor.fail(RECORD, { input: { personId: p.id, number: taken.number, startDate: today } });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'number', message: expect.stringMatching(/déjà enregistré pour Yasmina Titulaire/) },
      ]);
      expect((await state(p.id)).pass).toEqual([]);
    });

    it('corrects number and start with the version read; the end date keeps the suspensions (end − start days each); a stale version is a CONFLICT', async () => {
      const p = await buildPerson(t.db, ai.id);
      const suspension = { startDate: addDays(today, -40), endDate: addDays(today, -31) };
      await buildPassIae(t.db, ai.id, p.id, { startDate: addDays(today, -60), suspensions: [suspension] });
      const start = addDays(today, -50);
      const { recordPassIae } = await aiCounsellor.ok(RECORD, {
        input: { personId: p.id, number: '99999260005E', startDate: start, version: 1 },
      });
      expect(recordPassIae).toMatchObject({
        number: '99999260005E',
        startDate: start,
        endDate: addDays(start, 729 + 9),
        version: 2,
      });
      expect(recordPassIae.endDate).toBe(passEndDate(start, [suspension], []));

      const before = await state(p.id);
      const e = await aiCounsellor.fail(RECORD, {
        input: { personId: p.id, number: '99999260006F', startDate: today, version: 1 },
      });
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(e.message).toMatch(/modifié par quelqu’un d’autre/);
      expect(await state(p.id)).toEqual(before);
    });

    it('another structure’s person is NOT_FOUND and nothing is written', async () => {
      const p = await buildPerson(t.db, other.id);
      const e = await aiCounsellor.fail(RECORD, {
        input: { personId: p.id, number: '99999260007G', startDate: today },
      });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect((await state(p.id)).pass).toEqual([]);
    });
  });

  describe('suspendPassIae', () => {
    it('records the suspension and pushes the end date back by end − start days (les emplois’ count)', async () => {
      const p = await buildPerson(t.db, ai.id);
      const start = addDays(today, -100);
      const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: start });
      await hire(ai.id, p.id, addDays(today, -90));
      const period = { startDate: addDays(today, -20), endDate: addDays(today, -11) };
      const { suspendPassIae } = await aiCounsellor.ok(SUSPEND, {
        input: { passId: pass.id, ...period, reason: Suspend.CONTRACT_SUSPENDED },
      });
      expect(suspendPassIae).toMatchObject({
        endDate: addDays(start, 729 + 9),
        status: 'VALID',
        version: 2,
        suspensions: [
          {
            ...period,
            reason: 'CONTRACT_SUSPENDED',
            reasonLabel: 'Contrat de travail suspendu depuis plus de 15 jours',
          },
        ],
      });
      expect(await state(p.id)).toMatchObject({
        pass: [{ end: addDays(start, 738), version: 2 }],
        suspensions: [{ start: period.startDate, end: period.endDate, reason: 'CONTRACT_SUSPENDED' }],
      });
    });

    it('a PASS suspended today is SUSPENDED', async () => {
      const p = await buildPerson(t.db, ai.id);
      const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: addDays(today, -100) });
      const { suspendPassIae } = await aiCounsellor.ok(SUSPEND, {
        input: {
          passId: pass.id,
          startDate: addDays(today, -3),
          endDate: addDays(today, 30),
          reason: Suspend.CONTRACT_BROKEN,
        },
      });
      expect(suspendPassIae).toMatchObject({ status: 'SUSPENDED', statusLabel: 'Suspendu' });
    });

    const refusals: [
      string,
      (ctx: { personId: string }) => Promise<unknown>,
      () => Record<string, string>,
      string,
      RegExp,
    ][] = [
      [
        'over 36 months',
        async () => undefined,
        () => ({ startDate: addDays(today, -10), endDate: addMonths(addDays(today, -10), 36) }),
        'endDate',
        /36 mois au plus, soit une fin au plus tard le .* Raccourcissez-la de 1 jour/,
      ],
      [
        'ending before it starts',
        async () => undefined,
        () => ({ startDate: addDays(today, -10), endDate: addDays(today, -11) }),
        'endDate',
        /précède son début/,
      ],
      [
        'starting in the future',
        async () => undefined,
        () => ({ startDate: addDays(today, 2), endDate: addDays(today, 20) }),
        'startDate',
        /ne peut pas commencer dans le futur/,
      ],
      [
        'starting before the latest hire (not only the first one)',
        async ({ personId }) => {
          await hire(ai.id, personId, addDays(today, -90));
          await hire(ai.id, personId, addDays(today, -15));
        },
        () => ({ startDate: addDays(today, -20), endDate: addDays(today, -1) }),
        'startDate',
        /au plus tôt le .* \(le premier jour de la dernière embauche\)/,
      ],
      [
        'starting before the end of an earlier suspension',
        ({ personId }) => suspendPassBehindApi(t.db, personId, addDays(today, -60), addDays(today, -8)),
        () => ({ startDate: addDays(today, -70), endDate: addDays(today, -65) }),
        'startDate',
        /au plus tôt le .* \(le lendemain de la fin de la suspension précédente\)/,
      ],
      [
        'of a PASS already suspended today',
        ({ personId }) => suspendPassBehindApi(t.db, personId, addDays(today, -2), addDays(today, 30)),
        () => ({ startDate: addDays(today, -40), endDate: addDays(today, -35) }),
        'passId',
        /est déjà suspendu du/,
      ],
      [
        'with a reason reserved to ACI and EI',
        async () => undefined,
        () => ({ reason: Suspend.BRIDGING_CONTRACT }),
        'reason',
        /réservé aux ateliers et chantiers d’insertion et aux entreprises d’insertion/,
      ],
      [
        'with an unknown reason',
        async () => undefined,
        () => ({ reason: 'VACANCES' }),
        'reason',
        /Motif de suspension inconnu/,
      ],
    ];
    it.each(refusals)(
      'refuses a suspension %s, and writes nothing',
      async (_label, arrange, change, field, message) => {
        const p = await buildPerson(t.db, ai.id);
        const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: addDays(today, -100) });
        await arrange({ personId: p.id });
        const before = await state(p.id);
        const input = {
          passId: pass.id,
          startDate: addDays(today, -10),
          endDate: addDays(today, -5),
          reason: Suspend.CONTRACT_ENDED,
          ...change(),
        };
        const e = await aiCounsellor.fail(SUSPEND, { input });
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
        expect(await state(p.id)).toEqual(before);
      },
    );

    it('refuses to suspend an expired PASS back to life, even with past dates, and writes nothing', async () => {
      const p = await buildPerson(t.db, ai.id);
      const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: addDays(today, -740) });
      expect(pass.endDate).toBe(addDays(today, -11));
      const before = await state(p.id);
      const e = await aiCounsellor.fail(SUSPEND, {
        input: {
          passId: pass.id,
          startDate: addDays(today, -20),
          endDate: addDays(today, 100),
          reason: Suspend.CONTRACT_ENDED,
        },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'passId',
          message: expect.stringMatching(/a pris fin le .* : un PASS IAE expiré ne peut pas être suspendu/),
        },
      ]);
      expect(await state(p.id)).toEqual(before);
    });

    it('refuses a suspension overlapping an earlier one (it starts before the day after its end)', async () => {
      const p = await buildPerson(t.db, ai.id);
      const pass = await buildPassIae(t.db, ai.id, p.id, {
        startDate: addDays(today, -100),
        suspensions: [{ startDate: addDays(today, -30), endDate: addDays(today, -20) }],
      });
      const before = await state(p.id);
      const e = await aiCounsellor.fail(SUSPEND, {
        input: {
          passId: pass.id,
          startDate: addDays(today, -25),
          endDate: addDays(today, -5),
          reason: Suspend.CONTRACT_ENDED,
        },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'startDate',
          message: expect.stringMatching(/au plus tôt le .* \(le lendemain de la fin de la suspension précédente\)/),
        },
      ]);
      expect(await state(p.id)).toEqual(before);
    });

    it('another structure’s PASS, or an unknown one, is NOT_FOUND and nothing is written', async () => {
      const p = await buildPerson(t.db, other.id);
      const pass = await buildPassIae(t.db, other.id, p.id, { startDate: addDays(today, -100) });
      const before = await state(p.id);
      const input = { startDate: addDays(today, -10), endDate: addDays(today, -5), reason: Suspend.CONTRACT_ENDED };
      for (const passId of [pass.id, '0b7f6a5e-0000-4000-8000-00000000ffff', 'pas-un-id']) {
        const e = await aiCounsellor.fail(SUSPEND, { input: { ...input, passId } });
        expect(e.extensions?.code).toBe('NOT_FOUND');
        expect(e.message).toBe('Ce PASS IAE est introuvable dans votre structure.');
      }
      expect(await state(p.id)).toEqual(before);
    });
  });

  describe('prolongPassIae', () => {
    it('records the prolongation to the day, from the current end, and moves the end by end − start days', async () => {
      const p = await buildPerson(t.db, ai.id);
      const start = addDays(today, -400);
      const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: start });
      const passEnd = addDays(start, 729);
      const endDate = addDays(passEnd, 100);
      const { prolongPassIae } = await aiCounsellor.ok(PROLONG, {
        input: { passId: pass.id, reason: Prolong.COMPLETE_TRAINING, endDate },
      });
      expect(prolongPassIae).toMatchObject({
        endDate,
        computedEndDate: endDate,
        officialEndDate: null,
        version: 2,
        prolongations: [
          {
            reason: 'COMPLETE_TRAINING',
            reasonLabel: 'Fin d’une action de formation',
            startDate: passEnd,
            endDate,
            days: 100,
            requestedOn: today,
          },
        ],
      });
      expect(await state(p.id)).toMatchObject({
        pass: [{ end: endDate, version: 2 }],
        prolongations: [{ reason: 'COMPLETE_TRAINING', start: passEnd, end: endDate, requested_on: today }],
      });
    });

    it('PARTICULAR_DIFFICULTIES is open to an AI, for 365 days', async () => {
      const p = await buildPerson(t.db, ai.id);
      const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: addDays(today, -400) });
      await aiCounsellor.ok(PROLONG, {
        input: { passId: pass.id, reason: Prolong.PARTICULAR_DIFFICULTIES, endDate: addDays(pass.endDate, 365) },
      });
      expect((await state(p.id)).prolongations).toHaveLength(1);
    });

    it('refuses PARTICULAR_DIFFICULTIES in an EI, and writes nothing', async () => {
      const p = await buildPerson(t.db, ei.id);
      const pass = await buildPassIae(t.db, ei.id, p.id, { startDate: addDays(today, -400) });
      const before = await state(p.id);
      const e = await eiCounsellor.fail(PROLONG, {
        input: { passId: pass.id, reason: Prolong.PARTICULAR_DIFFICULTIES, endDate: addDays(pass.endDate, 30) },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'reason',
          message: expect.stringMatching(/n’est pas ouvert à une entreprise d’insertion \(réservé aux AI et ACI\)/),
        },
      ]);
      expect(await state(p.id)).toEqual(before);
    });

    it.each([
      ['longer than 365 days per request', -400, 366, 'endDate', /au plus 365 jours par demande/],
      ['not after the current end', -400, 0, 'endDate', /choisissez une date de fin postérieure/],
      ['too early (more than 12 months before the end)', 0, 30, 'passId', /Trop tôt pour demander une prolongation/],
      ['too late (more than 6 months after the end)', -1000, 30, 'passId', /Trop tard pour demander une prolongation/],
    ])('refuses a prolongation %s, and writes nothing', async (_label, startOffset, days, field, message) => {
      const p = await buildPerson(t.db, ai.id);
      const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: addDays(today, startOffset) });
      const before = await state(p.id);
      const e = await aiCounsellor.fail(PROLONG, {
        input: { passId: pass.id, reason: Prolong.COMPLETE_TRAINING, endDate: addDays(pass.endDate, days) },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await state(p.id)).toEqual(before);
    });

    it('applies the cap of a reason to the prolongations of every reason together', async () => {
      const p = await buildPerson(t.db, ai.id);
      const s = addDays(today, -1729);
      const pass = await buildPassIae(t.db, ai.id, p.id, {
        startDate: s,
        prolongations: [
          { startDate: addDays(s, 729), endDate: addDays(s, 1094), reason: Prolong.COMPLETE_TRAINING },
          { startDate: addDays(s, 1094), endDate: addDays(s, 1459), reason: Prolong.RQTH },
          { startDate: addDays(s, 1459), endDate: addDays(s, 1759), reason: Prolong.SENIOR_CDI },
        ],
      });
      expect(pass.endDate).toBe(addDays(today, 30));
      const before = await state(p.id);
      // 365 + 365 + 300 = 1 030 days already: 65 days left under the RQTH cap of 1 095.
      const e = await aiCounsellor.fail(PROLONG, {
        input: { passId: pass.id, reason: Prolong.RQTH, endDate: addDays(pass.endDate, 66) },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'endDate',
          message: expect.stringMatching(
            /^1\u00a0030 jours de prolongation déjà accordés, tous motifs confondus, .* jusqu’au .* \(1 jour de trop\)\.$/,
          ),
        },
      ]);
      expect(await state(p.id)).toEqual(before);
      const { prolongPassIae } = await aiCounsellor.ok(PROLONG, {
        input: { passId: pass.id, reason: Prolong.RQTH, endDate: addDays(pass.endDate, 65) },
      });
      expect(prolongPassIae.prolongations.map((r: { days: number }) => r.days)).toEqual([365, 365, 300, 65]);
    });

    it('refuses to prolong a suspended PASS, and writes nothing', async () => {
      const p = await buildPerson(t.db, ai.id);
      const pass = await buildPassIae(t.db, ai.id, p.id, {
        startDate: addDays(today, -400),
        suspensions: [{ startDate: addDays(today, -5), endDate: addDays(today, 30) }],
      });
      const before = await state(p.id);
      const e = await aiCounsellor.fail(PROLONG, {
        input: { passId: pass.id, reason: Prolong.COMPLETE_TRAINING, endDate: addDays(pass.endDate, 30) },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'passId', message: expect.stringMatching(/un PASS IAE suspendu ne peut pas être prolongé/) },
      ]);
      expect(await state(p.id)).toEqual(before);
    });
  });

  it('recomputes the end date from the start, every suspension and every prolongation', async () => {
    const p = await buildPerson(t.db, ai.id);
    const start = addDays(today, -500);
    const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: start });
    const prolongation = { startDate: addDays(start, 729), endDate: addDays(start, 819) };
    await aiCounsellor.ok(PROLONG, {
      input: { passId: pass.id, reason: Prolong.COMPLETE_TRAINING, endDate: prolongation.endDate },
    });
    const s1 = { startDate: addDays(today, -200), endDate: addDays(today, -181) };
    const s2 = { startDate: addDays(today, -50), endDate: addDays(today, -46) };
    await aiCounsellor.ok(SUSPEND, { input: { passId: pass.id, ...s1, reason: Suspend.CONTRACT_SUSPENDED } });
    const { suspendPassIae } = await aiCounsellor.ok(SUSPEND, {
      input: { passId: pass.id, ...s2, reason: Suspend.CONTRACT_SUSPENDED },
    });
    const expected = passEndDate(start, [s1, s2], [prolongation]);
    expect(suspendPassIae.endDate).toBe(expected);
    expect(expected).toBe(addDays(start, 729 + 90 + 19 + 4));
    expect(suspendPassIae.version).toBe(4);
    expect((await state(p.id)).pass[0].end).toBe(expected);
  });

  describe('official end date (shown on les emplois de l’inclusion)', () => {
    it('wins over the computed one, which stays visible; moves with a suspension; can be removed', async () => {
      const p = await buildPerson(t.db, ai.id);
      const start = addDays(today, -100);
      const official = addDays(today, 650);
      const { recordPassIae } = await aiCounsellor.ok(RECORD, {
        input: { personId: p.id, number: '99999260011A', startDate: start, officialEndDate: official },
      });
      expect(recordPassIae).toMatchObject({
        endDate: official,
        officialEndDate: official,
        computedEndDate: addDays(start, 729),
        waitingPeriodEndsOn: addMonths(official, 24),
      });
      const period = { startDate: addDays(today, -20), endDate: addDays(today, -11) };
      const { suspendPassIae } = await aiCounsellor.ok(SUSPEND, {
        input: { passId: recordPassIae.id, ...period, reason: Suspend.CONTRACT_SUSPENDED },
      });
      expect(suspendPassIae).toMatchObject({
        endDate: addDays(official, 9),
        officialEndDate: addDays(official, 9),
        computedEndDate: addDays(start, 729 + 9),
      });
      // A correction that does not mention it keeps it.
      const { recordPassIae: kept } = await aiCounsellor.ok(RECORD, {
        input: { personId: p.id, number: '99999260011B', startDate: start, version: suspendPassIae.version },
      });
      expect(kept).toMatchObject({ number: '99999260011B', officialEndDate: addDays(official, 9) });
      const { recordPassIae: removed } = await aiCounsellor.ok(RECORD, {
        input: {
          personId: p.id,
          number: '99999260011B',
          startDate: start,
          officialEndDate: null,
          version: kept.version,
        },
      });
      expect(removed).toMatchObject({ endDate: addDays(start, 729 + 9), officialEndDate: null });
      expect((await state(p.id)).pass).toEqual([
        { number: '99999260011B', start, end: addDays(start, 738), official: null, version: 4 },
      ]);
    });

    it('keeps a PASS valid past its computed end when the platform says so: it can then be suspended', async () => {
      const p = await buildPerson(t.db, ai.id);
      const pass = await buildPassIae(t.db, ai.id, p.id, {
        startDate: addDays(today, -740),
        officialEndDate: addDays(today, 30),
      });
      const { suspendPassIae } = await aiCounsellor.ok(SUSPEND, {
        input: {
          passId: pass.id,
          startDate: addDays(today, -3),
          endDate: addDays(today, 10),
          reason: Suspend.CONTRACT_BROKEN,
        },
      });
      expect(suspendPassIae).toMatchObject({ status: 'SUSPENDED', endDate: addDays(today, 43) });
    });

    it.each([
      ['on the start day', (start: string) => start, /doit suivre le début du PASS IAE/],
      ['that does not exist', () => '2027-02-30', /n’existe pas/],
    ])('refuses an official end date %s, and writes nothing', async (_label, official, message) => {
      const p = await buildPerson(t.db, ai.id);
      const start = addDays(today, -10);
      const e = await aiCounsellor.fail(RECORD, {
        input: { personId: p.id, number: '99999260012C', startDate: start, officialEndDate: official(start) },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'officialEndDate', message: expect.stringMatching(message) },
      ]);
      expect((await state(p.id)).pass).toEqual([]);
    });
  });

  describe('a new PASS after the previous one (waiting period)', () => {
    const previousOf = (structureId: string, personId: string) =>
      buildPassIae(t.db, structureId, personId, {
        startDate: addDays(today, -740),
        suspensions: [{ startDate: addDays(today, -400), endDate: addDays(today, -398) }],
      });

    it('is refused in a SIAE during the 2 years after the previous end, and nothing is written', async () => {
      const p = await buildPerson(t.db, ai.id);
      await previousOf(ai.id, p.id);
      await buildDiagnosis(t.db, ai.id, p.id, { author: DiagnosisAuthor.EMPLOYER, diagnosedOn: addDays(today, -5) });
      const before = await state(p.id);
      const e = await aiCounsellor.fail(RECORD, {
        input: { personId: p.id, number: '99999260021A', startDate: today },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'number',
          message: expect.stringMatching(
            /^Le PASS IAE précédent a pris fin le .* : la période de carence dure jusqu’au .* diagnostic d’un prescripteur habilité en cours de validité/,
          ),
        },
      ]);
      expect(await state(p.id)).toEqual(before);
    });

    it('is lifted by a valid diagnosis of an authorised prescriber; the previous PASS and its suspensions are kept', async () => {
      const p = await buildPerson(t.db, ai.id);
      const previous = await previousOf(ai.id, p.id);
      await buildDiagnosis(t.db, ai.id, p.id, { author: DiagnosisAuthor.PRESCRIBER, diagnosedOn: addDays(today, -5) });
      const { recordPassIae } = await aiCounsellor.ok(RECORD, {
        input: { personId: p.id, number: '99999260022B', startDate: today },
      });
      expect(recordPassIae).toMatchObject({ number: '99999260022B', startDate: today, endDate: addDays(today, 729) });
      const stored = await state(p.id);
      expect(stored.pass.map((r: { number: string }) => r.number)).toEqual([previous.number, '99999260022B']);
      expect(stored.suspensions).toHaveLength(1);
      const { person } = await aiCounsellor.ok(READ, { id: p.id });
      expect(person.passIae).toMatchObject({ id: recordPassIae.id, status: 'VALID', suspensions: [] });
    });

    it('does not bind a GEIQ', async () => {
      const p = await buildPerson(t.db, geiq.id);
      await previousOf(geiq.id, p.id);
      await geiqCounsellor.ok(RECORD, { input: { personId: p.id, number: '99999260023C', startDate: today } });
      expect((await state(p.id)).pass).toHaveLength(2);
    });
  });

  it('a technical supervisor cannot change a PASS (FORBIDDEN) but can read it', async () => {
    const p = await buildPerson(t.db, ai.id);
    const pass = await buildPassIae(t.db, ai.id, p.id, {
      startDate: addDays(today, -400),
      suspensions: [{ startDate: addDays(today, -30), endDate: addDays(today, -21) }],
      prolongations: [{ startDate: addDays(today, 338), endDate: addDays(today, 400) }],
    });
    const before = await state(p.id);
    for (const [query, input] of [
      [RECORD, { personId: p.id, number: '99999260008H', startDate: today, version: 1 }],
      [
        SUSPEND,
        { passId: pass.id, startDate: addDays(today, -5), endDate: addDays(today, -1), reason: Suspend.CONTRACT_ENDED },
      ],
      [PROLONG, { passId: pass.id, reason: Prolong.COMPLETE_TRAINING, endDate: addDays(today, 420) }],
    ] as const)
      expect((await aiSupervisor.fail(query, { input })).extensions?.code).toBe('FORBIDDEN');
    expect(await state(p.id)).toEqual(before);
    const { person } = await aiSupervisor.ok(READ, { id: p.id });
    expect(person.passIae).toMatchObject({
      id: pass.id,
      endDate: pass.endDate,
      suspensions: [{ reason: 'CONTRACT_SUSPENDED' }],
      prolongations: [{ days: 62, endDate: addDays(today, 400) }],
    });
  });

  it('a person without PASS has none; another structure’s PASS is not reachable', async () => {
    const p = await buildPerson(t.db, ai.id);
    expect((await aiCounsellor.ok(READ, { id: p.id })).person.passIae).toBeNull();
    const q = await buildPerson(t.db, other.id);
    await buildPassIae(t.db, other.id, q.id);
    expect((await aiCounsellor.fail(READ, { id: q.id })).extensions?.code).toBe('NOT_FOUND');
  });
});
