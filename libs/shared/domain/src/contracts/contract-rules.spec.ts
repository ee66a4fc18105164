import { StructureKind } from '../kinds';
import { ContractForm, ContractPublic } from './contract-catalogues';
import {
  checkContract,
  type ContractCheckInput,
  ContractCheckCode,
  contractProgress,
  contractWorkedMinutes,
  decisionDueOn,
  depositDueOn,
  effectiveHourlyRateCents,
  maxDurationMonths,
  monthsAndDays,
  opcoAmountCents,
  trainingBounds,
} from './contract-rules';

/** 12 months full time (96 420 min = 1 607 h), 350 h of training: a contract that passes every check. */
const valid: ContractCheckInput = {
  structureKind: StructureKind.AI,
  form: ContractForm.CDD,
  publicCategory: ContractPublic.STANDARD,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  trialPeriodDays: 30,
  weeklyMinutes: 35 * 60,
  plannedTrainingMinutes: 350 * 60,
  branchAgreementReference: null,
  branchAgreementMaxTrainingPercent: null,
  structureTutorId: 'tuteur-structure',
  hostTutorId: 'tuteur-accueil',
  hostTutorExperienceMonths: 24,
  hostTutorIsEmployer: false,
  hostTutorOtherTrainees: 0,
  employerSiret: '73282932000074',
  workplaceSiret: '44306184100047',
  opcoFunderId: 'opco',
};
const check = (over: Partial<ContractCheckInput>) => checkContract({ ...valid, ...over });
const codes = (over: Partial<ContractCheckInput>) => check(over).map((c) => c.code);
const only = (over: Partial<ContractCheckInput>, code: ContractCheckCode) => check(over).filter((c) => c.code === code);

describe('contractWorkedMinutes', () => {
  it('counts 1 607 h for 12 months full time, pro rata of the days and of the weekly hours', () => {
    expect(contractWorkedMinutes(2100, '2026-01-01', '2026-12-31')).toBe(96_420);
    // 2100 × 1607 × 181 / (35 × 365) = 47 813,36… → 47 813
    expect(contractWorkedMinutes(2100, '2026-01-01', '2026-06-30')).toBe(47_813);
    // 1050 × 1607 × 365 / 12 775 = 48 210
    expect(contractWorkedMinutes(1050, '2026-01-01', '2026-12-31')).toBe(48_210);
    expect(contractWorkedMinutes(2100, '2026-01-02', '2026-01-01')).toBe(0);
  });
});

