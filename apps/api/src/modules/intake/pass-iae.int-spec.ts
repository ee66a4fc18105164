import {
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
  passEndDate,
  PassProlongationReason as Prolong,
  PassSuspensionReason as Suspend,
  Role,
  StructureKind,
  todayInParis,
} from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const PASS = `id number startDate endDate status statusLabel version
  suspensions { id startDate endDate reason reasonLabel } prolongations { id reason reasonLabel months requestedOn }`;
const RECORD = `mutation($input: RecordPassIaeInput!) { recordPassIae(input: $input) { ${PASS} } }`;
const SUSPEND = `mutation($input: SuspendPassIaeInput!) { suspendPassIae(input: $input) { ${PASS} } }`;
const PROLONG = `mutation($input: ProlongPassIaeInput!) { prolongPassIae(input: $input) { ${PASS} } }`;
const READ = `query($id: ID!) { person(id: $id) { passIae { ${PASS} } } }`;

describe('PASS IAE, suspensions and prolongations', () => {
  let t: TestApp;
  let ai: { id: string };
  let ei: { id: string };
  let other: { id: string };
  let aiUser: BuiltUser;
  let aiCounsellor: GraphqlClient;
  let eiCounsellor: GraphqlClient;
  let aiSupervisor: GraphqlClient;
  const today = todayInParis();

  const signedIn = async (role: Role, structureId: string) => {
    const user = await buildUser(t.db, { role, structureId });
    const c = t.client();
    await c.signIn(user.email, user.password);
    return { c, user };
  };
  /** Everything stored about a person's PASS: compared before and after a refusal. */
  const state = async (personId: string) => ({
    pass: await t.db.query(
      `SELECT number, start_date::text AS start, end_date::text AS end, version FROM pass_iae WHERE person_id = $1`,
      [personId],
    ),
    suspensions: await t.db.query(
      `SELECT s.start_date::text AS start, s.end_date::text AS end, s.reason FROM pass_suspension s JOIN pass_iae p ON p.id = s.pass_id
        WHERE p.person_id = $1 ORDER BY s.start_date`,
      [personId],
    ),
    prolongations: await t.db.query(
      `SELECT r.reason, r.months, r.requested_on::text AS requested_on FROM pass_prolongation r JOIN pass_iae p ON p.id = r.pass_id
        WHERE p.person_id = $1 ORDER BY r.created_at`,
      [personId],
    ),
  });
  const hire = (structureId: string, personId: string, startDate: string) =>
    t.db.query(
      `INSERT INTO employment_contract (structure_id, person_id, kind, start_date, weekly_minutes) VALUES ($1,$2,'CDDI',$3,1560)`,
      [structureId, personId, startDate],
    );

  beforeAll(async () => {
    t = await startTestApp();
    ai = await buildStructure(t.db, { kind: StructureKind.AI });
    ei = await buildStructure(t.db, { kind: StructureKind.EI });
    other = await buildStructure(t.db, { kind: StructureKind.AI });
    const a = await signedIn(Role.COUNSELLOR, ai.id);
    aiCounsellor = a.c;
    aiUser = a.user;
    eiCounsellor = (await signedIn(Role.COUNSELLOR, ei.id)).c;
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
        { number: '99999260001A', start, end: addDays(start, 729), version: 1 },
      ]);
      const [{ created_by_id }] = await t.db.query(`SELECT created_by_id FROM pass_iae WHERE person_id = $1`, [p.id]);
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

    it('refuses a second PASS for the same person, saying it exists', async () => {
      const p = await buildPerson(t.db, ai.id);
      const existing = await buildPassIae(t.db, ai.id, p.id, { startDate: '2026-01-15' });
      const before = await state(p.id);
      const e = await aiCounsellor.fail(RECORD, {
        input: { personId: p.id, number: '99999260004D', startDate: today },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(
        new RegExp(
          `déjà un PASS IAE \\(n° ${existing.number}, valable du 15/01/2026 au .*\\) : une personne n’a qu’un PASS IAE`,
        ),
      );
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

    it('corrects number and start with the version read; the end date keeps the suspensions; a stale version is a CONFLICT', async () => {
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
        endDate: addDays(start, 729 + 10),
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
    it('records the suspension and pushes the end date back by its length', async () => {
      const p = await buildPerson(t.db, ai.id);
      const start = addDays(today, -100);
      const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: start });
      await hire(ai.id, p.id, addDays(today, -90));
      const period = { startDate: addDays(today, -20), endDate: addDays(today, -11) };
      const { suspendPassIae } = await aiCounsellor.ok(SUSPEND, {
        input: { passId: pass.id, ...period, reason: Suspend.CONTRACT_SUSPENDED },
      });
      expect(suspendPassIae).toMatchObject({
        endDate: addDays(start, 729 + 10),
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
        pass: [{ end: addDays(start, 739), version: 2 }],
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
        'starting before the hire',
        ({ personId }) => hire(ai.id, personId, addDays(today, -15)),
        () => ({ startDate: addDays(today, -20), endDate: addDays(today, -1) }),
        'startDate',
        /avant l’embauche du/,
      ],
      [
        'before the 5th day after the hire',
        ({ personId }) => hire(ai.id, personId, addDays(today, -2)),
        () => ({ startDate: addDays(today, -1), endDate: addDays(today, 10) }),
        'startDate',
        /qu’à partir du 5e jour qui suit l’embauche/,
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

    it('refuses a suspension overlapping another one', async () => {
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
      expect(e.message).toMatch(/chevauche la suspension du/);
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
    it('records the prolongation (requested today) and extends the end date', async () => {
      const p = await buildPerson(t.db, ai.id);
      const start = addDays(today, -400);
      const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: start });
      const { prolongPassIae } = await aiCounsellor.ok(PROLONG, {
        input: { passId: pass.id, reason: Prolong.COMPLETE_TRAINING, months: 6 },
      });
      expect(prolongPassIae).toMatchObject({
        endDate: addMonths(addDays(start, 729), 6),
        version: 2,
        prolongations: [
          { reason: 'COMPLETE_TRAINING', reasonLabel: 'Fin d’une action de formation', months: 6, requestedOn: today },
        ],
      });
      expect(await state(p.id)).toMatchObject({
        pass: [{ end: addMonths(addDays(start, 729), 6), version: 2 }],
        prolongations: [{ reason: 'COMPLETE_TRAINING', months: 6, requested_on: today }],
      });
    });

    it('PARTICULAR_DIFFICULTIES is open to an AI', async () => {
      const p = await buildPerson(t.db, ai.id);
      const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: addDays(today, -400) });
      await aiCounsellor.ok(PROLONG, {
        input: { passId: pass.id, reason: Prolong.PARTICULAR_DIFFICULTIES, months: 12 },
      });
      expect((await state(p.id)).prolongations).toHaveLength(1);
    });

    it('refuses PARTICULAR_DIFFICULTIES in an EI, and writes nothing', async () => {
      const p = await buildPerson(t.db, ei.id);
      const pass = await buildPassIae(t.db, ei.id, p.id, { startDate: addDays(today, -400) });
      const before = await state(p.id);
      const e = await eiCounsellor.fail(PROLONG, {
        input: { passId: pass.id, reason: Prolong.PARTICULAR_DIFFICULTIES, months: 6 },
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
      [
        'longer than 12 months per request',
        -400,
        Prolong.COMPLETE_TRAINING,
        13,
        'months',
        /au plus 12 mois par demande : vous en demandez 13/,
      ],
      [
        'too early (more than 12 months before the end)',
        0,
        Prolong.COMPLETE_TRAINING,
        6,
        'passId',
        /Trop tôt pour demander une prolongation/,
      ],
      [
        'too late (more than 6 months after the end)',
        -1000,
        Prolong.COMPLETE_TRAINING,
        6,
        'passId',
        /Trop tard pour demander une prolongation/,
      ],
    ])('refuses a prolongation %s, and writes nothing', async (_label, startOffset, reason, months, field, message) => {
      const p = await buildPerson(t.db, ai.id);
      const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: addDays(today, startOffset) });
      const before = await state(p.id);
      const e = await aiCounsellor.fail(PROLONG, { input: { passId: pass.id, reason, months } });
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await state(p.id)).toEqual(before);
    });

    it('refuses beyond the cumulative cap of a reason', async () => {
      const p = await buildPerson(t.db, ai.id);
      const pass = await buildPassIae(t.db, ai.id, p.id, {
        startDate: addDays(today, -1100),
        prolongations: [
          { months: 12, reason: Prolong.RQTH },
          { months: 12, reason: Prolong.RQTH },
          { months: 10, reason: Prolong.RQTH },
        ],
      });
      const before = await state(p.id);
      const e = await aiCounsellor.fail(PROLONG, { input: { passId: pass.id, reason: Prolong.RQTH, months: 3 } });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'months', message: expect.stringMatching(/demandez 2 mois au plus \(1 mois de trop\)/) },
      ]);
      expect(await state(p.id)).toEqual(before);
    });
  });

  it('recomputes the end date from the start, every suspension and every prolongation', async () => {
    const p = await buildPerson(t.db, ai.id);
    const start = addDays(today, -500);
    const pass = await buildPassIae(t.db, ai.id, p.id, { startDate: start });
    await aiCounsellor.ok(PROLONG, { input: { passId: pass.id, reason: Prolong.COMPLETE_TRAINING, months: 3 } });
    const s1 = { startDate: addDays(today, -200), endDate: addDays(today, -181) };
    const s2 = { startDate: addDays(today, -50), endDate: addDays(today, -46) };
    await aiCounsellor.ok(SUSPEND, { input: { passId: pass.id, ...s1, reason: Suspend.CONTRACT_SUSPENDED } });
    const { suspendPassIae } = await aiCounsellor.ok(SUSPEND, {
      input: { passId: pass.id, ...s2, reason: Suspend.CONTRACT_SUSPENDED },
    });
    const expected = passEndDate(start, [s1, s2], [{ months: 3 }]);
    expect(suspendPassIae.endDate).toBe(expected);
    expect(expected).toBe(addMonths(addDays(start, 729 + 20 + 5), 3));
    expect(suspendPassIae.version).toBe(4);
    expect((await state(p.id)).pass[0].end).toBe(expected);
  });

  it('a technical supervisor cannot change a PASS (FORBIDDEN) but can read it', async () => {
    const p = await buildPerson(t.db, ai.id);
    const pass = await buildPassIae(t.db, ai.id, p.id, {
      startDate: addDays(today, -400),
      suspensions: [{ startDate: addDays(today, -30), endDate: addDays(today, -21) }],
      prolongations: [{ months: 2 }],
    });
    const before = await state(p.id);
    for (const [query, input] of [
      [RECORD, { personId: p.id, number: '99999260008H', startDate: today, version: 1 }],
      [
        SUSPEND,
        { passId: pass.id, startDate: addDays(today, -5), endDate: addDays(today, -1), reason: Suspend.CONTRACT_ENDED },
      ],
      [PROLONG, { passId: pass.id, reason: Prolong.COMPLETE_TRAINING, months: 1 }],
    ] as const)
      expect((await aiSupervisor.fail(query, { input })).extensions?.code).toBe('FORBIDDEN');
    expect(await state(p.id)).toEqual(before);
    const { person } = await aiSupervisor.ok(READ, { id: p.id });
    expect(person.passIae).toMatchObject({
      id: pass.id,
      endDate: pass.endDate,
      suspensions: [{ reason: 'CONTRACT_SUSPENDED' }],
      prolongations: [{ months: 2 }],
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
