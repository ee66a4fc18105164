/** Calendar helpers of the week grid: ISO dates (`AAAA-MM-JJ`) computed in UTC, so that no time zone shifts a day. */

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

/** `2026-12-07` + 3 → `2026-12-10`. */
export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** 1 = lundi … 7 = dimanche. */
export function isoWeekday(iso: string): number {
  return ((toDate(iso).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week a date falls in. */
export function mondayOf(iso: string): string {
  return addDays(iso, 1 - isoWeekday(iso));
}

/** Whether a text is a real calendar date (`AAAA-MM-JJ`). */
export function isIsoDate(text: string | undefined | null): text is string {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return toIso(toDate(text)) === text;
}

const SHORT_WEEKDAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', timeZone: 'UTC' });
const LONG_DAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** A column's title: `lun. 07/12`. */
export function shortDayLabel(iso: string): string {
  return `${SHORT_WEEKDAY.format(toDate(iso))} ${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}

/** A cell's name: `lundi 7 décembre`. */
export function longDayLabel(iso: string): string {
  return LONG_DAY.format(toDate(iso));
}

/** The week's title: `semaine du 7 au 13 décembre 2026`, `semaine du 28 décembre 2026 au 3 janvier 2027`. */
export function weekTitle(monday: string): string {
  const sunday = addDays(monday, 6);
  const fmt = (iso: string, withYear: boolean, withMonth: boolean) =>
    new Intl.DateTimeFormat('fr-FR', {
      day: 'numeric',
      ...(withMonth ? { month: 'long' } : {}),
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    }).format(toDate(iso));
  const sameYear = monday.slice(0, 4) === sunday.slice(0, 4);
  const sameMonth = sameYear && monday.slice(5, 7) === sunday.slice(5, 7);
  return `semaine du ${fmt(monday, !sameYear, !sameMonth)} au ${fmt(sunday, true, true)}`;
}

/** The dates of a series: every day from `from` to `to` (both included) whose weekday (1 = lundi) is chosen. */
export function seriesDates(from: string, to: string, weekdays: readonly number[]): string[] {
  if (!isIsoDate(from) || !isIsoDate(to) || to < from) return [];
  const days: string[] = [];
  for (let d = from; d <= to && days.length <= 400; d = addDays(d, 1))
    if (weekdays.includes(isoWeekday(d))) days.push(d);
  return days;
}
