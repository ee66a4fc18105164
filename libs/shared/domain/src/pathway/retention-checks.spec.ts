import { checkRetentionCheck, nextRetentionCheck, retentionCheckDueOn } from './retention-checks';

describe('retention checks', () => {
  it('are due 6 and 12 calendar months after the hire, clamped to the end of the month', () => {
    expect(retentionCheckDueOn('2026-01-15', 6)).toBe('2026-07-15');
    expect(retentionCheckDueOn('2025-08-31', 6)).toBe('2026-02-28');
    expect(retentionCheckDueOn('2026-01-15', 12)).toBe('2027-01-15');
  });

  it('the next one is the first not done, null once both are done', () => {
    expect(nextRetentionCheck('2026-01-15', [])).toEqual({ monthsAfter: 6, dueOn: '2026-07-15' });
    expect(nextRetentionCheck('2026-01-15', [6])).toEqual({ monthsAfter: 12, dueOn: '2027-01-15' });
    expect(nextRetentionCheck('2026-01-15', [12])).toEqual({ monthsAfter: 6, dueOn: '2026-07-15' });
    expect(nextRetentionCheck('2026-01-15', [6, 12])).toBeNull();
  });

  describe('checkRetentionCheck', () => {
    const base = { hireStart: '2026-01-15', monthsAfter: 6, checkedOn: '2026-07-15', today: '2026-08-01', done: [] };

    it('accepts the due date, 15 days before it, and later', () => {
      expect(checkRetentionCheck(base)).toBeNull();
      expect(checkRetentionCheck({ ...base, checkedOn: '2026-06-30' })).toBeNull();
      expect(checkRetentionCheck({ ...base, checkedOn: '2026-08-01' })).toBeNull();
    });

    it('refuses 16 days before the due date, with the due date and the first possible day', () => {
      expect(checkRetentionCheck({ ...base, checkedOn: '2026-06-29' })).toEqual({
        field: 'checkedOn',
        message:
          'Le suivi à 6 mois est dû le 15/07/2026 (embauche du 15/01/2026) : il peut être enregistré à partir du 30/06/2026, ' +
          '15 jours avant, pas le 29/06/2026 (1 jour trop tôt).',
      });
    });

    it('refuses a day in the future', () => {
      expect(checkRetentionCheck({ ...base, today: '2026-07-10' })).toEqual({
        field: 'checkedOn',
        message: 'La date du suivi (15/07/2026) est dans le futur : enregistrez le suivi une fois fait.',
      });
    });

    it('refuses a month other than 6 or 12', () => {
      expect(checkRetentionCheck({ ...base, monthsAfter: 3 })?.message).toBe(
        'Le suivi se fait à 6 ou 12 mois de l’embauche (3 mois saisi).',
      );
    });

    it('refuses a second check for the same month, saying it exists', () => {
      expect(checkRetentionCheck({ ...base, done: [{ monthsAfter: 6, checkedOn: '2026-07-20' }] })).toEqual({
        field: 'monthsAfter',
        message:
          'Le suivi à 6 mois de cette embauche existe déjà (fait le 20/07/2026) : il n’y en a qu’un par échéance.',
      });
      expect(
        checkRetentionCheck({
          ...base,
          monthsAfter: 12,
          checkedOn: '2027-01-15',
          today: '2027-02-01',
          done: [{ monthsAfter: 6, checkedOn: '2026-07-20' }],
        }),
      ).toBeNull();
    });
  });
});
