import { checkStageChangeDate } from './stage-change.rules';

describe('checkStageChangeDate', () => {
  const base = { what: 'La date du changement', today: '2026-03-10', lastEffectiveOn: '2026-02-01' };

  it('accepts today, a past day after the last change, and the day of the last change', () => {
    expect(checkStageChangeDate({ ...base, date: '2026-03-10' })).toBeNull();
    expect(checkStageChangeDate({ ...base, date: '2026-02-15' })).toBeNull();
    expect(checkStageChangeDate({ ...base, date: '2026-02-01' })).toBeNull();
    expect(checkStageChangeDate({ ...base, lastEffectiveOn: null, date: '2020-01-01' })).toBeNull();
  });

  it('refuses a future day, naming it', () => {
    expect(checkStageChangeDate({ ...base, date: '2026-03-11' })).toBe(
      'La date du changement (11/03/2026) est dans le futur : l’étape change dès l’enregistrement, enregistrez-le le jour venu.',
    );
  });

  it('refuses a day before the last change, naming both', () => {
    expect(checkStageChangeDate({ ...base, what: 'La date de sortie', date: '2026-01-31' })).toBe(
      'La date de sortie (31/01/2026) précède le dernier changement d’étape, du 01/02/2026 : l’historique du parcours doit rester dans l’ordre des dates.',
    );
  });
});
