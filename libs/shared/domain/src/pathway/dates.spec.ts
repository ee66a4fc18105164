import { addDays, addMonths, daysBetween, inclusiveDays, isIsoDate, maxIso, minIso, periodsOverlap } from './dates';

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2026-12-31', '2026-01-01'])('accepts the real day %p', (v) =>
    expect(isIsoDate(v)).toBe(true),
  );
  it.each(['2023-02-29', '2026-04-31', '2026-13-01', '2026-1-1', '01/02/2026', '', '2026-01-01T00:00:00Z'])(
    'refuses %p',
    (v) => expect(isIsoDate(v)).toBe(false),
  );
});

describe('addDays', () => {
  it('moves forward and backward across month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-01-01', 0)).toBe('2026-01-01');
  });
  it('knows leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });
  it('is not shifted by daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });
  it('throws on a day that does not exist', () => expect(() => addDays('2026-02-30', 1)).toThrow('Date invalide'));
});

describe('addMonths', () => {
  it('keeps the day when the target month has it', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
  it('gives 29 February in a leap year, 28 otherwise', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
  });
  it('throws on a day that does not exist', () => expect(() => addMonths('2026-02-30', 1)).toThrow('Date invalide'));
});

describe('daysBetween and inclusiveDays', () => {
  it('counts b − a, negative when b is earlier', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-01-31', '2026-01-01')).toBe(-30);
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
  });
  it('counts a leap year as 366 days and ignores daylight saving', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
  });
  it('counts both ends for a period', () => {
    expect(inclusiveDays('2026-03-01', '2026-03-01')).toBe(1);
    expect(inclusiveDays('2026-03-01', '2026-03-30')).toBe(30);
  });
});

describe('minIso, maxIso, periodsOverlap', () => {
  it('picks the earlier and the later date', () => {
    expect(minIso('2026-01-02', '2025-12-31')).toBe('2025-12-31');
    expect(maxIso('2026-01-02', '2025-12-31')).toBe('2026-01-02');
    expect(minIso('2026-01-02', '2026-01-02')).toBe('2026-01-02');
  });
  it('sees an overlap when two periods share a day, not when they follow each other', () => {
    const a = { startDate: '2026-01-01', endDate: '2026-01-10' };
    expect(periodsOverlap(a, { startDate: '2026-01-10', endDate: '2026-01-20' })).toBe(true);
    expect(periodsOverlap(a, { startDate: '2025-12-01', endDate: '2026-02-01' })).toBe(true);
    expect(periodsOverlap(a, { startDate: '2026-01-11', endDate: '2026-01-20' })).toBe(false);
  });
});

describe('day arithmetic against the calendar', () => {
  it('agrees with Date day by day from 1900 to 2200, every day a real one', () => {
    let iso = '1900-01-01';
    let ms = Date.UTC(1900, 0, 1);
    const wrong: string[] = [];
    while (iso < '2200-12-31') {
      const next = addDays(iso, 1);
      ms += 24 * 60 * 60 * 1000;
      if (next !== new Date(ms).toISOString().slice(0, 10) || !isIsoDate(next)) wrong.push(`${iso} → ${next}`);
      iso = next;
    }
    expect(wrong).toEqual([]);
    expect(['1900-02-29', '2100-02-29', '2025-02-29'].filter(isIsoDate)).toEqual([]);
    expect(['2000-02-29', '2024-02-29'].every(isIsoDate)).toBe(true);
  });
});
