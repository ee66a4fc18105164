import { mentionsPerson } from './mission-hours';

describe('mentionsPerson', () => {
  const awa = { firstName: 'Awa', lastName: 'Diallo', email: 'awa.diallo@example.org', phone: '06 12 34 56 78' };

  it('finds a word of the first or last name, whatever the case and accents', () => {
    expect(mentionsPerson('Awa était absente lundi.', awa)).toBe(true);
    expect(mentionsPerson('Corrigé pour DIALLO.', awa)).toBe(true);
    expect(mentionsPerson('Corrigé pour Mme Hélène.', { firstName: 'Helene', lastName: 'Lefèvre' })).toBe(true);
    expect(mentionsPerson('Voir avec m. lefevre', { firstName: 'Hélène', lastName: 'Lefèvre' })).toBe(true);
    expect(mentionsPerson('Jean est parti tôt', { firstName: 'Jean-Pierre', lastName: 'Martin' })).toBe(true);
  });

  it('finds the e-mail address and the phone number, whatever the separators', () => {
    expect(mentionsPerson('Écrire à AWA.DIALLO@example.org', { ...awa, firstName: 'X', lastName: 'Y' })).toBe(true);
    for (const text of ['Tél. 0612345678', 'joignable au 06.12.34.56.78', 'au +33 6 12 34 56 78'])
      expect(mentionsPerson(text, { ...awa, firstName: 'X', lastName: 'Y' })).toBe(true);
  });

  it('lets a word about the hours through', () => {
    for (const text of [
      'Lundi férié retiré.',
      'Mission du 02/03/2026 au 06/03/2026 : 28 h au lieu de 35 h.',
      'Awaiting: the 06 12 first days', // a name inside a word is not the name; digits apart are not the phone
    ])
      expect(mentionsPerson(text, awa)).toBe(false);
  });

  it('ignores name words of fewer than 3 letters', () => {
    expect(mentionsPerson('Voir le planning de la semaine', { firstName: 'Li', lastName: 'de la Tour' })).toBe(false);
  });
});
