import { formatFigureValue, type FigureUnit, formatIsoDateFr } from '@tremplin/domain';

/** A dashboard period, both bounds included, as ISO dates (AAAA-MM-JJ). */
export interface Period {
  start: string;
  end: string;
}

/** The quick choices above the period inputs. */
export type QuickPeriod = 'this-year' | 'last-year' | 'last-12-months';

export const QUICK_PERIOD_LABELS: Record<QuickPeriod, string> = {
  'this-year': 'Cette année',
  'last-year': 'L’an dernier',
  'last-12-months': '12 derniers mois',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The period a quick choice stands for, on `today` (AAAA-MM-JJ): 12 months = from the day after, a year back. */
export function quickPeriod(choice: QuickPeriod, today: string): Period {
  const year = Number(today.slice(0, 4));
  switch (choice) {
    case 'this-year':
      return { start: `${year}-01-01`, end: today };
    case 'last-year':
      return { start: `${year - 1}-01-01`, end: `${year - 1}-12-31` };
    case 'last-12-months': {
      const [y, m, d] = today.split('-').map(Number);
      // Same day a year back, plus one day (29 February falls back to 28 February first).
      const back = new Date(Date.UTC(y - 1, m - 1, m === 2 && d === 29 ? 28 : d));
      back.setUTCDate(back.getUTCDate() + 1);
      return {
        start: `${back.getUTCFullYear()}-${pad(back.getUTCMonth() + 1)}-${pad(back.getUTCDate())}`,
        end: today,
      };
    }
  }
}

/** The default period: 1 January of this year to today. */
export function defaultPeriod(today: string): Period {
  return quickPeriod('this-year', today);
}

/** Which quick choice a period is, if any (to show it pressed). */
export function quickPeriodOf(period: Period, today: string): QuickPeriod | null {
  for (const choice of Object.keys(QUICK_PERIOD_LABELS) as QuickPeriod[]) {
    const p = quickPeriod(choice, today);
    if (p.start === period.start && p.end === period.end) return choice;
  }
  return null;
}

/** « du 01/01/2026 au 23/11/2026 ». */
export function periodText(period: Period): string {
  return `du ${formatIsoDateFr(period.start)} au ${formatIsoDateFr(period.end)}`;
}

/** The longest period the dashboard accepts, in years (like the reports). */
export const MAX_PERIOD_YEARS = 3;

/** What is wrong with the period typed, per field (null when fine); `start`/`end` are ISO or null when unreadable. */
export function checkPeriod(
  start: string | null,
  end: string | null,
  startText: string,
  endText: string,
): { start: string | null; end: string | null } {
  const errors = { start: null as string | null, end: null as string | null };
  if (!startText.trim()) errors.start = 'Saisissez la date de début, par exemple 01/01/2026.';
  else if (!start || !isRealDate(start))
    errors.start = 'Saisissez une date au format jj/mm/aaaa, par exemple 01/01/2026.';
  if (!endText.trim()) errors.end = 'Saisissez la date de fin, par exemple 31/12/2026.';
  else if (!end || !isRealDate(end)) errors.end = 'Saisissez une date au format jj/mm/aaaa, par exemple 31/12/2026.';
  if (!errors.start && !errors.end && start && end) {
    if (end < start)
      errors.end = `La fin (${formatIsoDateFr(end)}) est avant le début (${formatIsoDateFr(start)}) : corrigez l’une des deux dates.`;
    else if (
      Number(end.slice(0, 4)) * 10000 + Number(end.slice(5, 7)) * 100 + Number(end.slice(8, 10)) >
      (Number(start.slice(0, 4)) + MAX_PERIOD_YEARS) * 10000 +
        Number(start.slice(5, 7)) * 100 +
        Number(start.slice(8, 10))
    )
      errors.end = `La période dépasse ${MAX_PERIOD_YEARS} ans : choisissez une fin au plus tard le ${formatIsoDateFr(
        `${Number(start.slice(0, 4)) + MAX_PERIOD_YEARS}${start.slice(4)}`,
      )}.`;
  }
  return errors;
}

/** Whether an ISO date exists in the calendar (31/02 does not). */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const MONTHS_SHORT = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const MONTHS_LONG = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** A month category, `2026-03` or « mars 2026 » (as the reports print it) → [year, month 0–11]; null otherwise. */
function monthOf(category: string): [string, number] | null {
  const iso = /^(\d{4})-(\d{2})$/.exec(category);
  if (iso) {
    const month = Number(iso[2]) - 1;
    return month >= 0 && month < 12 ? [iso[1], month] : null;
  }
  const fr = /^(\S+) (\d{4})$/.exec(category.trim());
  if (fr) {
    const month = MONTHS_SHORT.indexOf(fr[1]);
    return month >= 0 ? [fr[2], month] : null;
  }
  return null;
}

/** A chart category as shown: a month → « mars 2026 » (long) or « mars » / « mars 26 » (short); others as is. */
export function categoryLabel(category: string, form: 'long' | 'short', withYear = true): string {
  const m = monthOf(category);
  if (!m) return category;
  const [year, month] = m;
  if (form === 'long') return `${MONTHS_LONG[month]} ${year}`;
  return withYear ? `${MONTHS_SHORT[month]} ${year.slice(2)}` : MONTHS_SHORT[month];
}

/** The year of a month category (to tell whether a chart spans several years). */
export function categoryYear(category: string): string | null {
  return monthOf(category)?.[0] ?? null;
}

/** Whether every category is a month: such charts read left to right, in time. */
export function isMonthly(categories: string[]): boolean {
  return categories.length > 0 && categories.every((c) => monthOf(c) !== null);
}

/**
 * How far a figure is from its target, in words: « 4,5 points en dessous » (rates), « 3 de moins » (counts, hours),
 * « objectif atteint », « 2 de plus ». Every target on the dashboard is a floor (more is better).
 */
export function targetGap(
  value: number | null,
  target: number | null,
  unit: string,
): { text: string; reached: boolean } | null {
  if (value === null || value === undefined || target === null || target === undefined) return null;
  const diff = value - target;
  if (unit === 'rate_bp') {
    const points = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(Math.abs(diff) / 100);
    if (diff === 0) return { text: 'objectif atteint', reached: true };
    return diff < 0
      ? { text: `${points} ${Math.abs(diff) < 200 ? 'point' : 'points'} en dessous`, reached: false }
      : { text: `${points} ${Math.abs(diff) < 200 ? 'point' : 'points'} au-dessus`, reached: true };
  }
  const amount = formatFigureValue(Math.abs(diff), unit as FigureUnit);
  if (diff === 0) return { text: 'objectif atteint', reached: true };
  return diff < 0 ? { text: `${amount} de moins`, reached: false } : { text: `${amount} de plus`, reached: true };
}

/** `Objectif` → `objectif`, to read inside a sentence (acronyms like `FSE+` kept). */
export function lowerFirst(text: string): string {
  if (text.length > 1 && text[1] === text[1].toUpperCase() && /[A-Z]/.test(text[1])) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
