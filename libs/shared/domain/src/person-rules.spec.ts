import { ageOn, checkBirthDate, normalizeForSearch, parseIsoDate, todayInParis } from './person-rules';

describe('parseIsoDate', () => {
  it.each(['2023-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '24-01-01', '2024-1-1', ''])('rejects %p', (v) =>
    expect(parseIsoDate(v)).toBeNull(),
  );
  it('accepts a leap day', () => expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 }));
});

describe('ageOn', () => {
  it('counts whole years, the day before and on the birthday', () => {
    expect(ageOn('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
  });
});

describe('checkBirthDate', () => {
  const today = '2026-11-22';
  it('accepts a working-age person', () => expect(checkBirthDate('1990-05-01', today)).toBeNull());
  it('accepts exactly 16 years old today', () => expect(checkBirthDate('2010-11-22', today)).toBeNull());
  it('refuses 15 years and 364 days', () => expect(checkBirthDate('2010-11-23', today)).toMatch(/âge minimum/));
  it('refuses a day that does not exist', () => expect(checkBirthDate('1990-02-30', today)).toMatch(/n’existe pas/));
  it('refuses the future', () => expect(checkBirthDate('2027-01-01', today)).toMatch(/futur/));
  it('refuses an implausible age', () => expect(checkBirthDate('1900-01-01', today)).toMatch(/126 ans/));
});

describe('normalizeForSearch', () => {
  it('drops accents, case and apostrophes', () =>
    expect(normalizeForSearch('  Hélène  D’Œuvray ')).toBe('helene d œuvray'));
});

describe('todayInParis', () => {
  it('uses the Paris calendar day', () => expect(todayInParis(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23'));
  it('answers for the instant asked, even asked the same second or just across midnight', () => {
    // The answer is kept for the second it was asked in: the next instant, one millisecond later, is another day.
    expect(todayInParis(new Date('2026-11-22T22:59:59.000Z'))).toBe('2026-11-22');
    expect(todayInParis(new Date('2026-11-22T22:59:59.999Z'))).toBe('2026-11-22');
    expect(todayInParis(new Date('2026-11-22T23:00:00.000Z'))).toBe('2026-11-23');
    expect(todayInParis(new Date('2026-11-22T22:59:59.500Z'))).toBe('2026-11-22');
    expect(todayInParis(new Date('2026-07-01T21:59:59.999Z'))).toBe('2026-07-01');
    expect(todayInParis(new Date('2026-07-01T22:00:00.000Z'))).toBe('2026-07-02');
  });
});
