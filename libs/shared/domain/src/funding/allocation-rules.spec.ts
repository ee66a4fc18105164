import {
  agreementConsumption,
  allocationConflictMessage,
  allocationConflicts,
  applyRateBp,
  formatAllocationBreakdown,
  formatQuantity,
  minutesCostCents,
  quantityForShare,
  type RequestedSource,
  shareBasisPoints,
} from './allocation-rules';
import { FundingSourceKind } from './funding-catalogues';

describe('share of a source', () => {
  it.each([
    [100, 10_000],
    [50, 5_000],
    [37.5, 3_750],
    [33.33, 3_333],
    [0.01, 1],
    [12.34, 1_234],
  ])('%p %% → %p basis points', (percent, bp) => expect(shareBasisPoints(percent)).toBe(bp));

  it.each([[0], [-5], [100.01], [101], [33.333], [0.001], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'refuses %p %%',
    (percent) => expect(shareBasisPoints(percent)).toBeNull(),
  );

  it('rounds the quantity down, and 100 % is the whole source', () => {
    expect(quantityForShare(420, 10_000)).toBe(420);
    expect(quantityForShare(421, 5_000)).toBe(210); // 210,5 → 210
    expect(quantityForShare(100, 3_333)).toBe(33); // 33,33 → 33
    expect(quantityForShare(1, 9_999)).toBe(0);
    expect(quantityForShare(184_000, 6_000)).toBe(110_400);
    // three thirds never exceed the whole
    expect(3 * quantityForShare(100, 3_333)).toBeLessThanOrEqual(100);
  });
});

describe('the double-funding guard', () => {
  const source = (o: Partial<RequestedSource> = {}): RequestedSource => ({
    sourceId: 's1',
    label: 'Formation Entretien des parties communes du 02/02/2026 (Dominique Martin)',
    totalQuantity: 420,
    allocations: [
      { agreementId: 'a', agreementReference: 'CONV-A', quantity: 180 },
      { agreementId: 'b', agreementReference: 'CONV-B', quantity: 120 },
    ],
    requestedQuantity: 120,
    ...o,
  });

  it('lets a source be funded up to exactly 100 %', () => {
    expect(allocationConflicts([source()])).toEqual([]);
  });

  it('refuses one minute or one cent more, with the figures', () => {
    expect(allocationConflicts([source({ requestedQuantity: 121 }), source({ sourceId: 's2' })])).toEqual([
      { sourceId: 's1', totalQuantity: 420, allocatedQuantity: 300, requestedQuantity: 121, remainingQuantity: 120 },
    ]);
    expect(allocationConflicts([source({ totalQuantity: 1_000, allocations: [], requestedQuantity: 1_001 })])).toEqual([
      {
        sourceId: 's1',
        totalQuantity: 1_000,
        allocatedQuantity: 0,
        requestedQuantity: 1_001,
        remainingQuantity: 1_000,
      },
    ]);
  });

  it('says, per source, the total, who funds what, the request and what remains (hours)', () => {
    const msg = allocationConflictMessage(FundingSourceKind.TRAINING_ATTENDANCE, [
      source({ requestedQuantity: 240, allocations: [...source().allocations].reverse() }),
      source({ sourceId: 'ok', label: 'Pas en conflit', requestedQuantity: 10 }),
    ]);
    expect(msg).toBe(
      'Imputation refusée : ces heures seraient financées à plus de 100 %. ' +
        'Formation Entretien des parties communes du 02/02/2026 (Dominique Martin) : 7 h, déjà financées 5 h ' +
        '(CONV-A 3 h, CONV-B 2 h) ; demandé 4 h, il reste 2 h.',
    );
  });

  it('writes money in euros, and says nothing is funded yet without a breakdown', () => {
    const msg = allocationConflictMessage(FundingSourceKind.EXPENSE, [
      {
        sourceId: 'e',
        label: 'Tenues de travail du 03/03/2026',
        totalQuantity: 123_450,
        allocations: [{ agreementId: 'a', agreementReference: 'FSE-2026', quantity: 100_000 }],
        requestedQuantity: 50_000,
      },
      { sourceId: 'f', label: 'Salle', totalQuantity: 500, allocations: [], requestedQuantity: 501 },
    ]);
    expect(msg).toBe(
      'Imputation refusée : ces dépenses seraient financées à plus de 100 %. ' +
        'Tenues de travail du 03/03/2026 : 1\u00a0234,50 €, déjà financés 1\u00a0000,00 € (FSE-2026 1\u00a0000,00 €) ; ' +
        'demandé 500,00 €, il reste 234,50 €. Salle : 5,00 €, déjà financés 0,00 € ; demandé 5,01 €, il reste 5,00 €.',
    );
  });

  it('spells out ten conflicting sources at most and counts the others', () => {
    const many = Array.from({ length: 13 }, (_, i) =>
      source({ sourceId: `s${i}`, label: `Source ${i}`, requestedQuantity: 200 }),
    );
    const msg = allocationConflictMessage(FundingSourceKind.MISSION, many);
    expect(msg).toContain('Source 9 :');
    expect(msg).not.toContain('Source 10 :');
    expect(msg).toMatch(/Et 3 autres sources en dépassement\.$/);
    expect(allocationConflicts(many)).toHaveLength(13);
  });

  it('formats quantities and breakdowns in the source unit', () => {
    expect(formatQuantity('MINUTES', 450)).toBe('7 h 30');
    expect(formatQuantity('CENTS', 123_450)).toBe('1\u00a0234,50 €');
    expect(
      formatAllocationBreakdown('MINUTES', [
        { agreementId: 'b', agreementReference: 'CONV-B', quantity: 30 },
        { agreementId: 'a', agreementReference: 'CONV-A', quantity: 90 },
      ]),
    ).toBe('CONV-A 1 h 30, CONV-B 0 h 30');
  });
});

describe('consumption of an agreement', () => {
  it('rounds half-up to the cent', () => {
    expect(minutesCostCents(60, 915)).toBe(915);
    expect(minutesCostCents(1, 915)).toBe(15); // 15,25 → 15
    expect(minutesCostCents(2, 915)).toBe(31); // 30,5 → 31
    expect(minutesCostCents(0, 915)).toBe(0);
    expect(applyRateBp(1_001, 5_000)).toBe(501); // 500,5 → 501
    expect(applyRateBp(1_003, 6_000)).toBe(602); // 601,8 → 602
    expect(applyRateBp(1_002, 6_000)).toBe(601); // 601,2 → 601
  });

  it('values hours at the agreement rate (once per kind), staff time at its cost, expenses at their amount', () => {
    // training 1 001 min × 915 / 60 = 15 265,25 → 15 265 ; missions 2 min × 915 / 60 = 30,5 → 31
    // charged = 15 265 + 31 + 2 500 (staff) + 10 000 (expenses) = 27 796 ; funded = 27 796 × 60 % = 16 677,6 → 16 678
    expect(
      agreementConsumption({
        amountGrantedCents: 50_000,
        coFinancingRateBp: 6_000,
        hourlyRateCents: 915,
        trainingMinutes: 1_001,
        missionMinutes: 2,
        staffTimeMinutes: 120,
        staffTimeCostCents: 2_500,
        expenseCents: 10_000,
      }),
    ).toEqual({
      allocatedMinutes: 1_123,
      chargedCents: 27_796,
      fundedCents: 16_678,
      grantedCents: 50_000,
      remainingCents: 33_322,
      consumedPercent: 33, // 16 678 × 100 / 50 000 = 33,356
    });
  });

  it('counts hours without a rate as hours only; 0 % when nothing is granted; overspending goes negative', () => {
    const base = {
      coFinancingRateBp: 10_000,
      hourlyRateCents: null,
      trainingMinutes: 600,
      missionMinutes: 0,
      staffTimeMinutes: 0,
      staffTimeCostCents: 0,
      expenseCents: 0,
    };
    expect(agreementConsumption({ ...base, amountGrantedCents: 0 })).toEqual({
      allocatedMinutes: 600,
      chargedCents: 0,
      fundedCents: 0,
      grantedCents: 0,
      remainingCents: 0,
      consumedPercent: 0,
    });
    expect(
      agreementConsumption({ ...base, amountGrantedCents: 1_000, hourlyRateCents: null, expenseCents: 1_500 }),
    ).toMatchObject({ fundedCents: 1_500, remainingCents: -500, consumedPercent: 150 });
  });

  it('stays exact beyond 2^31 cents', () => {
    const c = agreementConsumption({
      amountGrantedCents: 4_000_000_000_00,
      coFinancingRateBp: 8_500,
      hourlyRateCents: null,
      trainingMinutes: 0,
      missionMinutes: 0,
      staffTimeMinutes: 0,
      staffTimeCostCents: 0,
      expenseCents: 3_000_000_000_01,
    });
    expect(c.fundedCents).toBe(2_550_000_000_01); // 255 000 000 000,85 → …001
    expect(c.consumedPercent).toBe(63);
  });
});
