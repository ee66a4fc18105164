import { progressiveDelayMs } from './sign-in-throttle';

describe('progressiveDelayMs', () => {
  it('is nothing up to the threshold, then 1 s doubling with each attempt, never past the cap', () => {
    const delays = Array.from({ length: 10 }, (_, i) => progressiveDelayMs(i + 1, 5, 10_000));
    expect(delays).toEqual([0, 0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000, 10_000]);
    expect(progressiveDelayMs(1_000_000, 5, 10_000)).toBe(10_000);
  });
});
