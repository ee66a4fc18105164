import { maxConcurrentFrom, notEndedOn } from './tutor-load';

describe('maxConcurrentFrom', () => {
  it('counts open and not yet ended periods', () => {
    const periods = [
      { startDate: '2026-01-01', endDate: null },
      { startDate: '2026-01-01', endDate: '2026-03-31' },
      { startDate: '2025-01-01', endDate: '2025-12-31' },
    ];
    expect(maxConcurrentFrom(periods, '2026-03-01')).toBe(2);
    expect(maxConcurrentFrom(periods, '2026-04-01')).toBe(1);
  });

  it('takes the busiest day, not the number of periods that merely touch the new one', () => {
    // Two periods one after the other never run together: one trainee at a time.
    const sequential = [
      { startDate: '2026-01-01', endDate: '2026-02-28' },
      { startDate: '2026-03-01', endDate: '2026-04-30' },
    ];
    expect(maxConcurrentFrom(sequential, '2026-01-15')).toBe(1);
    // A later start joins the periods still running.
    const overlapping = [...sequential, { startDate: '2026-04-01', endDate: null }];
    expect(maxConcurrentFrom(overlapping, '2026-01-15')).toBe(2);
  });

  it('is 0 without periods', () => {
    expect(maxConcurrentFrom([], '2026-01-01')).toBe(0);
  });

  it('a period ending on the day is still running that day', () => {
    expect(notEndedOn({ startDate: '2026-01-01', endDate: '2026-01-31' }, '2026-01-31')).toBe(true);
    expect(notEndedOn({ startDate: '2026-01-01', endDate: '2026-01-31' }, '2026-02-01')).toBe(false);
  });
});