describe('checkContract', () => {
  it('passes a 12-month full-time contract with 350 h of training and both tutors', () =>
    expect(check({})).toEqual([]));

  it('gives every failure with its field, severity ERROR and a message', () => {
    const all = check({
      employerSiret: '12345678901234',
      trialPeriodDays: 31,
      weeklyMinutes: 49 * 60,
      plannedTrainingMinutes: 300 * 60,
      structureTutorId: null,
      hostTutorId: null,
      opcoFunderId: null,
    });
    expect(all.map((c) => [c.code, c.field, c.severity])).toEqual([
      [ContractCheckCode.SIRET_INVALID, 'employerSiret', 'ERROR'],
      // 49 h a week: 1 607 h × 49/35 make 2 250 h, whose 15 % (337 h 30) is more than 300 h
      [ContractCheckCode.TRAINING_BELOW_MINIMUM, 'plannedTrainingMinutes', 'ERROR'],
      [ContractCheckCode.TRIAL_PERIOD_TOO_LONG, 'trialPeriodDays', 'ERROR'],
      [ContractCheckCode.WEEKLY_HOURS_TOO_HIGH, 'weeklyMinutes', 'ERROR'],
      [ContractCheckCode.STRUCTURE_TUTOR_MISSING, 'structureTutorId', 'ERROR'],
      [ContractCheckCode.HOST_TUTOR_MISSING, 'hostTutorId', 'ERROR'],
      [ContractCheckCode.OPCO_MISSING, 'opcoFunderId', 'ERROR'],
    ]);
  });

  describe('dates and duration (L6325-11, L6325-12)', () => {
    it('refuses an end on or before the start, and skips the duration and training checks then', () => {
      expect(check({ endDate: '2026-01-01' })).toEqual([
        {
          code: ContractCheckCode.DATES_INVALID,
          field: 'endDate',
          severity: 'ERROR',
          message: 'La fin du contrat (01/01/2026) doit suivre son début (01/01/2026).',
        },
      ]);
      expect(codes({ startDate: '2026-02-30' })).toEqual([ContractCheckCode.DATES_INVALID]);
      expect(check({ startDate: '2026-02-30' })[0].field).toBe('startDate');
    });

    it('accepts exactly 6 months, refuses one day short, saying by how much and citing L6325-11', () => {
      const sixMonths = { endDate: '2026-06-30', plannedTrainingMinutes: 150 * 60 };
      expect(check(sixMonths)).toEqual([]);
      expect(check({ ...sixMonths, endDate: '2026-06-29' })).toEqual([
        {
          code: ContractCheckCode.DURATION_TOO_SHORT,
          field: 'endDate',
          severity: 'ERROR',
          message:
            'Le contrat dure 5 mois et 29 jours : 6 mois au moins (article L6325-11), il manque 1 jour. ' +
            'Terminez-le le 30/06/2026 au plus tôt.',
        },
      ]);
      expect(
        only({ endDate: '2026-06-19', plannedTrainingMinutes: 150 * 60 }, ContractCheckCode.DURATION_TOO_SHORT)[0]
          .message,
      ).toMatch(/il manque 11 jours\./);
    });

    it('accepts exactly 12 months for the general public, refuses one day over', () => {
      expect(codes({ endDate: '2026-12-31' })).toEqual([]);
      expect(only({ endDate: '2027-01-01' }, ContractCheckCode.DURATION_TOO_LONG)).toEqual([
        {
          code: ContractCheckCode.DURATION_TOO_LONG,
          field: 'endDate',
          severity: 'ERROR',
          message:
            'Le contrat dure 12 mois et 1 jour : 12 mois au plus pour ce public (36 mois pour les publics que la loi ' +
            'désigne, 24 mois pour ceux d’un accord de branche) (article L6325-11), il dépasse de 1 jour. ' +
            'Terminez-le le 31/12/2026 au plus tard.',
        },
      ]);
      expect(only({ endDate: '2027-02-03' }, ContractCheckCode.DURATION_TOO_LONG)[0].message).toMatch(
        /il dépasse de 1 mois et 3 jours\./,
      );
    });

    it('allows 24 months for a public of a branch agreement (L6325-12), not one day more', () => {
      const branch = { publicCategory: ContractPublic.BRANCH_AGREEMENT, plannedTrainingMinutes: 700 * 60 };
      expect(check({ ...branch, endDate: '2027-12-31' })).toEqual([]);
      expect(only({ ...branch, endDate: '2028-01-01' }, ContractCheckCode.DURATION_TOO_LONG)[0].message).toMatch(
        /^Le contrat dure 24 mois et 1 jour : 24 mois au plus pour ce public \(article L6325-12\), il dépasse de 1 jour\./,
      );
      expect(codes({ endDate: '2027-12-31', plannedTrainingMinutes: 700 * 60 })).toEqual([
        ContractCheckCode.DURATION_TOO_LONG,
      ]);
    });

    it.each([
      ContractPublic.YOUTH_WITHOUT_QUALIFICATION,
      ContractPublic.LONG_TERM_JOBSEEKER,
      ContractPublic.MINIMUM_BENEFIT,
      ContractPublic.FORMER_CUI,
    ])('allows 36 months for %s, not one day more', (publicCategory) => {
      const long = { publicCategory, plannedTrainingMinutes: 1000 * 60 };
      expect(check({ ...long, endDate: '2028-12-31' })).toEqual([]);
      expect(only({ ...long, endDate: '2029-01-01' }, ContractCheckCode.DURATION_TOO_LONG)[0].message).toMatch(
        /36 mois au plus pour ce public \(article L6325-11\), il dépasse de 1 jour/,
      );
    });

    it('knows the longest duration of each public', () => {
      expect(maxDurationMonths(ContractPublic.STANDARD)).toBe(12);
      expect(maxDurationMonths(ContractPublic.BRANCH_AGREEMENT)).toBe(24);
      expect(maxDurationMonths(ContractPublic.MINIMUM_BENEFIT)).toBe(36);
      expect(maxDurationMonths('UNKNOWN')).toBe(12);
    });
  });

  describe('training share (L6325-13, L6325-14)', () => {
    // 6 months full time: 47 813 min (796 h 53); 15 % = 7 172 min (119 h 32) < 150 h, so the floor is 150 h.
    const short = { endDate: '2026-06-30' };
    it('never under 150 h: 149 h is refused on a short contract whose 15 % is below 150 h, 150 h passes', () => {
      expect(trainingBounds({ ...valid, ...short })).toEqual({ minMinutes: 150 * 60, maxMinutes: 11_953 });
      expect(check({ ...short, plannedTrainingMinutes: 150 * 60 })).toEqual([]);
      expect(check({ ...short, plannedTrainingMinutes: 149 * 60 })).toEqual([
        {
          code: ContractCheckCode.TRAINING_BELOW_MINIMUM,
          field: 'plannedTrainingMinutes',
          severity: 'ERROR',
          message:
            '149 h de formation pour 796 h 53 de contrat : il en faut 150 h au moins (15 % du contrat font 119 h 32) ' +
            '(article L6325-13), il manque 1 h.',
        },
      ]);
    });

    // 12 months full time: 96 420 min; 15 % = 14 463 min exactly, 25 % = 24 105 min exactly.
    it('accepts exactly 15 %, refuses one minute under', () => {
      expect(trainingBounds(valid)).toEqual({ minMinutes: 14_463, maxMinutes: 24_105 });
      expect(check({ plannedTrainingMinutes: 14_463 })).toEqual([]);
      expect(check({ plannedTrainingMinutes: 14_462 })).toEqual([
        expect.objectContaining({
          code: ContractCheckCode.TRAINING_BELOW_MINIMUM,
          message:
            '241 h 02 de formation pour 1\u00a0607 h de contrat : il en faut 15 % au moins, soit 241 h 03 (jamais moins ' +
            'de 150 h) (article L6325-13), il manque 0 h 01.',
        }),
      ]);
    });

    it('accepts exactly 25 %, refuses one minute over', () => {
      expect(check({ plannedTrainingMinutes: 24_105 })).toEqual([]);
      expect(check({ plannedTrainingMinutes: 24_106 })).toEqual([
        expect.objectContaining({
          code: ContractCheckCode.TRAINING_ABOVE_MAXIMUM,
          field: 'plannedTrainingMinutes',
          message:
            '401 h 46 de formation pour 1\u00a0607 h de contrat : 25 % au plus, soit 401 h 45 (article L6325-13 ; un accord ' +
            'de branche peut aller au-delà, article L6325-14), elle dépasse de 0 h 01.',
        }),
      ]);
    });

    it('lets a recorded branch agreement lift the 25 % ceiling: to its own ceiling, or none', () => {
      const noCeiling = { branchAgreementReference: 'Accord propreté 2024', branchAgreementMaxTrainingPercent: null };
      expect(trainingBounds({ ...valid, ...noCeiling })).toEqual({ minMinutes: 14_463, maxMinutes: null });
      expect(check({ ...noCeiling, plannedTrainingMinutes: 900 * 60 })).toEqual([]);
      // 30 % of 96 420 = 28 926
      const ceiling = { branchAgreementReference: 'Accord propreté 2024', branchAgreementMaxTrainingPercent: 30 };
      expect(check({ ...ceiling, plannedTrainingMinutes: 28_926 })).toEqual([]);
      expect(check({ ...ceiling, plannedTrainingMinutes: 28_927 })[0].message).toBe(
        '482 h 07 de formation pour 1\u00a0607 h de contrat : 30 % au plus selon l’accord de branche, soit 482 h 06 ' +
          '(article L6325-14), elle dépasse de 0 h 01.',
      );
      // A ceiling without an agreement's reference is not an agreement.
      expect(codes({ branchAgreementMaxTrainingPercent: 30, plannedTrainingMinutes: 28_926 })).toEqual([
        ContractCheckCode.TRAINING_ABOVE_MAXIMUM,
      ]);
      expect(codes({ branchAgreementReference: '  ', plannedTrainingMinutes: 28_926 })).toEqual([
        ContractCheckCode.TRAINING_ABOVE_MAXIMUM,
      ]);
    });

    it('keeps the ceiling at the 150 h floor when 25 % is less (part-time short contract)', () => {
      // 6 months at 17 h 30: 23 906 min; 25 % = 5 976 < 9 000.
      expect(trainingBounds({ ...valid, endDate: '2026-06-30', weeklyMinutes: 1050 })).toEqual({
        minMinutes: 9000,
        maxMinutes: 9000,
      });
    });
  });

  describe('trial period and weekly hours', () => {
    it('allows 30 days in a CDD, not 31', () => {
      expect(check({ trialPeriodDays: 30 })).toEqual([]);
      expect(check({ trialPeriodDays: 31 })).toEqual([
        {
          code: ContractCheckCode.TRIAL_PERIOD_TOO_LONG,
          field: 'trialPeriodDays',
          severity: 'ERROR',
          message:
            'La période d’essai de 31 jours dépasse de 1 jour le maximum d’un CDD : 30 jours (1 mois, article L1242-10).',
        },
      ]);
    });
    it('allows 120 days in a CDI, not 121', () => {
      expect(check({ form: ContractForm.CDI, trialPeriodDays: 120 })).toEqual([]);
      expect(check({ form: ContractForm.CDI, trialPeriodDays: 121 })[0].message).toBe(
        'La période d’essai de 121 jours dépasse de 1 jour le maximum d’un CDI : 120 jours (4 mois, article L1221-19).',
      );
    });
    it('allows 48 h a week, not a minute more', () => {
      // 48 h a week for 12 months: 2 203 h 38 of contract, 350 h is within 15–25 %.
      expect(check({ weeklyMinutes: 48 * 60 })).toEqual([]);
      expect(only({ weeklyMinutes: 48 * 60 + 1 }, ContractCheckCode.WEEKLY_HOURS_TOO_HIGH)[0].message).toBe(
        '48 h 01 par semaine dépassent de 0 h 01 le maximum légal de 48 h (article L3121-20).',
      );
    });
  });

  describe('tutors (D6325-6, double tutoring)', () => {
    it('always requires the structure tutor', () => {
      expect(codes({ structureTutorId: null })).toEqual([ContractCheckCode.STRUCTURE_TUTOR_MISSING]);
      expect(codes({ structureKind: StructureKind.ACI, structureTutorId: null })).toEqual([
        ContractCheckCode.STRUCTURE_TUTOR_MISSING,
      ]);
    });
    it.each([StructureKind.AI, StructureKind.ETTI, StructureKind.GEIQ])('requires a host tutor in %s', (kind) =>
      expect(codes({ structureKind: kind, hostTutorId: null, hostTutorExperienceMonths: null })).toEqual([
        ContractCheckCode.HOST_TUTOR_MISSING,
      ]),
    );
    it.each([StructureKind.ACI, StructureKind.EI])('does not require a host tutor in %s', (kind) =>
      expect(codes({ structureKind: kind, hostTutorId: null, hostTutorExperienceMonths: null })).toEqual([]),
    );
    it('asks 24 months of experience of the host tutor: 24 passes, 23 fails, unknown fails', () => {
      expect(check({ hostTutorExperienceMonths: 24 })).toEqual([]);
      expect(check({ hostTutorExperienceMonths: 23 })).toEqual([
        {
          code: ContractCheckCode.HOST_TUTOR_EXPERIENCE,
          field: 'hostTutorExperienceMonths',
          severity: 'ERROR',
          message: expect.stringMatching(/a 23 mois d’expérience : il en faut 24 \(2 ans\).*il manque 1 mois/),
        },
      ]);
      expect(check({ hostTutorExperienceMonths: null })[0].message).toMatch(/^Indiquez l’expérience/);
      // An ACI that names a host tutor anyway: the experience rule still holds for them.
      expect(codes({ structureKind: StructureKind.ACI, hostTutorExperienceMonths: 12 })).toEqual([
        ContractCheckCode.HOST_TUTOR_EXPERIENCE,
      ]);
    });
    it('caps the host tutor at 3 trainees, 2 when the employer tutors in person; skipped when the load is unknown', () => {
      expect(check({ hostTutorOtherTrainees: 2 })).toEqual([]);
      expect(check({ hostTutorOtherTrainees: 3 })).toEqual([
        {
          code: ContractCheckCode.HOST_TUTOR_OVERLOADED,
          field: 'hostTutorId',
          severity: 'ERROR',
          message:
            'Ce·tte tuteur·rice accompagne déjà 3 salarié·es : 3 au plus par tuteur·rice. Choisissez un·e autre tuteur·rice ou terminez un tutorat.',
        },
      ]);
      expect(check({ hostTutorIsEmployer: true, hostTutorOtherTrainees: 1 })).toEqual([]);
      expect(codes({ hostTutorIsEmployer: true, hostTutorOtherTrainees: 2 })).toEqual([
        ContractCheckCode.HOST_TUTOR_OVERLOADED,
      ]);
      expect(check({ hostTutorOtherTrainees: undefined })).toEqual([]);
    });
  });

  it('refuses an invalid SIRET, on its own field', () => {
    expect(check({ workplaceSiret: '44306184100048' })).toEqual([
      {
        code: ContractCheckCode.SIRET_INVALID,
        field: 'workplaceSiret',
        severity: 'ERROR',
        message:
          'Le SIRET du lieu d’exécution du contrat n’est pas valide : 14 chiffres dont le dernier est une clé de contrôle. Recopiez-le depuis l’avis de situation Sirene.',
      },
    ]);
    expect(codes({ employerSiret: '7328293200007' })).toEqual([ContractCheckCode.SIRET_INVALID]);
  });

  it('requires the OPCO', () =>
    expect(check({ opcoFunderId: null })).toEqual([
      expect.objectContaining({ code: ContractCheckCode.OPCO_MISSING, field: 'opcoFunderId', severity: 'ERROR' }),
    ]));
});

