import { formatMinutes } from './format-hours';

describe('formatMinutes', () => {
  it.each([
    [0, '0 h'],
    [59, '0 h 59'],
    [60, '1 h'],
    [545, '9 h 05'],
    [720, '12 h'],
    [750, '12 h 30'],
    [999 * 60, '999 h'],
    [1234 * 60, '1\u00a0234 h'],
    [1234567 * 60 + 1, '1\u00a0234\u00a0567 h 01'],
  ])('%p minutes → %p', (minutes, text) => expect(formatMinutes(minutes)).toBe(text));

  it('rounds fractions of a minute and keeps the sign of a negative duration', () => {
    expect(formatMinutes(89.6)).toBe('1 h 30');
    expect(formatMinutes(-1080)).toBe('-18 h');
  });
});
