import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type AllocationConflict, FundingSourceKind } from '@tremplin/domain';
import {
  allocatedMessage,
  allocationErrors,
  allocationInput,
  conflictsOf,
  noSourceAdvice,
  periodErrorOf,
  placeRefusal,
  readAmount,
  requestedOf,
  SOURCE_LIST_LIMIT,
} from './allocation';

const agreement = { startDate: '2026-01-01', endDate: '2026-12-31' };
const share = (text: string) => readAmount('MINUTES', 'share', text, '');
const quantity = (text: string, unit: 'MINUTES' | 'CENTS' = 'MINUTES') => readAmount(unit, 'quantity', '100', text);

describe('allocation: the period listed', () => {
  it('accepts a period inside the agreement’s', () => {
    expect(periodErrorOf('2026-02-01', '2026-03-31', agreement)).toBeNull();
    expect(periodErrorOf(null, null, agreement)).toBeNull();
  });

  it('says in French when the end comes before the start, or a bound is outside the agreement', () => {
    expect(periodErrorOf('2026-03-01', '2026-02-01', agreement)).toBe(
      'La fin (01/02/2026) précède le début (01/03/2026).',
    );
    expect(periodErrorOf('2025-12-15', '2026-02-01', agreement)).toBe(
      'Le 15/12/2025 est hors de la période de la convention (01/01/2026 – 31/12/2026) : ces lignes ne pourraient pas lui être imputées.',
    );
    expect(periodErrorOf('2026-02-01', '2027-01-02', agreement)).toContain('Le 02/01/2027 est hors de la période');
  });
});

describe('allocation: the amount typed', () => {
  it('reads a share in % as basis points, between 0,01 and 100 %', () => {
    expect(share('37,5')).toMatchObject({ shareBp: 3750, shareValid: true });
    expect(share('0').shareValid).toBe(false);
    expect(share('150')).toMatchObject({ shareBp: 15000, shareValid: false });
  });

  it('reads an exact quantity in hours, or in euros for expenses', () => {
    expect(quantity('3 h 30').exactQuantity).toBe(210);
    expect(quantity('250,50', 'CENTS').exactQuantity).toBe(25050);
    expect(quantity('beaucoup').exactQuantity).toBeNull();
  });

  it('computes what each line would receive', () => {
    expect(requestedOf(share('50'), { totalQuantity: 420 })).toBe(210);
    expect(requestedOf(share('abc'), { totalQuantity: 420 })).toBeNull();
    expect(requestedOf(quantity('2'), { totalQuantity: 420 })).toBe(120);
  });
});

describe('allocation: what is checked before sending', () => {
  it('asks for at least one line, and at most the list’s limit', () => {
    expect(allocationErrors(0, share('100'), 'MINUTES')).toEqual({
      sourceIds: 'Sélectionnez au moins une ligne à imputer.',
    });
    expect(allocationErrors(SOURCE_LIST_LIMIT + 1, share('100'), 'MINUTES').sourceIds).toBe(
      `${SOURCE_LIST_LIMIT} lignes au plus par imputation : vous en avez sélectionné ${SOURCE_LIST_LIMIT + 1}.`,
    );
    expect(allocationErrors(2, share('100'), 'MINUTES')).toEqual({});
  });

  it('refuses a share beyond 100 % or unreadable, in French', () => {
    expect(allocationErrors(1, share('120'), 'MINUTES').sharePercent).toBe(
      'Une ligne ne peut pas être financée au-delà de 100 % (saisi : 120 %).',
    );
    expect(allocationErrors(1, share('beaucoup'), 'MINUTES').sharePercent).toBe(
      'Saisissez une part entre 0,01 et 100 %, par exemple 100 ou 37,5.',
    );
  });

  it('allows an exact quantity for a single line only, in the line’s unit', () => {
    expect(allocationErrors(2, quantity('2'), 'MINUTES').quantity).toBe(
      'Une quantité exacte s’impute à une seule ligne (2 sélectionnées) : choisissez-en une, ou une part en %.',
    );
    expect(allocationErrors(1, quantity(''), 'MINUTES').quantity).toBe(
      'Saisissez des heures, par exemple 7 ou 3 h 30.',
    );
    expect(allocationErrors(1, quantity('', 'CENTS'), 'CENTS').quantity).toBe(
      'Saisissez un montant en euros, par exemple 250 ou 250,50.',
    );
    expect(allocationErrors(1, quantity('2'), 'MINUTES')).toEqual({});
  });
});

