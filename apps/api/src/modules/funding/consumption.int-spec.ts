import {
  buildAllocation,
  buildAttendance,
  buildCollectiveSession,
  buildExpense,
  buildFseParticipant,
  buildFunder,
  buildFundingAgreement,
  buildMission,
  buildPartnerOrganisation,
  buildPerson,
  buildStaffTime,
  buildStructure,
  signedInAs,
} from '@tremplin/api-testing';
import { AbsenceKind, FunderKind, FundingSourceKind, Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const CONSUMPTION = `consumption { allocatedMinutes chargedCents fundedCents grantedCents remainingCents consumedPercent }`;
const ALLOCATE = `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id ${CONSUMPTION} } }`;
const READ = `query($id: ID!) { fundingAgreement(id: $id) { id reference amountGrantedCents ${CONSUMPTION} } }`;

describe('consumption of an agreement, to the cent', () => {
  let t: TestApp;
  let s: { id: string };
  let director: Awaited<ReturnType<typeof signedInAs>>;

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db);
    director = await signedInAs(t, Role.DIRECTOR, s.id);
  });
  afterAll(() => t?.close());

  it('adds training and mission hours at the agreement rate, staff time at its cost, expenses, × 60 %', async () => {
    const funder = await buildFunder(t.db, s.id, { kind: FunderKind.FSE_PLUS, name: 'FSE+ Normandie' });
    // 12,50 €/h, 60 % co-financing, 5 000,00 € granted.
    const agreement = await buildFundingAgreement(t.db, s.id, funder.id, {
      reference: 'FSE-2026-ROUEN',
      hourlyRateCents: 1_250,
      coFinancingRateBp: 6_000,
      amountGrantedCents: 500_000,
    });
    const host = await buildPartnerOrganisation(t.db);
    const [p1, p2, p3] = [await buildPerson(t.db, s.id), await buildPerson(t.db, s.id), await buildPerson(t.db, s.id)];
    const session = await buildCollectiveSession(t.db, s.id, { sessionDate: '2026-03-10', plannedMinutes: 420 });
    const l1 = await buildAttendance(t.db, s.id, session.id, p1.id, { minutesAttended: 420 });
    const l2 = await buildAttendance(t.db, s.id, session.id, p2.id, {
      minutesAttended: 385,
      absence: AbsenceKind.JUSTIFIED,
    });
    const l3 = await buildAttendance(t.db, s.id, session.id, p3.id, { minutesAttended: 420 });
    const mission = await buildMission(t.db, s.id, p1.id, host.id, {
      startDate: '2026-04-06',
      endDate: '2026-04-10',
      minutes: 2_100,
    });
    const staffA = await buildStaffTime(t.db, s.id, director.userId, { minutes: 90, hourlyCostCents: 3_417 });
    const staffB = await buildStaffTime(t.db, s.id, director.userId, { minutes: 45, hourlyCostCents: 2_999 });
    const expense = await buildExpense(t.db, s.id, { amountCents: 123_450 });

    const allocate = (sourceKind: string, sourceIds: string[], share: { sharePercent?: number; quantity?: number }) =>
      director.ok(ALLOCATE, { input: { agreementId: agreement.id, sourceKind, sourceIds, ...share } });
    // Training: L1 and L2 whole (420 + 385), L3 at 33,33 % → floor(420 × 0,3333) = floor(139,986) = 139.
    await allocate('TRAINING_ATTENDANCE', [l1.id, l2.id], { sharePercent: 100 });
    await allocate('TRAINING_ATTENDANCE', [l3.id], { sharePercent: 33.33 });
    // Mission: 35 h at 50 % → 1 050 min.
    await allocate('MISSION', [mission.id], { sharePercent: 50 });
    // Staff time: A whole (90 min), B 25 min of its 45.
    await allocate('STAFF_TIME', [staffA.id], { sharePercent: 100 });
    await allocate('STAFF_TIME', [staffB.id], { quantity: 25 });
    // Expense: 60 % of 1 234,50 € → floor(74 070) = 74 070 cents.
    const { allocateFunding } = await allocate('EXPENSE', [expense.id], { sharePercent: 60 });

    // allocatedMinutes = training 944 (420 + 385 + 139) + mission 1 050 + staff 115 (90 + 25) = 2 109
    // training  944 min × 1 250 / 60 = 19 666,67 → 19 667 (rounded once for the kind)
    // mission 1 050 min × 1 250 / 60 = 21 875 exactly
    // staff A    90 min × 3 417 / 60 =  5 125,5  →  5 126 (rounded per allocation)
    // staff B    25 min × 2 999 / 60 =  1 249,58 →  1 250   (rounding the sum instead would give 6 375, not 6 376)
    // expense                                      74 070
    // charged = 19 667 + 21 875 + 5 126 + 1 250 + 74 070 = 121 988
    // funded  = 121 988 × 6 000 / 10 000 = 73 192,8 → 73 193
    // remaining = 500 000 − 73 193 = 426 807 ; consumed = floor(73 193 × 100 / 500 000) = floor(14,64) = 14 %
    const expected = {
      allocatedMinutes: 2_109,
      chargedCents: 121_988,
      fundedCents: 73_193,
      grantedCents: 500_000,
      remainingCents: 426_807,
      consumedPercent: 14,
    };
    expect(allocateFunding.consumption).toEqual(expected);
    expect((await director.ok(READ, { id: agreement.id })).fundingAgreement.consumption).toEqual(expected);
  });

  it('counts hours without a rate as hours only; nothing allocated is all zeros; amounts beyond 2^31 cents stay exact', async () => {
    const funder = await buildFunder(t.db, s.id);
    const hoursOnly = await buildFundingAgreement(t.db, s.id, funder.id, {
      hourlyRateCents: null,
      amountGrantedCents: 4_000_000_000_00, // 4 milliards d’euros
      coFinancingRateBp: 8_500,
    });
    const p = await buildPerson(t.db, s.id);
    const session = await buildCollectiveSession(t.db, s.id, { sessionDate: '2026-05-05', plannedMinutes: 420 });
    const line = await buildAttendance(t.db, s.id, session.id, p.id);
    await buildAllocation(t.db, s.id, hoursOnly.id, FundingSourceKind.TRAINING_ATTENDANCE, line.id, 420);
    const big = await buildExpense(t.db, s.id, { amountCents: 2_000_000_001 });
    await buildAllocation(t.db, s.id, hoursOnly.id, FundingSourceKind.EXPENSE, big.id, 2_000_000_001);
    const { fundingAgreement } = await director.ok(READ, { id: hoursOnly.id });
    // charged = 2 000 000 001 ; funded = × 85 % = 1 700 000 000,85 → 1 700 000 001
    expect(fundingAgreement).toMatchObject({
      amountGrantedCents: 400_000_000_000,
      consumption: {
        allocatedMinutes: 420,
        chargedCents: 2_000_000_001,
        fundedCents: 1_700_000_001,
        grantedCents: 400_000_000_000,
        remainingCents: 398_299_999_999,
        consumedPercent: 0,
      },
    });
    const empty = await buildFundingAgreement(t.db, s.id, funder.id, { amountGrantedCents: 0 });
    expect((await director.ok(READ, { id: empty.id })).fundingAgreement.consumption).toEqual({
      allocatedMinutes: 0,
      chargedCents: 0,
      fundedCents: 0,
      grantedCents: 0,
      remainingCents: 0,
      consumedPercent: 0,
    });
  });
});

