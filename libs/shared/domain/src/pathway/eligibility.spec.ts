import { StructureKind } from '../kinds';
import { inclusiveDays } from './dates';
import {
  checkCriteriaCompatibility,
  checkEligibility,
  checkProofDate,
  DiagnosisAuthor,
  diagnosisValidUntil,
  ELIGIBILITY_CRITERIA,
  EligibilityCriterionCode as C,
  expiredProofs,
  proofExpiresOn,
  requiredLevel2Count,
} from './eligibility';

describe('ELIGIBILITY_CRITERIA', () => {
  it('has the four level-1 criteria and the rest at level 2', () => {
    const level1 = Object.values(C).filter((c) => ELIGIBILITY_CRITERIA[c].level === 1);
    expect(level1.sort()).toEqual([C.AAH, C.ASS, C.DETLD_24_MONTHS, C.RSA]);
    expect(Object.values(C)).toHaveLength(18);
  });
  it.each([C.AAH, C.DISABLED_WORKER, C.PRISON_LEAVER, C.REFUGEE, C.HOMELESS, C.ASE_LEAVER, C.RSA, C.ASS])(
    'marks %p as sensitive',
    (code) => expect(ELIGIBILITY_CRITERIA[code].sensitive).toBe(true),
  );
  it('gives each criterion a proof, and a validity only to dated documents', () => {
    for (const code of Object.values(C)) expect(ELIGIBILITY_CRITERIA[code].proof).not.toBe('');
    expect(ELIGIBILITY_CRITERIA[C.SENIOR_50_PLUS].proofValidityMonths).toBeNull();
    expect(ELIGIBILITY_CRITERIA[C.RSA].proofValidityMonths).toBe(3);
    expect(ELIGIBILITY_CRITERIA[C.ASE_LEAVER].proofValidityMonths).toBe(12);
    expect(ELIGIBILITY_CRITERIA[C.QPV_RESIDENT].proofValidityMonths).toBe(6);
  });
});

describe('requiredLevel2Count', () => {
  it.each([
    [StructureKind.AI, 2],
    [StructureKind.ETTI, 2],
    [StructureKind.ACI, 3],
    [StructureKind.EI, 3],
    [StructureKind.EITI, 3],
    [StructureKind.GEIQ, null],
    [StructureKind.OTHER, null],
  ])('%p needs %p', (kind, count) => expect(requiredLevel2Count(kind)).toBe(count));
});

describe('checkEligibility', () => {
  it('accepts 2 level-2 criteria in an AI and refuses 1, saying how many are needed', () => {
    expect(checkEligibility(StructureKind.AI, [C.LOW_QUALIFICATION, C.QPV_RESIDENT])).toEqual({
      eligible: true,
      message: null,
    });
    expect(checkEligibility(StructureKind.AI, [C.LOW_QUALIFICATION])).toEqual({
      eligible: false,
      message:
        '1 critère de niveau 2 retenu : il en faut 2 pour une association intermédiaire, ou 1 critère de niveau 1.',
    });
  });
  it('counts a criterion ticked twice once', () =>
    expect(checkEligibility(StructureKind.AI, [C.QPV_RESIDENT, C.QPV_RESIDENT]).eligible).toBe(false));
  it('asks 3 level-2 criteria in an ACI, EI or EITI', () => {
    expect(checkEligibility(StructureKind.ACI, [C.LOW_QUALIFICATION, C.QPV_RESIDENT]).message).toBe(
      '2 critères de niveau 2 retenus : il en faut 3 pour un atelier et chantier d’insertion, ou 1 critère de niveau 1.',
    );
    for (const kind of [StructureKind.ACI, StructureKind.EI, StructureKind.EITI])
      expect(checkEligibility(kind, [C.LOW_QUALIFICATION, C.QPV_RESIDENT, C.SINGLE_PARENT]).eligible).toBe(true);
    expect(checkEligibility(StructureKind.ETTI, [C.LOW_QUALIFICATION, C.QPV_RESIDENT]).eligible).toBe(true);
  });
  it('accepts a single level-1 criterion anywhere', () => {
    for (const kind of [StructureKind.AI, StructureKind.ACI, StructureKind.EITI])
      expect(checkEligibility(kind, [C.RSA]).eligible).toBe(true);
  });
  it('explains an empty selection', () =>
    expect(checkEligibility(StructureKind.AI, []).message).toBe(
      'Aucun critère retenu : il faut 1 critère de niveau 1, ou 2 critères de niveau 2 pour une association intermédiaire.',
    ));
  it('does not bind a diagnosis by an authorised prescriber to the count (les emplois: AdministrativeCriteriaForm)', () => {
    expect(checkEligibility(StructureKind.ACI, [C.QPV_RESIDENT], DiagnosisAuthor.PRESCRIBER)).toEqual({
      eligible: true,
      message: null,
    });
    expect(checkEligibility(StructureKind.AI, [], DiagnosisAuthor.PRESCRIBER).eligible).toBe(true);
    expect(checkEligibility(StructureKind.ACI, [C.QPV_RESIDENT], DiagnosisAuthor.EMPLOYER).eligible).toBe(false);
  });
  it('does not apply the IAE rule to a GEIQ or another structure', () => {
    expect(checkEligibility(StructureKind.GEIQ, [])).toEqual({ eligible: true, message: null });
    expect(checkEligibility(StructureKind.OTHER, [])).toEqual({ eligible: true, message: null });
  });
});