describe('allocation: what is sent and said', () => {
  const lines = [
    { sourceId: 's1', version: 'v1' },
    { sourceId: 's2', version: 'v2' },
  ];

  it('sends each line with the version listed, and the share in % or the exact quantity', () => {
    expect(allocationInput('a1', FundingSourceKind.MISSION, lines, share('37,5'))).toEqual({
      agreementId: 'a1',
      sourceKind: 'MISSION',
      sourceIds: ['s1', 's2'],
      sourceVersions: ['v1', 'v2'],
      sharePercent: 37.5,
    });
    expect(allocationInput('a1', FundingSourceKind.MISSION, [lines[0]], quantity('2'))).toEqual({
      agreementId: 'a1',
      sourceKind: 'MISSION',
      sourceIds: ['s1'],
      sourceVersions: ['v1'],
      quantity: 120,
    });
  });

  it('confirms what was allocated, in French', () => {
    expect(allocatedMessage('MINUTES', 120, 'CONV-1', FundingSourceKind.STAFF_TIME, 2, share('50'))).toBe(
      '2 h imputées à CONV-1 : 2 lignes de « Temps d’accompagnement », part de 50\u00a0%. La consommation de la convention est à jour.',
    );
  });

  it('advises where to enter staff time and expenses when nothing is listed', () => {
    expect(noSourceAdvice(FundingSourceKind.EXPENSE, true)).toContain('« Temps et dépenses »');
    expect(noSourceAdvice(FundingSourceKind.MISSION, true)).toContain('décochez « Seulement ce qui reste à financer »');
    expect(noSourceAdvice(FundingSourceKind.MISSION, false)).toBe(
      'Élargissez la période, ou vérifiez que les présences et les missions sont saisies.',
    );
  });
});

describe('allocation: a refusal', () => {
  const problem = {
    code: 'BAD_USER_INPUT',
    message: 'Imputation refusée.',
    fieldErrors: [
      { field: 'sharePercent', message: 'Part trop précise.' },
      { field: 'agreementId', message: 'Convention close.' },
    ],
  };

  it('places field errors next to their field, the others in the alert', () => {
    const placed = placeRefusal(problem, []);
    expect(placed.fieldErrors).toEqual({ sharePercent: 'Part trop précise.' });
    expect(placed.refusal.message).toBe('Convention close.');
    expect(placed.refusal.conflicts.size).toBe(0);
  });

  it('keeps a refusal for lines funded beyond 100 % whole, with the lines at fault', () => {
    const conflict: AllocationConflict = {
      sourceId: 's1',
      totalQuantity: 420,
      allocatedQuantity: 360,
      requestedQuantity: 120,
      remainingQuantity: 60,
    };
    const placed = placeRefusal(problem, [conflict]);
    expect(placed.fieldErrors).toEqual({});
    expect(placed.refusal.message).toBe('Imputation refusée.');
    expect(placed.refusal.conflicts.get('s1')).toBe(conflict);
  });

  it('reads the conflicts the server lists in the error’s extensions', () => {
    const conflicts = [{ sourceId: 's1', requestedQuantity: 120, remainingQuantity: 60 }];
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Refusé', extensions: { code: 'BAD_USER_INPUT', conflicts } }],
    });
    expect(conflictsOf(error)).toEqual(conflicts);
    expect(conflictsOf(new Error('réseau'))).toEqual([]);
  });
});
