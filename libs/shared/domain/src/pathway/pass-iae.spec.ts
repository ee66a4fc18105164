import { StructureKind } from '../kinds';
import { addDays } from './dates';
import {
  checkNewPass,
  checkOfficialEndDate,
  checkPassNumber,
  checkProlongation,
  checkSuspension,
  effectivePassEndDate,
  nextMinSuspensionStart,
  normalizePassNumber,
  PASS_IAE_DEFAULT_DAYS,
  PASS_PROLONGATION_RULES,
  passEndDate,
  passShiftDays,
  passWaitingPeriodEnd,
  prolongationMaxEndDate,
  PassProlongationReason as R,
  PassStatus,
  passStatus,
  PassSuspensionReason,
  suspensionReasonsFor,
} from './pass-iae';

describe('checkPassNumber', () => {
  it.each(['999990000001', 'ABC123DEF456'])('accepts %p', (v) => expect(checkPassNumber(v)).toBeNull());
  it('asks for a number when empty', () => expect(checkPassNumber('  ')).toMatch(/^Saisissez le numéro/));
  it('says how many characters were typed', () => {
    expect(checkPassNumber('9999900000')).toBe(
      'Le numéro de PASS IAE compte 12 caractères : vous en avez saisi 10 (il en manque 2).',
    );
    expect(checkPassNumber('99999000000123')).toBe(
      'Le numéro de PASS IAE compte 12 caractères : vous en avez saisi 14 (2 de trop).',
    );
  });
  it('refuses spaces and signs, and lower case', () => {
    expect(checkPassNumber('99999 26 00001')).toBe(
      'Le numéro de PASS IAE ne contient que des chiffres et des lettres : retirez les espaces.',
    );
    expect(checkPassNumber('99999-26-0001')).toMatch(/retirez « - »\.$/);
    expect(checkPassNumber('99999 26/0001\t')).toMatch(/retirez les espaces, « \/ »\.$/);
    expect(checkPassNumber('abc123def456')).toBe('Écrivez le numéro de PASS IAE en majuscules : ABC123DEF456.');
  });
  it('normalises a typed number', () => expect(normalizePassNumber(' 99999 26 0001a ')).toBe('99999260001A'));
});

describe('passEndDate (les emplois: get_default_end_date + update_approval_end_at triggers)', () => {
  it('lasts 730 days, start day included', () => {
    expect(PASS_IAE_DEFAULT_DAYS).toBe(730);
    expect(passEndDate('2026-01-01', [], [])).toBe('2027-12-31');
    expect(passEndDate('2024-01-01', [], [])).toBe('2025-12-30');
  });
  it('moves by end − start for each suspension: a one-day suspension moves nothing', () => {
    expect(passShiftDays({ startDate: '2026-03-01', endDate: '2026-03-01' })).toBe(0);
    expect(passEndDate('2026-01-01', [{ startDate: '2026-03-01', endDate: '2026-03-01' }], [])).toBe('2027-12-31');
    const suspensions = [
      { startDate: '2026-03-01', endDate: '2026-03-10' }, // 9 days
      { startDate: '2026-05-01', endDate: '2026-05-05' }, // 4 days
    ];
    expect(passEndDate('2026-01-01', suspensions, [])).toBe('2028-01-13');
  });
  it('moves by end − start for each prolongation, to the day', () => {
    // A prolongation starts on the end of the PASS: its end becomes the new end.
    expect(passEndDate('2026-01-01', [], [{ startDate: '2027-12-31', endDate: '2028-02-14' }])).toBe('2028-02-14');
    expect(
      passEndDate(
        '2026-01-01',
        [{ startDate: '2026-03-01', endDate: '2026-03-10' }],
        [{ startDate: '2028-01-09', endDate: '2028-03-01' }],
      ),
    ).toBe('2028-03-01');
  });
  it('lets the official end date win over the computed one', () => {
    expect(effectivePassEndDate('2027-12-31', null)).toBe('2027-12-31');
    expect(effectivePassEndDate('2027-12-31', '2028-01-05')).toBe('2028-01-05');
  });
  it('checks the official end date: a real day after the start', () => {
    expect(checkOfficialEndDate('2028-01-05', '2026-01-01')).toBeNull();
    expect(checkOfficialEndDate('2026-01-01', '2026-01-01')).toEqual({
      field: 'officialEndDate',
      message:
        'La date de fin officielle (01/01/2026) doit suivre le début du PASS IAE (01/01/2026) : recopiez la date de fin affichée sur les emplois de l’inclusion.',
    });
    expect(checkOfficialEndDate('2026-02-30', '2026-01-01')?.message).toMatch(/n’existe pas/);
  });
});

