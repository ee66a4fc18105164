import {
  buildAllocation,
  buildAttendance,
  buildCollectiveSession,
  buildExpense,
  buildFunder,
  buildFundingAgreement,
  buildMission,
  buildPartnerOrganisation,
  buildPerson,
  buildStaffTime,
  buildStructure,
  type GqlResponse,
  signedInAs,
  waitForLockWaiters,
} from '@tremplin/api-testing';
import { FundingSourceKind, Role, SessionKind } from '@tremplin/domain';
import { holdSourceRowLocked } from '../../testing/repositories/funding.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { SessionAttendanceEntity } from '../activities';
import { FundingAllocationEntity } from './funding.entities';

const AGREEMENT = `id reference allocations { id sourceKind sourceKindLabel sourceId quantity unit sourceDate sourceLabel personName }`;
const ALLOCATE = `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { ${AGREEMENT} } }`;
const REMOVE = `mutation($input: RemoveFundingAllocationInput!) { removeFundingAllocation(input: $input) { ${AGREEMENT} } }`;
const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`;

interface Conflict {
  sourceId: string;
  totalQuantity: number;
  allocatedQuantity: number;
  requestedQuantity: number;
  remainingQuantity: number;
}

describe('allocateFunding: the double-funding guard', () => {
  let t: TestApp;
  let s: { id: string };
  let other: { id: string };
  let host: { id: string };
  let director: Awaited<ReturnType<typeof signedInAs>>;
  let director2: Awaited<ReturnType<typeof signedInAs>>;
  let funderId: string;

  /** What all agreements fund of a source, read in the database. */
  const SOURCE_COLUMNS = {
    attendance_id: 'attendanceId',
    mission_id: 'missionId',
    staff_time_entry_id: 'staffTimeEntryId',
    expense_id: 'expenseId',
  } as const;
  const fundedOf = async (column: keyof typeof SOURCE_COLUMNS, id: string): Promise<number> =>
    (await t.db.getRepository(FundingAllocationEntity).sum('quantity', { [SOURCE_COLUMNS[column]]: id })) ?? 0;
  const rowsOf = async (column: keyof typeof SOURCE_COLUMNS, id: string) =>
    (
      await t.db
        .getRepository(FundingAllocationEntity)
        .find({ where: { [SOURCE_COLUMNS[column]]: id }, order: { agreementId: 'ASC' } })
    ).map((r) => ({ agreement_id: r.agreementId, quantity: r.quantity }));
  const agreement = (o: Parameters<typeof buildFundingAgreement>[3] = {}) =>
    buildFundingAgreement(t.db, s.id, funderId, o);
  const mission = async (minutes = 7 * 60, o: Parameters<typeof buildMission>[4] = {}) => {
    const p = await buildPerson(t.db, s.id, { firstName: 'Léa', lastName: 'Martin' });
    return buildMission(t.db, s.id, p.id, host.id, { minutes, startDate: '2026-03-02', endDate: '2026-03-06', ...o });
  };
  const allocate = (input: Record<string, unknown>) => ({ input });

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db);
    other = await buildStructure(t.db);
    host = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    director = await signedInAs(t, Role.DIRECTOR, s.id);
    director2 = await signedInAs(t, Role.DIRECTOR, s.id);
    funderId = (await buildFunder(t.db, s.id, { name: 'DDETS' })).id;
  });
  afterAll(() => t?.close());

  describe('two users allocating the same hour or euro at the same time: exactly one succeeds', () => {
    /**
     * Runs two allocations truly at once: on PostgreSQL, a third connection holds the source row locked until both
     * requests are waiting on it (pg_stat_activity), then lets them go; on the embedded database (one session),
     * Promise.all is as concurrent as it gets.
     */
    async function race(
      locked: { table: 'mission' | 'expense'; id: string } | null,
      calls: (() => Promise<GqlResponse<Record<string, unknown>>>)[],
    ): Promise<GqlResponse<Record<string, unknown>>[]> {
      if (t.database.kind !== 'postgres' || !locked) return Promise.all(calls.map((c) => c()));
      const blocker = await holdSourceRowLocked(t.database.url, locked.table, locked.id);
      try {
        const pending = Promise.all(calls.map((c) => c()));
        // Read outside the blocker's transaction: pg_stat_activity is a snapshot within one.
        await waitForLockWaiters(t.db, calls.length);
        await blocker.commit();
        return await pending;
      } finally {
        await blocker.end();
      }
    }
    const outcome = (responses: GqlResponse<Record<string, unknown>>[]) => ({
      ok: responses.filter((r) => !r.errors?.length).length,
      refused: responses.filter((r) => r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT').length,
    });

    it('an hour (a mission) asked 60 % by one agreement and 50 % by another, five rounds', async () => {
      const a = await agreement();
      const b = await agreement();
      for (let round = 0; round < 5; round++) {
        const m = await mission(7 * 60);
        const responses = await race({ table: 'mission', id: m.id }, [
          () =>
            director.request(
              ALLOCATE,
              allocate({ agreementId: a.id, sourceKind: 'MISSION', sourceIds: [m.id], sharePercent: 60 }),
            ),
          () =>
            director2.request(
              ALLOCATE,
              allocate({ agreementId: b.id, sourceKind: 'MISSION', sourceIds: [m.id], sharePercent: 50 }),
            ),
        ]);
        expect(outcome(responses)).toEqual({ ok: 1, refused: 1 });
        const funded = await fundedOf('mission_id', m.id);
        expect(funded).toBeLessThanOrEqual(420);
        expect([252, 210]).toContain(funded); // 60 % or 50 % of 7 h, never both
        const refusal = responses.find((r) => r.errors)!.errors![0];
        expect(refusal.extensions?.conflicts).toEqual([
          {
            sourceId: m.id,
            totalQuantity: 420,
            allocatedQuantity: funded,
            requestedQuantity: funded === 252 ? 210 : 252,
            remainingQuantity: 420 - funded,
          },
        ]);
      }
    });

    it('a euro (an expense) asked by two agreements by quantity, five rounds', async () => {
      const a = await agreement();
      const b = await agreement();
      for (let round = 0; round < 5; round++) {
        const e = await buildExpense(t.db, s.id, { amountCents: 100_000 });
        const responses = await race({ table: 'expense', id: e.id }, [
          () =>
            director.request(
              ALLOCATE,
              allocate({ agreementId: a.id, sourceKind: 'EXPENSE', sourceIds: [e.id], quantity: 60_000 }),
            ),
          () =>
            director2.request(
              ALLOCATE,
              allocate({ agreementId: b.id, sourceKind: 'EXPENSE', sourceIds: [e.id], quantity: 50_000 }),
            ),
        ]);
        expect(outcome(responses)).toEqual({ ok: 1, refused: 1 });
        const funded = await fundedOf('expense_id', e.id);
        expect([60_000, 50_000]).toContain(funded);
      }
    });

    it('many sources listed in opposite orders: one request wins, no deadlock, never beyond 100 %', async () => {
      const a = await agreement();
      const b = await agreement();
      for (let round = 0; round < 3; round++) {
        const sources = await Promise.all([mission(), mission(), mission(), mission()]);
        const ids = sources.map((m) => m.id);
        const responses = await Promise.all([
          director.request(
            ALLOCATE,
            allocate({ agreementId: a.id, sourceKind: 'MISSION', sourceIds: ids, sharePercent: 75 }),
          ),
          director2.request(
            ALLOCATE,
            allocate({ agreementId: b.id, sourceKind: 'MISSION', sourceIds: [...ids].reverse(), sharePercent: 75 }),
          ),
        ]);
        expect(outcome(responses)).toEqual({ ok: 1, refused: 1 });
        for (const id of ids) expect(await fundedOf('mission_id', id)).toBe(315);
      }
    });

    it('attendance lines allocated while their sheet is saved: the sheet and the allocation queue, no deadlock', async () => {
      const a = await agreement();
      const session = await buildCollectiveSession(t.db, s.id, { sessionDate: '2026-03-10', plannedMinutes: 420 });
      const persons = await Promise.all([1, 2, 3].map(() => buildPerson(t.db, s.id)));
      const lines = await Promise.all(persons.map((p) => buildAttendance(t.db, s.id, session.id, p.id)));
      const responses = await Promise.all([
        director.request(
          ALLOCATE,
          allocate({
            agreementId: a.id,
            sourceKind: 'TRAINING_ATTENDANCE',
            sourceIds: lines.map((l) => l.id),
            sharePercent: 100,
          }),
        ),
        director2.request(ATTEND, {
          input: {
            sessionId: session.id,
            entries: [...persons].reverse().map((p) => ({ personId: p.id, minutesAttended: 420 })),
          },
        }),
      ]);
      expect(responses.map((r) => r.errors)).toEqual([undefined, undefined]);
      for (const l of lines) expect(await fundedOf('attendance_id', l.id)).toBe(420);
    });
  });

  describe('what is allocated', () => {
    it('a share of several sources rounds each down; 100 % takes each whole; the agreement lists them', async () => {
      const a = await agreement({ reference: 'CONV-PARTS' });
      const m1 = await mission(421);
      const m2 = await mission(100);
      const { allocateFunding } = await director.ok(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'MISSION', sourceIds: [m1.id, m2.id], sharePercent: 33.33 }),
      );
      // 421 × 33,33 % = 140,3 → 140 ; 100 × 33,33 % = 33,33 → 33
      expect(await fundedOf('mission_id', m1.id)).toBe(140);
      expect(await fundedOf('mission_id', m2.id)).toBe(33);
      expect(allocateFunding.allocations).toHaveLength(2);
      expect(allocateFunding.allocations).toContainEqual({
        id: expect.any(String),
        sourceKind: 'MISSION',
        sourceKindLabel: 'Heures de mission',
        sourceId: m1.id,
        quantity: 140,
        unit: 'MINUTES',
        sourceDate: '2026-03-02',
        sourceLabel: 'Mission chez Rouen Habitat',
        personName: 'Léa Martin',
      });
      const b = await agreement();
      await director.ok(
        ALLOCATE,
        allocate({ agreementId: b.id, sourceKind: 'MISSION', sourceIds: [m1.id], sharePercent: 66.67 }),
      );
      // 421 × 66,67 % = 280,68 → 280 : 140 + 280 = 420 ≤ 421
      expect(await fundedOf('mission_id', m1.id)).toBe(420);
      await director.ok(
        ALLOCATE,
        allocate({ agreementId: b.id, sourceKind: 'MISSION', sourceIds: [m1.id], quantity: 1 }),
      );
      expect(await fundedOf('mission_id', m1.id)).toBe(421);
    });

    it('allocating again to the same agreement grows its one row per source', async () => {
      const a = await agreement();
      const e = await buildExpense(t.db, s.id, { amountCents: 10_000 });
      await director.ok(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'EXPENSE', sourceIds: [e.id], sharePercent: 25 }),
      );
      await director.ok(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'EXPENSE', sourceIds: [e.id], quantity: 5_000 }),
      );
      expect(await rowsOf('expense_id', e.id)).toEqual([{ agreement_id: a.id, quantity: 7_500 }]);
      const e2 = await director.fail(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'EXPENSE', sourceIds: [e.id], quantity: 2_501 }),
      );
      expect(e2.extensions?.conflicts).toEqual([
        {
          sourceId: e.id,
          totalQuantity: 10_000,
          allocatedQuantity: 7_500,
          requestedQuantity: 2_501,
          remainingQuantity: 2_500,
        },
      ]);
    });

    it('refuses the whole request when one source would exceed 100 %, naming the amounts per agreement', async () => {
      const a = await agreement({ reference: 'CONV-A' });
      const b = await agreement({ reference: 'CONV-B' });
      const c = await agreement({ reference: 'CONV-C' });
      const session = await buildCollectiveSession(t.db, s.id, {
        title: 'Entretien des parties communes',
        sessionDate: '2026-02-02',
        plannedMinutes: 420,
      });
      const p = await buildPerson(t.db, s.id, { firstName: 'Dominique', lastName: 'Martin' });
      const q = await buildPerson(t.db, s.id);
      const full = await buildAttendance(t.db, s.id, session.id, p.id, { minutesAttended: 420 });
      const free = await buildAttendance(t.db, s.id, session.id, q.id, { minutesAttended: 420 });
      await buildAllocation(t.db, s.id, a.id, FundingSourceKind.TRAINING_ATTENDANCE, full.id, 180);
      await buildAllocation(t.db, s.id, b.id, FundingSourceKind.TRAINING_ATTENDANCE, full.id, 120);
      const e = await director.fail(
        ALLOCATE,
        allocate({
          agreementId: c.id,
          sourceKind: 'TRAINING_ATTENDANCE',
          sourceIds: [free.id, full.id],
          quantity: 240,
        }),
      );
      expect(e.extensions?.fieldErrors).toEqual([{ field: 'quantity', message: expect.any(String) }]);
      const many = await director.fail(
        ALLOCATE,
        allocate({
          agreementId: c.id,
          sourceKind: 'TRAINING_ATTENDANCE',
          sourceIds: [free.id, full.id],
          sharePercent: 57.15,
        }),
      );
      // 420 × 57,15 % = 240,03 → 240 on each line: the free one could take it, the full one has 2 h left
      expect(many.extensions?.code).toBe('BAD_USER_INPUT');
      expect(many.message).toBe(
        'Imputation refusée : ces heures seraient financées à plus de 100 %. ' +
          'Formation « Entretien des parties communes » (AFPOLS) du 02/02/2026 (Dominique Martin) : 7 h, déjà financées 5 h ' +
          '(CONV-A 3 h, CONV-B 2 h) ; demandé 4 h, il reste 2 h.',
      );
      expect(many.extensions?.fieldErrors).toEqual([{ field: 'sharePercent', message: many.message }]);
      expect(many.extensions?.conflicts as Conflict[]).toEqual([
        {
          sourceId: full.id,
          totalQuantity: 420,
          allocatedQuantity: 300,
          requestedQuantity: 240,
          remainingQuantity: 120,
        },
      ]);
      expect(await fundedOf('attendance_id', free.id)).toBe(0); // all or nothing
      expect(await fundedOf('attendance_id', full.id)).toBe(300);
    });

    it('removeFundingAllocation frees the source; another structure’s allocation is NOT_FOUND', async () => {
      const a = await agreement();
      const m = await mission();
      const { allocateFunding } = await director.ok(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'MISSION', sourceIds: [m.id], sharePercent: 100 }),
      );
      const { removeFundingAllocation } = await director.ok(REMOVE, {
        input: { id: allocateFunding.allocations[0].id },
      });
      expect(removeFundingAllocation).toMatchObject({ id: a.id, allocations: [] });
      expect(await fundedOf('mission_id', m.id)).toBe(0);

      const f = await buildFunder(t.db, other.id);
      const foreign = await buildFundingAgreement(t.db, other.id, f.id);
      const exp = await buildExpense(t.db, other.id);
      const alloc = await buildAllocation(t.db, other.id, foreign.id, FundingSourceKind.EXPENSE, exp.id, 10);
      for (const id of [alloc.id, '0b7f6a5e-0000-4000-8000-00000000ffff', 'pas-un-id'])
        expect((await director.fail(REMOVE, { input: { id } })).extensions?.code).toBe('NOT_FOUND');
      expect(await fundedOf('expense_id', exp.id)).toBe(10);
    });
  });

  describe('what an agreement may fund', () => {
    it('refuses sources dated outside the agreement period, and a mission running past its end', async () => {
      const a = await agreement({ reference: 'CONV-T1', startDate: '2026-01-01', endDate: '2026-03-31' });
      const before = await buildExpense(t.db, s.id, { incurredOn: '2025-12-31', label: 'Facture décembre' });
      const inside = await buildExpense(t.db, s.id, { incurredOn: '2026-01-01' });
      const e = await director.fail(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'EXPENSE', sourceIds: [inside.id, before.id], sharePercent: 100 }),
      );
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'sourceIds',
          message:
            'La convention CONV-T1 couvre du 01/01/2026 au 31/03/2026 ; une source tombe en dehors : Facture décembre du 31/12/2025.',
        },
      ]);
      const across = await mission(420, { startDate: '2026-03-30', endDate: '2026-04-03' });
      const m = await director.fail(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'MISSION', sourceIds: [across.id], sharePercent: 100 }),
      );
      expect(m.extensions?.fieldErrors?.[0]).toMatchObject({
        field: 'sourceIds',
        message: expect.stringContaining('Mission chez Rouen Habitat du 30/03/2026 au 03/04/2026 (Léa Martin)'),
      });
      expect(await fundedOf('expense_id', inside.id)).toBe(0);
      expect(await fundedOf('mission_id', across.id)).toBe(0);
      await director.ok(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'EXPENSE', sourceIds: [inside.id], sharePercent: 100 }),
      );
    });

    it('refuses a kind the agreement does not fund, and a session that is not a training as attendance', async () => {
      const a = await agreement({ reference: 'CONV-OPCO', sourceKinds: [FundingSourceKind.TRAINING_ATTENDANCE] });
      const st = await buildStaffTime(t.db, s.id, director.userId);
      const e = await director.fail(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'STAFF_TIME', sourceIds: [st.id], sharePercent: 100 }),
      );
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'sourceKind',
          message:
            'La convention CONV-OPCO ne finance pas « Temps d’accompagnement » ; elle finance : Heures de formation suivies.',
        },
      ]);
      const workshop = await buildCollectiveSession(t.db, s.id, {
        kind: SessionKind.WORKSHOP,
        sessionDate: '2026-02-03',
      });
      const p = await buildPerson(t.db, s.id);
      const line = await buildAttendance(t.db, s.id, workshop.id, p.id);
      const w = await director.fail(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'TRAINING_ATTENDANCE', sourceIds: [line.id], sharePercent: 100 }),
      );
      expect(w.extensions?.code).toBe('NOT_FOUND');
      expect(await fundedOf('staff_time_entry_id', st.id)).toBe(0);
      expect(await fundedOf('attendance_id', line.id)).toBe(0);
    });

    const invalid: [string, Record<string, unknown>, string, RegExp][] = [
      ['neither share nor quantity', {}, 'sharePercent', /part à imputer/],
      ['both share and quantity', { sharePercent: 50, quantity: 10 }, 'sharePercent', /pas les deux/],
      ['a share of 0 %', { sharePercent: 0 }, 'sharePercent', /entre 0 et 100 %/],
      ['a share above 100 %', { sharePercent: 100.5 }, 'sharePercent', /entre 0 et 100 %/],
      ['a share with 3 decimals', { sharePercent: 12.345 }, 'sharePercent', /2 décimales/],
      ['a quantity of 0', { quantity: 0 }, 'quantity', /positive/],
      ['no source', { sourceIds: [], sharePercent: 50 }, 'sourceIds', /au moins une/],
      ['an unknown kind', { sourceKind: 'LOAN', sharePercent: 50 }, 'sourceKind', /type de source/],
    ];
    it.each(invalid)('refuses %s', async (_label, o, field, message) => {
      const a = await agreement();
      const e1 = await buildExpense(t.db, s.id);
      const e = await director.fail(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'EXPENSE', sourceIds: [e1.id], ...o }),
      );
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await fundedOf('expense_id', e1.id)).toBe(0);
    });

    it('a quantity goes to one source only', async () => {
      const a = await agreement();
      const [e1, e2] = [await buildExpense(t.db, s.id), await buildExpense(t.db, s.id)];
      const e = await director.fail(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'EXPENSE', sourceIds: [e1.id, e2.id], quantity: 10 }),
      );
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'quantity', message: expect.stringMatching(/une seule source ; pour 2 sources/) },
      ]);
    });

    it('another structure’s agreement or source is NOT_FOUND and nothing is written', async () => {
      const a = await agreement();
      const f = await buildFunder(t.db, other.id);
      const foreignAgreement = await buildFundingAgreement(t.db, other.id, f.id);
      const foreignExpense = await buildExpense(t.db, other.id);
      const own = await buildExpense(t.db, s.id);
      const cases = [
        { agreementId: foreignAgreement.id, sourceIds: [own.id] },
        { agreementId: a.id, sourceIds: [own.id, foreignExpense.id] },
        { agreementId: a.id, sourceIds: ['pas-un-id'] },
      ];
      for (const c of cases)
        expect(
          (await director.fail(ALLOCATE, allocate({ ...c, sourceKind: 'EXPENSE', sharePercent: 10 }))).extensions?.code,
        ).toBe('NOT_FOUND');
      expect(await fundedOf('expense_id', own.id)).toBe(0);
      expect(await fundedOf('expense_id', foreignExpense.id)).toBe(0);
    });
  });

  describe('the attendance sheet cannot drop below what is funded', () => {
    it('refuses to lower a line below its allocated minutes, naming the agreement, and changes nothing', async () => {
      const a = await agreement({ reference: 'OPCO-2026' });
      const session = await buildCollectiveSession(t.db, s.id, { sessionDate: '2026-04-07', plannedMinutes: 420 });
      const [p, q] = [await buildPerson(t.db, s.id), await buildPerson(t.db, s.id)];
      const lp = await buildAttendance(t.db, s.id, session.id, p.id, { minutesAttended: 420 });
      const lq = await buildAttendance(t.db, s.id, session.id, q.id, { minutesAttended: 420 });
      await director.ok(
        ALLOCATE,
        allocate({ agreementId: a.id, sourceKind: 'TRAINING_ATTENDANCE', sourceIds: [lp.id], quantity: 300 }),
      );
      const lines = async () =>
        (
          await t.db.getRepository(SessionAttendanceEntity).find({
            where: { sessionId: session.id },
            order: { minutesAttended: 'ASC', personId: 'ASC' },
          })
        ).map((r) => ({ person_id: r.personId, minutes_attended: r.minutesAttended, absence: r.absence }));
      const e = await director.fail(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [
            { personId: q.id, minutesAttended: 120, absence: 'JUSTIFIED' },
            { personId: p.id, minutesAttended: 240, absence: 'JUSTIFIED' },
          ],
        },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'entries.1.minutesAttended',
          message:
            'Ligne 2 : 4 h de présence, mais 5 h sont déjà financées (OPCO-2026 5 h). Saisissez au moins 5 h, ou retirez d’abord l’imputation de la convention OPCO-2026.',
        },
      ]);
      expect(await lines()).toEqual(
        [
          { person_id: p.id, minutes_attended: 420, absence: null },
          { person_id: q.id, minutes_attended: 420, absence: null },
        ].sort((x, y) => x.person_id.localeCompare(y.person_id)),
      );
      expect(await fundedOf('attendance_id', lq.id)).toBe(0);

      // Down to exactly what is funded is fine.
      await director.ok(ATTEND, {
        input: { sessionId: session.id, entries: [{ personId: p.id, minutesAttended: 300, absence: 'UNJUSTIFIED' }] },
      });
      expect((await lines()).find((l) => l.person_id === p.id)!.minutes_attended).toBe(300);
    });
  });
});
