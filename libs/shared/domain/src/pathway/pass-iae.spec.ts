import { StructureKind } from '../kinds';
import {
  checkPassNumber,
  checkProlongation,
  checkSuspension,
  normalizePassNumber,
  PASS_IAE_DEFAULT_DAYS,
  PASS_PROLONGATION_RULES,
  passEndDate,
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

describe('passEndDate', () => {
  it('lasts 730 days, start day included', () => {
    expect(PASS_IAE_DEFAULT_DAYS).toBe(730);
    expect(passEndDate('2026-01-01', [], [])).toBe('2027-12-31');
    expect(passEndDate('2024-01-01', [], [])).toBe('2025-12-30');
  });
  it('is pushed back by each suspension, both ends counted', () => {
    expect(passEndDate('2026-01-01', [{ startDate: '2026-03-01', endDate: '2026-03-01' }], [])).toBe('2028-01-01');
    const suspensions = [
      { startDate: '2026-03-01', endDate: '2026-03-10' },
      { startDate: '2026-05-01', endDate: '2026-05-05' },
    ];
    expect(passEndDate('2026-01-01', suspensions, [])).toBe('2028-01-15');
  });
  it('adds the months of the prolongations, all at once', () => {
    expect(passEndDate('2026-01-01', [], [{ months: 6 }, { months: 6 }])).toBe('2028-12-31');
    expect(passEndDate('2026-01-01', [{ startDate: '2026-03-01', endDate: '2026-03-10' }], [{ months: 2 }])).toBe(
      '2028-03-10',
    );
    // End on 31/01/2026, then + 2 months = 31/03 (month by month would give 28/03).
    expect(
      passEndDate('2024-02-01', [{ startDate: '2024-06-01', endDate: '2024-06-01' }], [{ months: 1 }, { months: 1 }]),
    ).toBe('2026-03-31');
  });
});

describe('checkSuspension', () => {
  type Ctx = Parameters<typeof checkSuspension>[1];
  const ctx: Ctx = {
    passStart: '2025-01-01',
    passEnd: '2026-12-31',
    hireDate: '2025-01-01',
    existing: [],
    today: '2026-06-15',
  };
  const check = (startDate: string, endDate: string, over: Partial<Ctx> = {}) =>
    checkSuspension({ startDate, endDate }, { ...ctx, ...over });

  it('accepts a suspension inside the PASS', () => expect(check('2026-06-01', '2026-06-30')).toBeNull());
  it('refuses an end before the start, and dates that do not exist', () => {
    expect(check('2026-06-10', '2026-06-09')).toBe(
      'La fin de la suspension (09/06/2026) précède son début (10/06/2026) : corrigez l’une des deux dates.',
    );
    expect(check('2026-02-30', '2026-06-09')).toMatch(/début .* n’existe pas/);
    expect(check('2026-06-01', '2026-06-31')).toMatch(/fin .* n’existe pas/);
  });
  it('accepts exactly 36 months and refuses one day more, ending beyond the PASS being allowed', () => {
    expect(check('2026-06-01', '2029-05-31')).toBeNull();
    expect(check('2026-06-01', '2029-06-01')).toBe(
      'La suspension dure 1\u00a0097 jours : 36 mois au plus, soit une fin au plus tard le 31/05/2029. Raccourcissez-la de 1 jour, puis enregistrez une nouvelle suspension si besoin.',
    );
  });
  it('refuses a start in the future, accepts today', () => {
    expect(check('2026-06-15', '2026-07-15')).toBeNull();
    expect(check('2026-06-16', '2026-07-15')).toMatch(/^La suspension commence le 16\/06\/2026, dans 1 jour : .*futur/);
  });
  it('goes back 365 days at most', () => {
    expect(check('2025-06-15', '2025-07-15')).toBeNull();
    expect(check('2025-06-14', '2025-07-15')).toBe(
      'La suspension commence le 14/06/2025, il y a 366 jours : elle peut remonter au plus à 365 jours, soit un début au plus tôt le 15/06/2025.',
    );
  });
  it('is possible from the 5th day after the hire, and not before the hire', () => {
    expect(check('2026-06-12', '2026-06-20', { hireDate: '2026-06-11' })).toBe(
      'Le PASS IAE ne peut être suspendu qu’à partir du 5e jour qui suit l’embauche du 11/06/2026, soit le 16/06/2026 (dans 1 jour). Si le contrat n’a pas commencé, annulez plutôt l’embauche.',
    );
    expect(check('2026-06-12', '2026-06-20', { hireDate: '2026-06-10' })).toBeNull();
    expect(check('2026-06-09', '2026-06-20', { hireDate: '2026-06-10' })).toMatch(
      /avant l’embauche du 10\/06\/2026 : choisissez un début à partir du 10\/06\/2026\.$/,
    );
    expect(check('2026-06-12', '2026-06-20', { hireDate: null })).toBeNull();
  });
  it('starts within the PASS validity', () => {
    expect(check('2025-12-31', '2026-01-10', { passStart: '2026-01-01' })).toBe(
      'La suspension doit commencer pendant la validité du PASS IAE, du 01/01/2026 au 31/12/2026 : le 31/12/2025 est en dehors.',
    );
    expect(check('2026-06-01', '2026-06-30', { passEnd: '2026-05-31' })).toMatch(/en dehors/);
    expect(check('2026-05-31', '2026-08-30', { passEnd: '2026-05-31' })).toBeNull();
  });
  it('does not overlap another suspension, even by one day', () => {
    const existing = [{ startDate: '2026-05-01', endDate: '2026-06-01' }];
    expect(check('2026-06-01', '2026-06-10', { existing })).toMatch(
      /^Cette période chevauche la suspension du 01\/05\/2026 au 01\/06\/2026/,
    );
    expect(check('2026-06-02', '2026-06-10', { existing })).toBeNull();
  });
});

describe('checkProlongation', () => {
  type Ctx = Parameters<typeof checkProlongation>[1];
  const ctx: Ctx = { structureKind: StructureKind.AI, passEnd: '2026-12-31', existing: [], today: '2026-06-15' };
  const check = (reason: R, months: number, over: Partial<Ctx> = {}) =>
    checkProlongation({ reason, months }, { ...ctx, ...over });

  it('accepts 1 to 12 months per request', () => {
    expect(check(R.COMPLETE_TRAINING, 12)).toBeNull();
    expect(check(R.COMPLETE_TRAINING, 1)).toBeNull();
    expect(check(R.COMPLETE_TRAINING, 13)).toBe(
      'Une prolongation pour le motif « Fin d’une action de formation » dure au plus 12 mois par demande : vous en demandez 13. Réduisez-la de 1 mois ; vous pourrez la renouveler ensuite.',
    );
  });
  it('refuses zero, negative or fractional months', () => {
    for (const months of [0, -1, 1.5])
      expect(check(R.RQTH, months)).toMatch(/^La durée de prolongation est un nombre entier de mois, de 1 à 12/);
  });
  it('allows a CDI inclusion prolongation up to 10 years', () => {
    expect(check(R.SENIOR_CDI, 120)).toBeNull();
    expect(check(R.SENIOR_CDI, 121)).toMatch(/au plus 120 mois/);
  });
  it('caps RQTH at 36 months in all: reaching the cap is fine, beyond is refused', () => {
    expect(check(R.RQTH, 12, { existing: [{ reason: R.RQTH, months: 24 }] })).toBeNull();
    expect(check(R.RQTH, 12, { existing: [{ reason: R.RQTH, months: 30 }] })).toBe(
      '30 mois de prolongation déjà accordés pour le motif « Travailleur·se handicapé·e (RQTH) », 36 mois au plus au total : demandez 6 mois au plus (6 mois de trop).',
    );
    expect(
      check(R.RQTH, 1, {
        existing: [
          { reason: R.RQTH, months: 12 },
          { reason: R.RQTH, months: 24 },
        ],
      }),
    ).toMatch(
      /^Le plafond de 36 mois de prolongation pour le motif « Travailleur·se handicapé·e \(RQTH\) » est atteint \(36 mois déjà accordés\)/,
    );
  });
  it('counts the cap per reason, SENIOR up to 60 months, training without cap', () => {
    expect(check(R.RQTH, 12, { existing: [{ reason: R.SENIOR, months: 36 }] })).toBeNull();
    expect(check(R.SENIOR, 12, { existing: [{ reason: R.SENIOR, months: 48 }] })).toBeNull();
    expect(check(R.SENIOR, 12, { existing: [{ reason: R.SENIOR, months: 49 }] })).toMatch(/demandez 11 mois au plus/);
    expect(check(R.COMPLETE_TRAINING, 12, { existing: [{ reason: R.COMPLETE_TRAINING, months: 100 }] })).toBeNull();
  });
  it('opens « particular difficulties » to AI and ACI only', () => {
    expect(PASS_PROLONGATION_RULES[R.PARTICULAR_DIFFICULTIES].structureKinds).toEqual([
      StructureKind.AI,
      StructureKind.ACI,
    ]);
    expect(check(R.PARTICULAR_DIFFICULTIES, 6)).toBeNull();
    expect(check(R.PARTICULAR_DIFFICULTIES, 6, { structureKind: StructureKind.ACI })).toBeNull();
    expect(check(R.PARTICULAR_DIFFICULTIES, 6, { structureKind: StructureKind.EI })).toBe(
      'Le motif « Difficultés particulières qui font obstacle à l’insertion durable » n’est pas ouvert à une entreprise d’insertion (réservé aux AI et ACI) : choisissez un autre motif.',
    );
  });
  it('is requested from 12 months before the PASS end to 6 months after, both days included', () => {
    expect(check(R.COMPLETE_TRAINING, 6, { today: '2025-12-31' })).toBeNull();
    expect(check(R.COMPLETE_TRAINING, 6, { today: '2025-12-30' })).toBe(
      'Trop tôt pour demander une prolongation : le PASS IAE prend fin le 31/12/2026 et la demande est possible à partir du 31/12/2025 (12 mois avant), dans 1 jour.',
    );
    expect(check(R.COMPLETE_TRAINING, 6, { today: '2027-06-30' })).toBeNull();
    expect(check(R.COMPLETE_TRAINING, 6, { today: '2027-07-01' })).toMatch(
      /^Trop tard pour demander une prolongation : .* jusqu’au 30\/06\/2027 \(6 mois après\), dépassé de 1 jour\./,
    );
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