describe('checkCriteriaCompatibility (les emplois: AdministrativeCriteriaForm.clean)', () => {
  it('refuses « senior » and « jeune » together', () =>
    expect(checkCriteriaCompatibility([C.RSA, C.SENIOR_50_PLUS, C.YOUTH_UNDER_26])).toBe(
      'Les critères « Senior (50 ans ou plus) » et « Jeune (moins de 26 ans) » ne peuvent pas être vrais en même temps : gardez celui qui correspond à la situation de la personne.',
    ));
  it('refuses the two unemployment durations together', () =>
    expect(checkCriteriaCompatibility([C.DELD_12_24_MONTHS, C.DETLD_24_MONTHS])).toMatch(
      /^Les critères « Demandeur·se d’emploi de très longue durée \(inscrit·e 24 mois ou plus\) » et « Demandeur·se d’emploi de longue durée \(inscrit·e de 12 à 24 mois\) » ne peuvent pas/,
    ));
  it('accepts each of them alone, with other criteria', () => {
    expect(checkCriteriaCompatibility([C.SENIOR_50_PLUS, C.DETLD_24_MONTHS, C.QPV_RESIDENT])).toBeNull();
    expect(checkCriteriaCompatibility([C.YOUTH_UNDER_26, C.DELD_12_24_MONTHS])).toBeNull();
    expect(checkCriteriaCompatibility([])).toBeNull();
  });
});

describe('diagnosisValidUntil (last valid day, included)', () => {
  it('keeps a GEIQ’s own diagnosis 6 months, like a prescriber’s (les emplois: GEIQEligibilityDiagnosis)', () => {
    expect(diagnosisValidUntil(DiagnosisAuthor.EMPLOYER, '2026-01-15', StructureKind.GEIQ)).toBe('2026-07-14');
    expect(diagnosisValidUntil(DiagnosisAuthor.EMPLOYER, '2026-01-15', StructureKind.ACI)).toBe('2026-04-16');
    expect(diagnosisValidUntil(DiagnosisAuthor.PRESCRIBER, '2026-01-15', StructureKind.GEIQ)).toBe('2026-07-14');
  });
  it('keeps a prescriber diagnosis 6 months: until the day before the same date 6 months later', () => {
    expect(diagnosisValidUntil(DiagnosisAuthor.PRESCRIBER, '2026-01-15')).toBe('2026-07-14');
    expect(diagnosisValidUntil(DiagnosisAuthor.PRESCRIBER, '2025-08-31')).toBe('2026-02-27');
  });
  it('keeps an employer diagnosis 92 days, day of the diagnosis included', () => {
    const until = diagnosisValidUntil(DiagnosisAuthor.EMPLOYER, '2026-01-15');
    expect(until).toBe('2026-04-16');
    expect(inclusiveDays('2026-01-15', until)).toBe(92);
  });
});

describe('proofs', () => {
  it('gives the last valid day of a dated proof, and null for an ID', () => {
    expect(proofExpiresOn(C.RSA, '2026-01-10')).toBe('2026-04-09');
    expect(proofExpiresOn(C.QPV_RESIDENT, '2026-01-10')).toBe('2026-07-09');
    expect(proofExpiresOn(C.ASE_LEAVER, '2026-01-10')).toBe('2027-01-09');
    expect(proofExpiresOn(C.SENIOR_50_PLUS, '2000-01-10')).toBeNull();
  });
  it('lists proofs expired on a date: valid on their last day, expired the day after', () => {
    const criteria = [
      { code: C.RSA, proofDate: '2026-01-10' },
      { code: C.RSA, proofDate: '2025-01-10' },
      { code: C.SENIOR_50_PLUS, proofDate: '2001-01-01' },
      { code: C.QPV_RESIDENT, proofDate: '2026-01-10' },
    ];
    expect(expiredProofs(criteria.slice(0, 1), '2026-04-09')).toEqual([]);
    expect(expiredProofs(criteria.slice(0, 1), '2026-04-10')).toEqual([C.RSA]);
    expect(expiredProofs(criteria, '2026-04-10')).toEqual([C.RSA]);
    expect(expiredProofs(criteria, '2026-07-10')).toEqual([C.RSA, C.QPV_RESIDENT]);
  });
  it('checks the proof date: a real day, not in the future', () => {
    expect(checkProofDate('2026-11-22', '2026-11-22')).toBeNull();
    expect(checkProofDate('2026-02-30', '2026-11-22')).toMatch(/n’existe pas/);
    expect(checkProofDate('2026-11-25', '2026-11-22')).toBe(
      'La date du justificatif (25/11/2026) est dans le futur, dans 3 jours : saisissez la date portée sur le document, au plus tard aujourd’hui (22/11/2026).',
    );
  });
});