describe('nextMinSuspensionStart (les emplois: Suspension.next_min_start_at)', () => {
  const today = '2026-06-15';
  it('counts from the latest hire, not the first one', () =>
    expect(nextMinSuspensionStart({ latestHireDate: '2026-03-01', existing: [], today })).toEqual({
      date: '2026-03-01',
      because: 'HIRE',
    }));
  it('starts the day after the end of the latest suspension already over, whatever the hire', () =>
    expect(
      nextMinSuspensionStart({
        latestHireDate: '2026-05-01',
        existing: [
          { startDate: '2026-01-01', endDate: '2026-01-31' },
          { startDate: '2026-03-01', endDate: '2026-03-10' },
        ],
        today,
      }),
    ).toEqual({ date: '2026-03-11', because: 'PREVIOUS_SUSPENSION' }));
  it('goes back 365 days at most, also without any hire', () => {
    expect(nextMinSuspensionStart({ latestHireDate: '2024-01-01', existing: [], today })).toEqual({
      date: '2025-06-15',
      because: 'RETROACTIVITY',
    });
    expect(nextMinSuspensionStart({ latestHireDate: null, existing: [], today }).date).toBe('2025-06-15');
  });
});

describe('checkSuspension', () => {
  type Ctx = Parameters<typeof checkSuspension>[1];
  const ctx: Ctx = {
    passStart: '2025-01-01',
    passEnd: '2026-12-31',
    latestHireDate: '2025-01-01',
    existing: [],
    today: '2026-06-15',
  };
  const check = (startDate: string, endDate: string, over: Partial<Ctx> = {}) =>
    checkSuspension({ startDate, endDate }, { ...ctx, ...over });

  it('accepts a suspension inside the PASS', () => expect(check('2026-06-01', '2026-06-30')).toBeNull());
  it('refuses an end before the start, and dates that do not exist', () => {
    expect(check('2026-06-10', '2026-06-09')).toEqual({
      field: 'endDate',
      message: 'La fin de la suspension (09/06/2026) précède son début (10/06/2026) : corrigez l’une des deux dates.',
    });
    expect(check('2026-02-30', '2026-06-09')?.message).toMatch(/début .* n’existe pas/);
    expect(check('2026-06-01', '2026-06-31')?.message).toMatch(/fin .* n’existe pas/);
  });
  it('accepts exactly 36 months and refuses one day more, ending beyond the PASS being allowed', () => {
    expect(check('2026-06-01', '2029-05-31')).toBeNull();
    expect(check('2026-06-01', '2029-06-01')).toEqual({
      field: 'endDate',
      message:
        'La suspension va du 01/06/2026 au 01/06/2029 : 36 mois au plus, soit une fin au plus tard le 31/05/2029. Raccourcissez-la de 1 jour, puis enregistrez une nouvelle suspension si besoin.',
    });
  });
  it('refuses a start in the future, accepts today', () => {
    expect(check('2026-06-15', '2026-07-15')).toBeNull();
    expect(check('2026-06-16', '2026-07-15')?.message).toMatch(
      /^La suspension commence le 16\/06\/2026, dans 1 jour : .*futur/,
    );
  });
  it('goes back 365 days at most', () => {
    expect(check('2025-06-15', '2025-07-15')).toBeNull();
    expect(check('2025-06-14', '2025-07-15')).toEqual({
      field: 'startDate',
      message:
        'La suspension commence le 14/06/2025 : elle peut commencer au plus tôt le 15/06/2025 (elle peut remonter au plus à 365 jours). Choisissez un début à partir de cette date.',
    });
  });
  it('counts the earliest start from the latest hire, with no delay after it', () => {
    expect(check('2026-06-12', '2026-06-20', { latestHireDate: '2026-06-11' })).toBeNull();
    expect(check('2026-06-09', '2026-06-20', { latestHireDate: '2026-06-10' })?.message).toBe(
      'La suspension commence le 09/06/2026 : elle peut commencer au plus tôt le 10/06/2026 (le premier jour de la dernière embauche). Choisissez un début à partir de cette date.',
    );
    expect(check('2026-06-12', '2026-06-20', { latestHireDate: null })).toBeNull();
  });
  it('refuses a new suspension that starts before the end of an earlier one', () => {
    const existing = [{ startDate: '2026-03-01', endDate: '2026-05-31' }];
    expect(check('2026-05-20', '2026-06-10', { existing })).toEqual({
      field: 'startDate',
      message:
        'La suspension commence le 20/05/2026 : elle peut commencer au plus tôt le 01/06/2026 (le lendemain de la fin de la suspension précédente). Choisissez un début à partir de cette date.',
    });
    expect(check('2026-06-01', '2026-06-10', { existing })).toBeNull();
    // Even before an earlier suspension that is over: the start is counted from the latest one.
    expect(check('2026-02-01', '2026-02-10', { existing })?.field).toBe('startDate');
  });
  it('refuses to suspend an expired PASS back to life, a PASS not started, or one already suspended', () => {
    expect(check('2026-05-31', '2026-08-30', { passEnd: '2026-05-31' })).toEqual({
      field: 'passId',
      message:
        'Le PASS IAE a pris fin le 31/05/2026 : un PASS IAE expiré ne peut pas être suspendu, même avec une date passée. Si la date de fin affichée sur les emplois de l’inclusion est plus tardive, saisissez-la d’abord comme date de fin officielle.',
    });
    expect(check('2026-06-15', '2026-06-20', { passStart: '2026-07-01' })?.message).toBe(
      'Le PASS IAE ne commence que le 01/07/2026 : il ne peut être suspendu qu’à partir de ce jour.',
    );
    expect(
      check('2026-06-01', '2026-06-10', { existing: [{ startDate: '2026-06-10', endDate: '2026-07-31' }] }),
    ).toEqual({
      field: 'passId',
      message:
        'Le PASS IAE est déjà suspendu du 10/06/2026 au 31/07/2026 : une nouvelle suspension ne peut être enregistrée qu’une fois celle-ci terminée.',
    });
  });
  it('starts within the PASS validity', () => {
    expect(check('2025-12-31', '2026-01-10', { passStart: '2026-01-01', latestHireDate: null })).toEqual({
      field: 'startDate',
      message:
        'La suspension doit commencer pendant la validité du PASS IAE, du 01/01/2026 au 31/12/2026 : le 31/12/2025 est en dehors.',
    });
    expect(check('2026-06-15', '2026-08-30', { passEnd: '2026-06-15' })).toBeNull();
  });
});

