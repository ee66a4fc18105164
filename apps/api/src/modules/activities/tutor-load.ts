/** Counting a tutor's trainees at once (IAE-RULES §1.3: a host tutor follows at most 3 trainees at once). Pure. */

export interface Period {
  startDate: string;
  endDate: string | null;
}

/** Whether a period has not ended on `day` (no end date, or an end on or after that day). */
export function notEndedOn(p: Period, day: string): boolean {
  return p.endDate === null || p.endDate >= day;
}

/**
 * The largest number of `periods` running on one same day from `from` on (an open period never ends): how many
 * trainees a tutor would already follow alongside a new open-ended tutoring starting on `from`.
 */
export function maxConcurrentFrom(periods: Period[], from: string): number {
  const relevant = periods.filter((p) => notEndedOn(p, from));
  // The count only grows on a start day: checking `from` and each later start is enough.
  const days = [from, ...relevant.map((p) => p.startDate).filter((d) => d > from)];
  return days.reduce(
    (max, day) => Math.max(max, relevant.filter((p) => p.startDate <= day && notEndedOn(p, day)).length),
    0,
  );
}
