import { parseFrDate } from '@tremplin/domain';
import type { SummaryItem } from '@tremplin/web-ui';
import { problemOf } from '../../app/graphql-errors';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** An error under its field reads as a sentence: « Champ obligatoire. » (the summary says « Poste : champ obligatoire. »). */
export function sentence(message: string | undefined): string | undefined {
  return message ? message.charAt(0).toUpperCase() + message.slice(1) : undefined;
}

/**
 * A refusal of the API, placed next to the fields it names (fields are named like the input's fields); what names no
 * field of the form, or a refusal without fields (a stale version, a partner no longer in partnership), is global.
 */
export function placeProblem<F extends string>(
  err: unknown,
  fields: readonly F[],
): { errors: FieldErrors<F>; global: string | null } {
  const problem = problemOf(err);
  const errors: FieldErrors<F> = {};
  const unplaced: string[] = [];
  for (const fe of problem.fieldErrors) {
    const field = fields.find((f) => fe.field === f || fe.field.startsWith(`${f}.`) || fe.field === `input.${f}`);
    if (field) errors[field] = errors[field] ? `${errors[field]} ${fe.message}` : fe.message;
    else unplaced.push(fe.message);
  }
  const global = unplaced.length ? unplaced.join(' ') : Object.keys(errors).length ? null : problem.message;
  return { errors, global };
}

/** The lines of the error summary, in the order of the form, each linking to its field. */
export function summaryItems<F extends string>(
  global: string | null,
  errors: FieldErrors<F>,
  order: readonly F[],
  labels: Record<F, string>,
  inputId: (f: F) => string,
): SummaryItem[] {
  return [
    ...(global ? [{ message: global }] : []),
    ...order.filter((f) => errors[f]).map((f) => ({ inputId: inputId(f), message: `${labels[f]} : ${errors[f]}` })),
  ];
}

/** A date typed jj/mm/aaaa → `YYYY-MM-DD`, or the error to show (`required`: an empty field is an error). */
export function readDate(
  text: string,
  required: boolean,
  example = '01/09/2026',
): { value: string | null; error?: string } {
  if (!text.trim()) return required ? { value: null, error: 'champ obligatoire.' } : { value: null };
  const value = parseFrDate(text);
  if (!value || Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) || !sameDay(value))
    return { value: null, error: `saisissez une date réelle au format jj/mm/aaaa, par exemple ${example}.` };
  return { value };
}

/** Whether `YYYY-MM-DD` is a day of the calendar (not 31/02). */
function sameDay(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === iso;
}

/** A whole number as typed (« 12 », « 1 200 »), or `null`. */
export function readWholeNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}
