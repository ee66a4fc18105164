/**
 * Where a person's mises à disposition stand against the AI cap of 480 h per host over 24 months (IAE-RULES §3.1),
 * built on the shared rules `placementMinutesInWindow` and `placementCapStatus`. Pure functions.
 */
import {
  addDays,
  addMonths,
  AI_PLACEMENT_WINDOW_MONTHS,
  maxIso,
  MissionKind,
  placementCapStatus,
  placementMinutesInWindow,
} from '@tremplin/domain';

export interface PlacementMission {
  hostOrganisationId: string;
  endDate: string;
  minutes: number;
  kind: MissionKind;
}

export interface PlacementStatus {
  hostOrganisationId: string;
  minutesInWindow: number;
  level: 'OK' | 'NEAR' | 'OVER';
  message: string | null;
  /** First and last day of the 24-month window, both included. */
  windowStart: string;
  windowEnd: string;
}

/** The cumulative placement minutes at one host over the 24 months ending at `asOf`, and the warning level. */
export function placementStatus(
  missions: PlacementMission[],
  hostOrganisationId: string,
  asOf: string,
): PlacementStatus {
  const minutesInWindow = placementMinutesInWindow(missions, hostOrganisationId, asOf);
  return {
    hostOrganisationId,
    minutesInWindow,
    ...placementCapStatus(minutesInWindow),
    windowStart: addDays(addMonths(asOf, -AI_PLACEMENT_WINDOW_MONTHS), 1),
    windowEnd: asOf,
  };
}

/**
 * One status per host with placement minutes in its window, the highest totals first. The window of a host ends
 * today, or at the end of its latest recorded placement when that is later (a planned mission counts in the
 * warning before it is done).
 */
export function placementTotals(missions: PlacementMission[], today: string): PlacementStatus[] {
  const lastEnd = new Map<string, string>();
  for (const m of missions) {
    if (m.kind !== MissionKind.PLACEMENT) continue;
    const known = lastEnd.get(m.hostOrganisationId);
    lastEnd.set(m.hostOrganisationId, known ? maxIso(known, m.endDate) : m.endDate);
  }
  return [...lastEnd.entries()]
    .map(([hostId, end]) => placementStatus(missions, hostId, maxIso(today, end)))
    .filter((s) => s.minutesInWindow > 0)
    .sort((a, b) => b.minutesInWindow - a.minutesInWindow || a.hostOrganisationId.localeCompare(b.hostOrganisationId));
}
