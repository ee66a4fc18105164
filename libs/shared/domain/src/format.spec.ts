import {
  countLabel,
  formatCents,
  formatInstantFr,
  formatIsoDateFr,
  minutesToHoursInput,
  parseFrDate,
  parseHoursToMinutes,
} from './format';

describe('French display formats', () => {
  it('writes instants in Paris time, summer and winter', () => {
    expect(formatInstantFr('2026-03-14T08:05:00Z')).toBe('14/03/2026 à 09:05');
    expect(formatInstantFr('2026-07-01T22:30:00Z')).toBe('02/07/2026 à 00:30');
    expect(formatInstantFr('pas une date')).toBe('pas une date');
  });
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

describe('hours typed by a person', () => {
  it('reads the usual ways of writing hours', () => {
    expect(parseHoursToMinutes('35')).toBe(2100);
    expect(parseHoursToMinutes('35 h')).toBe(2100);
    expect(parseHoursToMinutes('35h30')).toBe(2130);
    expect(parseHoursToMinutes('1 h 05')).toBe(65);
    expect(parseHoursToMinutes('7,5')).toBe(450);
    expect(parseHoursToMinutes('7.25')).toBe(435);
  });
  it('refuses what is not hours', () => {
    expect(parseHoursToMinutes('')).toBeNull();
    expect(parseHoursToMinutes('deux heures')).toBeNull();
    expect(parseHoursToMinutes('3h75')).toBeNull();
    expect(parseHoursToMinutes('-3')).toBeNull();
  });
  it('writes minutes back the way they are typed', () => {
    expect(minutesToHoursInput(2100)).toBe('35');
    expect(minutesToHoursInput(2130)).toBe('35 h 30');
    expect(parseHoursToMinutes(minutesToHoursInput(65))).toBe(65);
  });
});

describe('money', () => {
  it('writes integer cents as euros with a decimal comma and grouped thousands', () => {
    expect(formatCents(0)).toBe('0,00 €');
    expect(formatCents(5)).toBe('0,05 €');
    expect(formatCents(915)).toBe('9,15 €');
    expect(formatCents(123450)).toBe('1\u00a0234,50 €');
    expect(formatCents(2_100_000_000_00)).toBe('2\u00a0100\u00a0000\u00a0000,00 €');
    expect(formatCents(-1999)).toBe('-19,99 €');
  });
});
