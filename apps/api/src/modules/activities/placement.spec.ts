import { MissionKind } from '@tremplin/domain';
import { placementStatus, placementTotals, type PlacementMission } from './placement';

const m = (
  hostOrganisationId: string,
  endDate: string,
  hours: number,
  kind = MissionKind.PLACEMENT,
): PlacementMission => ({
  hostOrganisationId,
  endDate,
  minutes: hours * 60,
  kind,
});

describe('placementStatus', () => {
  it('counts the placements at that host ending in the 24 months up to asOf, and gives the window', () => {
    const missions = [
      m('A', '2024-03-31', 100),
      m('A', '2024-04-01', 200),
      m('A', '2026-03-31', 150),
      m('B', '2026-01-01', 300),
    ];
    expect(placementStatus(missions, 'A', '2026-03-31')).toEqual({
      hostOrganisationId: 'A',
      minutesInWindow: 350 * 60,
      level: 'OK',
      message: null,
      windowStart: '2024-04-01',
      windowEnd: '2026-03-31',
    });
  });

  it('warns from 400 h (NEAR) and beyond 480 h (OVER), with the figures', () => {
    expect(placementStatus([m('A', '2026-01-10', 400)], 'A', '2026-01-10')).toMatchObject({
      level: 'NEAR',
      message: expect.stringMatching(/400 h.*480 h.*reste 80 h/),
    });
    expect(placementStatus([m('A', '2026-01-10', 481)], 'A', '2026-01-10')).toMatchObject({
      level: 'OVER',
      message: expect.stringMatching(/dépassé de 1 h/),
    });
  });

  it('ignores test missions and replacements', () => {
    expect(
      placementStatus(
        [m('A', '2026-01-10', 450, MissionKind.TEST), m('A', '2026-01-10', 450, MissionKind.REPLACEMENT)],
        'A',
        '2026-01-10',
      ).minutesInWindow,
    ).toBe(0);
  });
});

describe('placementTotals', () => {
  it('gives one status per host, ending today or at the latest planned placement, highest first', () => {
    const missions = [
      m('A', '2026-01-10', 100),
      m('B', '2026-01-10', 300),
      m('B', '2026-09-30', 120),
      m('C', '2020-01-01', 400),
      m('D', '2026-01-01', 50, MissionKind.TEST),
    ];
    const totals = placementTotals(missions, '2026-02-01');
    expect(totals.map((t) => [t.hostOrganisationId, t.minutesInWindow / 60, t.windowEnd, t.level])).toEqual([
      ['B', 420, '2026-09-30', 'NEAR'],
      ['A', 100, '2026-02-01', 'OK'],
    ]);
  });

  it('is empty without placements', () => {
    expect(placementTotals([], '2026-02-01')).toEqual([]);
  });
});