describe('checkProlongation (les emplois: CreateProlongationForm, Prolongation.get_max_end_at, can_be_prolonged)', () => {
  type Ctx = Parameters<typeof checkProlongation>[1];
  const ctx: Ctx = {
    structureKind: StructureKind.AI,
    passEnd: '2026-12-31',
    suspensions: [],
    existing: [],
    today: '2026-06-15',
  };
  const check = (reason: R, endDate: string, over: Partial<Ctx> = {}) =>
    checkProlongation({ reason, endDate }, { ...ctx, ...over });

  it('ends on any day, from the day after the PASS end to 365 days after it', () => {
    expect(check(R.COMPLETE_TRAINING, '2027-01-01')).toBeNull();
    expect(check(R.COMPLETE_TRAINING, '2027-03-17')).toBeNull();
    expect(check(R.COMPLETE_TRAINING, '2027-12-31')).toBeNull(); // 365 days
    expect(check(R.COMPLETE_TRAINING, '2028-01-01')).toEqual({
      field: 'endDate',
      message:
        'Une prolongation pour le motif « Fin d’une action de formation » dure au plus 365 jours par demande : choisissez une fin au plus tard le 31/12/2027 (1 jour de trop) ; vous pourrez la renouveler ensuite.',
    });
    expect(check(R.COMPLETE_TRAINING, '2026-12-31')).toEqual({
      field: 'endDate',
      message:
        'La prolongation part de la fin actuelle du PASS IAE, le 31/12/2026 : choisissez une date de fin postérieure, au plus tôt le 01/01/2027.',
    });
    expect(check(R.COMPLETE_TRAINING, '2027-02-30')?.field).toBe('endDate');
  });
  it('allows a CDI inclusion prolongation up to 3 650 days', () => {
    expect(check(R.SENIOR_CDI, addDays('2026-12-31', 3650))).toBeNull();
    expect(check(R.SENIOR_CDI, addDays('2026-12-31', 3651))?.message).toMatch(/au plus 3\u00a0650 jours par demande/);
  });
  it('caps RQTH at 1 095 days counting the prolongations of every reason together', () => {
    const training = { startDate: '2026-12-31', endDate: '2027-12-31' }; // 365 days, COMPLETE_TRAINING
    const rqth = { startDate: '2027-12-31', endDate: '2028-12-30' }; // 365 days
    const passEnd = '2028-12-30';
    const today = '2028-06-15';
    // 730 days used: 365 left, all of them allowed.
    expect(check(R.RQTH, addDays(passEnd, 365), { passEnd, today, existing: [training, rqth] })).toBeNull();
    // 600 days of CDI inclusion + 365 of RQTH = 965 used: 130 left for RQTH, less than one request.
    const cdi = { startDate: '2026-12-31', endDate: addDays('2026-12-31', 600) };
    expect(check(R.RQTH, addDays(passEnd, 496), { passEnd, today, existing: [cdi, rqth] })).toEqual({
      field: 'endDate',
      message:
        '965 jours de prolongation déjà accordés, tous motifs confondus, et 1\u00a0095 jours au plus au total pour le motif « Travailleur·se handicapé·e (RQTH) » : la prolongation peut aller au plus tard jusqu’au 09/05/2029 (366 jours de trop).',
    });
    // Cap reached by stacking reasons: refused whatever the end.
    expect(
      check(R.PARTICULAR_DIFFICULTIES, addDays(passEnd, 1), {
        passEnd,
        today,
        existing: [training, rqth, { startDate: '2028-12-30', endDate: '2029-12-30' }],
      }),
    ).toEqual({
      field: 'reason',
      message:
        '1\u00a0095 jours de prolongation déjà accordés, tous motifs confondus : le plafond de 1\u00a0095 jours pour le motif « Difficultés particulières qui font obstacle à l’insertion durable » est atteint. Aucune nouvelle prolongation n’est possible pour ce motif.',
    });
  });
  it('leaves SENIOR room up to 1 825 days and training without cap', () => {
    const existing = [{ startDate: '2026-12-31', endDate: addDays('2026-12-31', 1500) }];
    expect(prolongationMaxEndDate(R.SENIOR, '2026-12-31', existing)).toEqual({
      date: addDays('2026-12-31', 325),
      limitedBy: 'CUMULATIVE',
    });
    expect(prolongationMaxEndDate(R.COMPLETE_TRAINING, '2026-12-31', existing)).toEqual({
      date: '2027-12-31',
      limitedBy: 'REQUEST',
    });
    expect(prolongationMaxEndDate(R.RQTH, '2026-12-31', existing)).toBeNull();
  });
  it('refuses to prolong a suspended PASS', () =>
    expect(
      check(R.COMPLETE_TRAINING, '2027-06-30', { suspensions: [{ startDate: '2026-06-01', endDate: '2026-07-31' }] }),
    ).toEqual({
      field: 'passId',
      message:
        'Le PASS IAE est suspendu du 01/06/2026 au 31/07/2026 : un PASS IAE suspendu ne peut pas être prolongé. Demandez la prolongation une fois la suspension terminée.',
    }));
  it('opens « particular difficulties » to AI and ACI only', () => {
    expect(PASS_PROLONGATION_RULES[R.PARTICULAR_DIFFICULTIES].structureKinds).toEqual([
      StructureKind.AI,
      StructureKind.ACI,
    ]);
    expect(check(R.PARTICULAR_DIFFICULTIES, '2027-06-30')).toBeNull();
    expect(check(R.PARTICULAR_DIFFICULTIES, '2027-06-30', { structureKind: StructureKind.ACI })).toBeNull();
    expect(check(R.PARTICULAR_DIFFICULTIES, '2027-06-30', { structureKind: StructureKind.EI })).toEqual({
      field: 'reason',
      message:
        'Le motif « Difficultés particulières qui font obstacle à l’insertion durable » n’est pas ouvert à une entreprise d’insertion (réservé aux AI et ACI) : choisissez un autre motif.',
    });
  });
  it('is requested from 12 months before the PASS end to 6 months after, both days included', () => {
    expect(check(R.COMPLETE_TRAINING, '2027-06-30', { today: '2025-12-31' })).toBeNull();
    expect(check(R.COMPLETE_TRAINING, '2027-06-30', { today: '2025-12-30' })?.message).toBe(
      'Trop tôt pour demander une prolongation : le PASS IAE prend fin le 31/12/2026 et la demande est possible à partir du 31/12/2025 (12 mois avant), dans 1 jour.',
    );
    expect(check(R.COMPLETE_TRAINING, '2027-06-30', { today: '2027-06-30' })).toBeNull();
    expect(check(R.COMPLETE_TRAINING, '2027-06-30', { today: '2027-07-01' })?.message).toMatch(
      /^Trop tard pour demander une prolongation : .* jusqu’au 30\/06\/2027 \(6 mois après\), dépassé de 1 jour\./,
    );
  });
});

