import { formatCents } from './format';

/**
 * Money and rates as the director types them (amounts are integer cents, shown with the shared `formatCents`), and
 * rates in basis points shown `60 %` or `33,33 %`. Integer arithmetic only: a figure of a funding agreement must not drift by a cent.
 */

const NBSP = '\u00a0';

/** An hourly rate: 915 → `9,15 €/h`. */
export function formatHourlyRate(cents: number): string {
  return `${formatCents(cents)}/h`;
}

/**
 * Euros as typed → cents: `1234`, `1 234,5`, `1.234,50`, `1234.50 €`, `12 000`. `null` when unreadable or when it has
 * more than two decimals (a cent is the smallest unit a funder pays).
 */
export function parseEurosToCents(text: string): number | null {
  let t = text.replace(/€/g, '').replace(/[\s\u00a0\u202f]/g, '');
  if (!t) return null;
  // « 1.234,50 »: dots group thousands when a comma marks the decimals.
  if (t.includes(',') && t.includes('.')) t = t.replace(/\./g, '');
  t = t.replace(',', '.');
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Cents → what a person would type back: 123450 → `1234,50`, 120000 → `1200`. */
export function centsToEurosInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest ? `${euros},${String(rest).padStart(2, '0')}` : String(euros);
}

/** Basis points → `60 %`, `33,33 %`, `100 %`. */
export function formatBp(bp: number): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  const decimals = rest ? `,${String(rest).padStart(2, '0').replace(/0$/, '')}` : '';
  return `${whole}${decimals}${NBSP}%`;
}

/** A percentage as typed (`60`, `60,5`, `33.33 %`) → basis points; `null` when unreadable or over two decimals. */
export function parsePercentToBp(text: string): number | null {
  const t = text
    .replace(/%/g, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Basis points → what a person would type back: 6000 → `60`, 3333 → `33,33`. */
export function bpToInput(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '';
  return formatBp(bp).replace(`${NBSP}%`, '');
}