describe('deposit and decision dates', () => {
  it('deposit within 5 days of the start, decision within 20 days of the deposit', () => {
    expect(depositDueOn('2026-01-29')).toBe('2026-02-03');
    expect(decisionDueOn('2026-02-15')).toBe('2026-03-07');
  });
});

describe('monthsAndDays', () => {
  it('says a duration in months then days', () => {
    expect(monthsAndDays('2026-01-01', '2027-01-01')).toBe('12 mois');
    expect(monthsAndDays('2026-01-01', '2026-01-12')).toBe('11 jours');
    expect(monthsAndDays('2026-12-31', '2027-02-03')).toBe('1 mois et 3 jours');
    expect(monthsAndDays('2026-01-01', '2026-01-01')).toBe('0 jour');
  });
});

describe('contractProgress', () => {
  // 365 days, 36 500 min planned: 100 min expected per day. On 10/04/2026, 100 days have elapsed: 10 000 expected.
  const base = {
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    stoppedOn: null,
    plannedMinutes: 36_500,
    attendedMinutes: 9000,
    today: '2026-04-10',
  };
  it('is not behind at exactly 10 % under the expected hours, behind one minute further', () => {
    expect(contractProgress(base)).toEqual({
      expectedMinutesToDate: 10_000,
      elapsedPercent: 27, // 100 × 100 / 365 = 27,4
      attendedPercent: 24, // 9 000 × 100 / 36 500 = 24,7
      behind: false,
      justifiedMinutes: 9000,
    });
    expect(contractProgress({ ...base, attendedMinutes: 8999 }).behind).toBe(true);
  });
  it('expects nothing before the start and everything after the end', () => {
    expect(contractProgress({ ...base, today: '2025-12-31' })).toMatchObject({
      expectedMinutesToDate: 0,
      elapsedPercent: 0,
      behind: false,
    });
    expect(contractProgress({ ...base, today: '2027-03-01', attendedMinutes: 40_000 })).toEqual({
      expectedMinutesToDate: 36_500,
      elapsedPercent: 100,
      attendedPercent: 109,
      behind: false,
      justifiedMinutes: 36_500,
    });
  });
  it('stops the clock on the break date', () => {
    // Broken on 19/02/2026: 50 days elapsed → 5 000 expected, whatever today is.
    expect(
      contractProgress({ ...base, stoppedOn: '2026-02-19', today: '2026-06-01', attendedMinutes: 4500 }),
    ).toMatchObject({ expectedMinutesToDate: 5000, elapsedPercent: 13, behind: false });
  });
  it('has no percentage without planned hours', () =>
    expect(contractProgress({ ...base, plannedMinutes: 0, attendedMinutes: 0 })).toMatchObject({
      attendedPercent: 0,
      behind: false,
    }));
});

describe('OPCO amount', () => {
  it('uses the contract rate, else the OPCO’s, else 9,15 €', () => {
    expect(effectiveHourlyRateCents(1200, 1000)).toBe(1200);
    expect(effectiveHourlyRateCents(null, 1000)).toBe(1000);
    expect(effectiveHourlyRateCents(null, null)).toBe(915);
  });
  it('is exact to the cent, rounded half up', () => {
    expect(opcoAmountCents(350 * 60, 915)).toBe(320_250); // 350 h × 9,15 € = 3 202,50 €
    expect(opcoAmountCents(1, 915)).toBe(15); // 15,25 c → 15
    expect(opcoAmountCents(2, 915)).toBe(31); // 30,5 c → 31 (half up)
    expect(opcoAmountCents(3, 915)).toBe(46); // 45,75 c → 46
    expect(opcoAmountCents(0, 915)).toBe(0);
  });
});