describe('checkNewPass (les emplois: Approval.clean, new_approval_blocked_by_waiting_period)', () => {
  type Ctx = Parameters<typeof checkNewPass>[1];
  const ctx: Ctx = {
    previous: { number: '999990000001', endDate: '2026-01-31' },
    structureKind: StructureKind.ACI,
    hasValidPrescriberDiagnosis: false,
    today: '2026-06-15',
  };
  const check = (number: string, startDate: string, over: Partial<Ctx> = {}) =>
    checkNewPass({ number, startDate }, { ...ctx, ...over });

  it('ends the waiting period 2 years after the PASS end', () => {
    expect(passWaitingPeriodEnd('2026-01-31')).toBe('2028-01-31');
    expect(passWaitingPeriodEnd('2024-02-29')).toBe('2026-02-28');
  });
  it('blocks a new PASS in a SIAE during the waiting period', () =>
    expect(check('999990000002', '2026-06-15')).toEqual({
      field: 'number',
      message:
        'Le PASS IAE précédent a pris fin le 31/01/2026 : la période de carence dure jusqu’au 31/01/2028. D’ici là, un nouveau PASS IAE n’est possible que sur le diagnostic d’un prescripteur habilité en cours de validité : enregistrez d’abord ce diagnostic.',
    }));
  it('is lifted by a valid diagnosis of an authorised prescriber, outside a SIAE, or once the period is over', () => {
    expect(check('999990000002', '2026-06-15', { hasValidPrescriberDiagnosis: true })).toBeNull();
    expect(check('999990000002', '2026-06-15', { structureKind: StructureKind.GEIQ })).toBeNull();
    expect(check('999990000002', '2028-02-01', { today: '2028-02-01' })).toBeNull();
    expect(check('999990000002', '2028-01-31', { today: '2028-01-31' })?.field).toBe('number');
  });
  it('refuses a second PASS while the first is valid, the same number, or a start before the previous end', () => {
    expect(check('999990000002', '2026-06-15', { today: '2026-01-31' })?.message).toMatch(
      /^Cette personne a déjà un PASS IAE valable jusqu’au 31\/01\/2026/,
    );
    expect(check('999990000001', '2026-06-15', { hasValidPrescriberDiagnosis: true })?.message).toMatch(
      /est celui du PASS IAE précédent/,
    );
    expect(check('999990000002', '2026-01-31', { hasValidPrescriberDiagnosis: true })?.field).toBe('startDate');
  });
});

