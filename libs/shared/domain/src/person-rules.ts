/** Pure rules about a person's identity fields, shared by the API (validation) and the web app (live hints). */
import { FSE_GENDER_LABELS, FseGender } from './funding/funding-catalogues';

export const MIN_WORKING_AGE = 16;
export const MAX_PLAUSIBLE_AGE = 100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into its parts when it names a day that exists in the calendar; `null` otherwise. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, Gregorian leap years (arithmetic: this runs for every date of a page). */
function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1];
}

/** Age in whole years on `today` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, today: string): number {
  const b = parseIsoDate(birthDate);
  const t = parseIsoDate(today);
  if (!b || !t) throw new Error(`Dates invalides : ${birthDate}, ${today}`);
  let age = t.year - b.year;
  if (t.month < b.month || (t.month === b.month && t.day < b.day)) age -= 1;
  return age;
}

/** Built once: creating an `Intl.DateTimeFormat` costs far more than formatting with one (the caseload calls this per person). */
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in France, as `YYYY-MM-DD`. */
export function todayInParis(now: Date = new Date()): string {
  // Formatting a date in a time zone is costly and hot paths (a caseload page) ask hundreds of times per request: the
  // answer is kept for the second it was asked in — exact, since Paris midnight always falls on a whole second.
  const second = Math.floor(now.getTime() / 1000);
  if (second !== lastToday.second) lastToday = { second, day: PARIS_DAY.format(now) };
  return lastToday.day;
}
let lastToday = { second: Number.NaN, day: '' };

/**
 * Checks a birth date: a real calendar day, in the past, of a person of working age.
 * Returns the French message to show, or `null` when the date is acceptable.
 */
export function checkBirthDate(value: string, today: string): string | null {
  const parsed = parseIsoDate(value);
  if (!parsed) return 'La date de naissance n’existe pas : saisissez une date réelle au format jj/mm/aaaa.';
  if (value > today) return 'La date de naissance est dans le futur : vérifiez l’année.';
  const age = ageOn(value, today);
  if (age < MIN_WORKING_AGE)
    return `La personne aurait ${age} an${age > 1 ? 's' : ''} : l’âge minimum pour un parcours est ${MIN_WORKING_AGE} ans. Vérifiez l’année.`;
  if (age > MAX_PLAUSIBLE_AGE)
    return `La personne aurait ${age} ans : vérifiez l’année de naissance (${MAX_PLAUSIBLE_AGE} ans au plus).`;
  return null;
}

/** Lower-case, accent-free form of a text, for search and sort ("Hélène" → "helene"). */
export function normalizeForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** French postal code: five digits. */
export const POSTAL_CODE_PATTERN = /^\d{5}$/;
/** A French or international phone number: digits with optional +, spaces, dots or dashes. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 .-]{8,18}[0-9]$/;

/**
 * The person's sex, as the FSE+ indicators and the ASP need it: the codes and French labels of the FSE+ participant's
 * gender (`FseGender`: WOMAN « Femme », MAN « Homme », NON_BINARY « Non binaire »), so that an FSE+ enrolment takes it
 * from the person as it is (docs/domain/exits.md § « Sexe de la personne »).
 */
export const PersonSex = FseGender;
export type PersonSex = FseGender;
export const PERSON_SEX_LABELS: Record<PersonSex, string> = FSE_GENDER_LABELS;
