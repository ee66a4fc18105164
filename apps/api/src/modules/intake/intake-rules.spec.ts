import { DiagnosisAuthor } from '@tremplin/domain';
import { checkDay, checkNotBefore, DIAGNOSIS_AUTHOR_LABELS } from './intake-rules';

describe('checkDay', () => {
  const today = '2026-03-10';
  it('accepts a real past day and today', () => {
    expect(checkDay('2026-03-09', 'la date d’orientation', today, { notFuture: true })).toBeNull();
    expect(checkDay(today, 'la date d’orientation', today, { notFuture: true })).toBeNull();
  });
  it('accepts a future day unless told not to', () =>
    expect(checkDay('2027-01-01', 'la date de début', today)).toBeNull());
  it('refuses a missing day', () =>
    expect(checkDay('', 'la date d’orientation', today)).toBe('La date d’orientation est obligatoire.'));
  it.each(['2026-02-30', '10/03/2026', '2026-3-1'])('refuses %s, which is not a real day', (v) =>
    expect(checkDay(v, 'la date d’orientation', today)).toMatch(/^La date d’orientation n’existe pas/),
  );
  it('says how far in the future a day is', () =>
    expect(checkDay('2026-03-12', 'la date d’orientation', today, { notFuture: true })).toBe(
      'La date d’orientation (12/03/2026) est dans le futur, dans 2 jours : saisissez une date passée, au plus tard aujourd’hui (10/03/2026).',
    ));
  it('uses the singular for one day', () =>
    expect(checkDay('2026-03-11', 'la date', today, { notFuture: true })).toMatch(/dans 1 jour :/));
});

describe('checkNotBefore', () => {
  it('accepts the same day and a later one', () => {
    expect(checkNotBefore('2026-03-10', 'le consentement', '2026-03-10', 'l’information')).toBeNull();
    expect(checkNotBefore('2026-03-11', 'le consentement', '2026-03-10', 'l’information')).toBeNull();
  });
  it('says by how many days the order is wrong', () =>
    expect(checkNotBefore('2026-03-07', 'le consentement', '2026-03-10', 'l’information')).toBe(
      'Le consentement (07/03/2026) précède l’information (10/03/2026) de 3 jours : corrigez l’une des deux dates.',
    ));
});

describe('DIAGNOSIS_AUTHOR_LABELS', () => {
  it('labels every author', () =>
    Object.values(DiagnosisAuthor).forEach((a) => expect(DIAGNOSIS_AUTHOR_LABELS[a]).toMatch(/\S/)));
});