describe('passStatus', () => {
  const pass = {
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    suspensions: [{ startDate: '2026-03-01', endDate: '2026-03-10' }],
  };
  it.each([
    ['2025-12-31', PassStatus.FUTURE],
    ['2026-01-01', PassStatus.VALID],
    ['2026-03-01', PassStatus.SUSPENDED],
    ['2026-03-10', PassStatus.SUSPENDED],
    ['2026-03-11', PassStatus.VALID],
    ['2027-12-31', PassStatus.VALID],
    ['2028-01-01', PassStatus.EXPIRED],
  ])('on %p is %p', (today, status) => expect(passStatus(pass, today)).toBe(status));
});

describe('suspension reasons', () => {
  it('offers the « contrat passerelle » to ACI and EI only', () => {
    expect(suspensionReasonsFor(StructureKind.ACI)).toContain(PassSuspensionReason.BRIDGING_CONTRACT);
    expect(suspensionReasonsFor(StructureKind.EI)).toContain(PassSuspensionReason.BRIDGING_CONTRACT);
    expect(suspensionReasonsFor(StructureKind.AI)).not.toContain(PassSuspensionReason.BRIDGING_CONTRACT);
    expect(suspensionReasonsFor(StructureKind.AI)).toHaveLength(4);
  });
});
