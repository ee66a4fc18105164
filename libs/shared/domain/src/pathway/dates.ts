/**
 * Calendar-day arithmetic on ISO dates (`YYYY-MM-DD`). Everything is computed in UTC so that a day is always
 * 24 hours long: no time zone, no daylight-saving jump. A date that is not a real calendar day is a programming
 * error here (the API validates inputs first with `isIsoDate`), so these functions throw on it.
 */
import { parseIsoDate } from '../person-rules';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `true` when `value` is `YYYY-MM-DD` and names a day that exists (no 30 February). */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

function toUtc(iso: string): number {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`Date invalide : ${iso}`);
  return Date.UTC(d.year, d.month - 1, d.day);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The ISO day of a UTC midnight, by arithmetic (civil-from-days, H. Hinnant) — no Date object, no toISOString. */
function fromUtc(ms: number): string {
  const z = Math.floor(ms / DAY_MS) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `iso` moved by `n` calendar days (`n` may be negative). */
export function addDays(iso: string, n: number): string {
  return fromUtc(toUtc(iso) + n * DAY_MS);
}

/**
 * `iso` moved by `n` calendar months (`n` may be negative). The day is clamped to the end of the target month:
 * 31/01 + 1 month = 28/02 (29/02 in a leap year), like `relativedelta` in les emplois de l’inclusion.
 */
export function addMonths(iso: string, n: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`Date invalide : ${iso}`);
  const monthIndex = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(d.day, lastDay)));
}

/** `b − a` in days: `daysBetween('2026-01-01', '2026-01-31')` = 30; negative when `b` is before `a`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** Number of days from `start` to `end`, both included: a period starting and ending the same day lasts 1 day. */
export function inclusiveDays(start: string, end: string): number {
  return daysBetween(start, end) + 1;
}

/** The earlier of two ISO dates. */
export function minIso(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two ISO dates. */
export function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}

/** `true` when the two periods (both ends included) share at least one day. */
export function periodsOverlap(
  a: { startDate: string; endDate: string },
  b: { startDate: string; endDate: string },
): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}
