import {
  addDays,
  isIsoDate,
  isoWeekday,
  longDayLabel,
  mondayOf,
  seriesDates,
  shortDayLabel,
  weekTitle,
} from './week-dates';

describe('week dates', () => {
  it('finds the Monday of any day, across months and years', () => {
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2027-01-02')).toBe('2026-12-28');
    expect(isoWeekday('2026-12-13')).toBe(7);
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('titles columns and cells in French', () => {
    expect(shortDayLabel('2026-12-07')).toBe('lun. 07/12');
    expect(longDayLabel('2026-12-07')).toBe('lundi 7 décembre');
    expect(weekTitle('2026-12-07')).toBe('semaine du 7 au 13 décembre 2026');
    expect(weekTitle('2026-12-28')).toBe('semaine du 28 décembre 2026 au 3 janvier 2027');
  });

  it('refuses dates that do not exist', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('previews a series: the chosen weekdays between two dates, both included', () => {
    expect(seriesDates('2026-12-07', '2026-12-20', [1, 2, 3, 4, 5])).toHaveLength(10);
    expect(seriesDates('2026-12-07', '2026-12-20', [3])).toEqual(['2026-12-09', '2026-12-16']);
    expect(seriesDates('2026-12-20', '2026-12-07', [1])).toEqual([]);
  });
});
