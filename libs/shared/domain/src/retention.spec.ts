import { addDays } from './pathway/dates';
import { anonymisationDate, fsePlusHoldUntil, parisDay, retentionNoticeDate } from './retention';

describe('retention rules', () => {
  it('anonymises two years after the last contact, 29 February falling on 28 February', () => {
    expect(anonymisationDate('2024-03-15')).toBe('2026-03-15');
    expect(anonymisationDate('2024-02-29')).toBe('2026-02-28');
  });

  it('tells the counsellor 30 days before', () => {
    expect(retentionNoticeDate('2026-03-15')).toBe('2026-02-13');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('holds FSE+ participants five years after 31 December of the later of 2029 and the agreement’s end', () => {
    expect(fsePlusHoldUntil('2024-06-30')).toBe('2034-12-31');
    expect(fsePlusHoldUntil('2031-03-31')).toBe('2036-12-31');
  });

  it('reads the day in France', () => {
    expect(parisDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(parisDay(new Date('2026-01-15T10:00:00Z'))).toBe('2026-01-15');
  });
});
