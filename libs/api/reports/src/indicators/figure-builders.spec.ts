import { DEFAULT_DURABLE_EMPLOYMENT_TARGET_BP, DEFAULT_DYNAMIC_EXIT_TARGET_BP } from '@tremplin/domain';
import { Aggregates, exitFigures, yearTargets } from './figure-builders';

describe('yearTargets', () => {
  it('takes the rates the structure set for the year of the period’s end', () => {
    expect(yearTargets('2026-12-31', { dynamic_exit_rate_bp: 7000, durable_employment_rate_bp: 3000 })).toEqual({
      year: 2026,
      dynamicExitRateBp: 7000,
      durableEmploymentRateBp: 3000,
      set: true,
    });
  });

  it('falls back on the reference targets when none is set (or network-wide)', () => {
    expect(yearTargets('2025-06-30', null)).toEqual({
      year: 2025,
      dynamicExitRateBp: DEFAULT_DYNAMIC_EXIT_TARGET_BP,
      durableEmploymentRateBp: DEFAULT_DURABLE_EMPLOYMENT_TARGET_BP,
      set: false,
    });
  });

  it('labels the rate figures’ targets « (référence) » only when they are the reference ones', () => {
    const agg = new Aggregates([]);
    const label = (set: boolean) =>
      exitFigures(
        agg,
        yearTargets('2026-12-31', set ? { dynamic_exit_rate_bp: 1, durable_employment_rate_bp: 2 } : null),
        null,
      ).find((f) => f.code === 'exits.dynamic_rate')?.target?.label;
    expect(label(true)).toBe('Objectif 2026 : sorties dynamiques');
    expect(label(false)).toBe('Objectif 2026 (référence) : sorties dynamiques');
  });
});
