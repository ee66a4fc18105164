import {
  AgeBand,
  ageBand,
  ageBandAtEntry,
  exitCategoryFigureLabel,
  INDICATOR_DEFINITIONS,
  INDICATORS,
  RATE_PARTS,
  rateSmallBaseNote,
} from './indicators';

describe('FSE+ age bands (Reg. 2021/1057 Annex I: under 18, 18–29, 55 and over)', () => {
  it('bands whole years at their bounds', () => {
    expect([17, 18, 29, 30, 54, 55].map(ageBand)).toEqual([
      AgeBand.UNDER_18,
      AgeBand.FROM_18_TO_29,
      AgeBand.FROM_18_TO_29,
      AgeBand.FROM_30_TO_54,
      AgeBand.FROM_30_TO_54,
      AgeBand.FROM_55,
    ]);
  });

  it('uses the exact age on the entry date, not the difference of years', () => {
    // 18th birthday the day after entry: 17 (2026 − 2008 = 18 would say 18–29)
    expect(ageBandAtEntry('2008-01-06', '2026-01-05')).toBe(AgeBand.UNDER_18);
    // 18th birthday the day before entry, and on the entry day: 18
    expect(ageBandAtEntry('2008-03-31', '2026-04-01')).toBe(AgeBand.FROM_18_TO_29);
    expect(ageBandAtEntry('2008-04-01', '2026-04-01')).toBe(AgeBand.FROM_18_TO_29);
    // 30th birthday the day after entry: 29
    expect(ageBandAtEntry('1996-02-02', '2026-02-01')).toBe(AgeBand.FROM_18_TO_29);
    // 55th birthday the day before entry: 55 ; the day after: 54
    expect(ageBandAtEntry('1971-02-28', '2026-03-01')).toBe(AgeBand.FROM_55);
    expect(ageBandAtEntry('1971-03-02', '2026-03-01')).toBe(AgeBand.FROM_30_TO_54);
  });

  it('has a birthday on 29 February come on 1 March in other years (as PostgreSQL’s age())', () => {
    expect(ageBandAtEntry('2008-02-29', '2026-02-28')).toBe(AgeBand.UNDER_18);
    expect(ageBandAtEntry('2008-02-29', '2026-03-01')).toBe(AgeBand.FROM_18_TO_29);
  });
});

describe('the definitions printed with the exit figures (docs/domain/exits.md, docs/domain/cohort-example.md)', () => {
  it('state the presence thresholds the rule applies (81 days in ACI/EI since issue 13 point 14, not 3 months)', () => {
    const counted = INDICATORS['exits.counted'].definition;
    expect(counted).toContain('150 heures travaillées sur la dernière annexe financière en AI/ETTI');
    expect(counted).toContain('81 jours de contrat au moins');
    expect(counted).toContain('avoir travaillé en EITI');
    expect(counted).not.toContain('3 mois');
  });

  it('never say the counted retraits are in the rates', () => {
    expect(INDICATORS['exits.counted'].definition).toContain('mais pas des taux');
    expect(INDICATOR_DEFINITIONS.exitCategoryCounted).toContain('hors « retrait des sorties constatées »');
  });
});

describe('per-category exit figures', () => {
  it('labels all the exits and the counted ones apart', () => {
    expect(exitCategoryFigureLabel('Emploi durable', false)).toBe('Emploi durable — toutes sorties');
    expect(exitCategoryFigureLabel('Emploi durable', true)).toBe('Emploi durable — sorties comptabilisées');
  });
});

describe('the parts of a rate', () => {
  it('divides two count indicators of the catalogue, and every rate of the catalogue has its parts', () => {
    const rates = Object.keys(INDICATORS).filter((c) => c.endsWith('_rate') || c.endsWith('.rate'));
    expect(Object.keys(RATE_PARTS).sort()).toEqual(rates.sort());
    for (const { numerator, denominator } of Object.values(RATE_PARTS)) {
      expect(INDICATORS[numerator]).toBeDefined();
      expect(INDICATORS[denominator]).toBeDefined();
    }
  });
});

describe('a rate on too few exits', () => {
  it('says so under 5 exits or persons checked, and only then', () => {
    expect(rateSmallBaseNote('exits.dynamic_rate', 3)).toBe('calculé sur 3 sorties : trop peu pour conclure');
    expect(rateSmallBaseNote('exits.durable_rate', 1)).toBe('calculé sur 1 sortie : trop peu pour conclure');
    expect(rateSmallBaseNote('retention.6.rate', 2)).toBe('calculé sur 2 personnes vérifiées : trop peu pour conclure');
    expect(rateSmallBaseNote('exits.dynamic_rate', 4)).not.toBeNull();
    expect(rateSmallBaseNote('exits.dynamic_rate', 5)).toBeNull();
    // No base: the rate is « non calculable », not small; a count has no base.
    expect(rateSmallBaseNote('exits.dynamic_rate', 0)).toBeNull();
    expect(rateSmallBaseNote('exits.dynamic_rate', null)).toBeNull();
    expect(rateSmallBaseNote('exits.examined', 3)).toBeNull();
  });
});
