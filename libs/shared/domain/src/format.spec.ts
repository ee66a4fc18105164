import { countLabel, formatIsoDateFr, parseFrDate } from './format';

describe('French display formats', () => {
  it('writes ISO dates as dd/mm/yyyy', () => {
    expect(formatIsoDateFr('1988-03-14')).toBe('14/03/1988');
    expect(formatIsoDateFr('2026-11-23T10:00:00Z')).toBe('23/11/2026');
    expect(formatIsoDateFr('pas une date')).toBe('pas une date');
  });

  it('reads dd/mm/yyyy as typed by a person, without judging whether the day exists', () => {
    expect(parseFrDate('14/03/1988')).toBe('1988-03-14');
    expect(parseFrDate(' 4-3-1988 ')).toBe('1988-03-04');
    expect(parseFrDate('31/02/1990')).toBe('1990-02-31');
    expect(parseFrDate('1988-03-14')).toBeNull();
    expect(parseFrDate('14/03/88')).toBeNull();
  });

  it('agrees the noun with the count, French style', () => {
    expect(countLabel(0, 'personne')).toBe('0 personne');
    expect(countLabel(1, 'personne')).toBe('1 personne');
    expect(countLabel(2, 'personne')).toBe('2 personnes');
    expect(countLabel(1234, 'heure')).toBe('1\u00a0234 heures');
  });
});