describe('the agreements list: SQL statements do not grow with the number of agreements', () => {
  let t: TestApp;

  const LIST = `{ fundingAgreements { id reference funder { name agreements { id } } ${CONSUMPTION}
    allocations { sourceKind sourceDate sourceLabel personName quantity }
    participants { personName missing complete situations } } }`;

  /** A structure with `n` agreements, each funding one source of every kind and with one FSE+ participant. */
  async function structureWith(n: number) {
    const s = await buildStructure(t.db);
    const director = await signedInAs(t, Role.DIRECTOR, s.id);
    const host = await buildPartnerOrganisation(t.db);
    for (let i = 0; i < n; i++) {
      const funder = await buildFunder(t.db, s.id, { kind: FunderKind.FSE_PLUS });
      const a = await buildFundingAgreement(t.db, s.id, funder.id, { hourlyRateCents: 915, coFinancingRateBp: 5_000 });
      const p = await buildPerson(t.db, s.id);
      const session = await buildCollectiveSession(t.db, s.id, { sessionDate: '2026-02-02' });
      const line = await buildAttendance(t.db, s.id, session.id, p.id);
      const mission = await buildMission(t.db, s.id, p.id, host.id);
      const staff = await buildStaffTime(t.db, s.id, director.userId, { personId: p.id });
      const expense = await buildExpense(t.db, s.id);
      await buildAllocation(t.db, s.id, a.id, FundingSourceKind.TRAINING_ATTENDANCE, line.id, 420);
      await buildAllocation(t.db, s.id, a.id, FundingSourceKind.MISSION, mission.id, 600);
      await buildAllocation(t.db, s.id, a.id, FundingSourceKind.STAFF_TIME, staff.id, 60);
      await buildAllocation(t.db, s.id, a.id, FundingSourceKind.EXPENSE, expense.id, 5_000);
      await buildFseParticipant(t.db, s.id, a.id, p.id);
    }
    return director;
  }

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('2 agreements and 15 agreements cost the same number of statements', async () => {
    const statements = async (n: number) => {
      const director = await structureWith(n);
      await director.ok(`{ me { id } }`);
      const {
        result: { fundingAgreements },
        statements: count,
      } = await t.statementsOf(() => director.ok(LIST));
      expect(fundingAgreements).toHaveLength(n);
      for (const a of fundingAgreements) {
        expect(a.consumption.allocatedMinutes).toBe(420 + 600 + 60);
        // training 420 × 915 / 60 = 6 405 ; mission 600 × 915 / 60 = 9 150 ; staff 60 × 3 000 / 60 = 3 000 ; 5 000
        expect(a.consumption.chargedCents).toBe(6_405 + 9_150 + 3_000 + 5_000);
        expect(a.consumption.fundedCents).toBe(11_778); // 23 555 × 50 % = 11 777,5 → 11 778
        expect(a.allocations).toHaveLength(4);
        expect(a.allocations.every((x: { sourceLabel: string }) => x.sourceLabel.length > 0)).toBe(true);
        expect(a.participants).toHaveLength(1);
        expect(a.funder.agreements).toHaveLength(1);
      }
      return count;
    };
    const small = await statements(2);
    const large = await statements(15);
    // session + agreements + funders + funders' agreements + consumption + allocations + participants
    // + one statement per source kind for the allocations' labels
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(13);
  });
});
