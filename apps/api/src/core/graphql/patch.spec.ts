import { applyPatch, CLEARABLE, required } from './patch';

describe('applyPatch', () => {
  const current = { name: 'Rouen Habitat', city: 'Rouen', tags: ['a'], version: 3 };
  const rules = { name: required('Le nom'), city: CLEARABLE, tags: { clearTo: [] } };

  it('keeps what the patch leaves out, replaces what it gives, clears what it sets to null', () => {
    expect(applyPatch(current, { city: 'Évreux' }, rules)).toEqual({ ...current, city: 'Évreux' });
    expect(applyPatch(current, { city: null, tags: null }, rules)).toEqual({ ...current, city: null, tags: [] });
    expect(applyPatch(current, {}, rules)).toEqual(current);
  });

  it('ignores fields it has no rule for (the id and the version the caller read)', () => {
    expect(applyPatch(current, { version: 1, id: 'x' }, rules)).toEqual(current);
  });

  it('refuses to clear a required field, naming it in French', () => {
    expect(() => applyPatch(current, { name: null, city: null }, rules)).toThrow(
      'Le nom est obligatoire : il ne peut pas être effacé. Saisissez une autre valeur, ou laissez le champ de côté pour garder celle enregistrée.',
    );
    expect(required('Les prérequis', { plural: true })).toEqual({
      required: expect.stringMatching(/^Les prérequis sont obligatoires : ils ne peuvent pas être effacés\. /),
    });
    expect(required('La ville', { feminine: true })).toEqual({
      required: expect.stringMatching(/^La ville est obligatoire : elle ne peut pas être effacée\. /),
    });
  });
});
