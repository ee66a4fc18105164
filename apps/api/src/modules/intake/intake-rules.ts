/**
 * Small pure rules of the intake records that the shared domain library does not (yet) hold: checking a day typed
 * by a counsellor, and the labels of the diagnosis authors. Candidates for `libs/shared/domain/src/pathway/`.
 */
import { countLabel, daysBetween, DiagnosisAuthor, formatIsoDateFr, isIsoDate } from '@tremplin/domain';

export const DIAGNOSIS_AUTHOR_LABELS: Record<DiagnosisAuthor, string> = {
  [DiagnosisAuthor.PRESCRIBER]: 'Prescripteur habilité',
  [DiagnosisAuthor.EMPLOYER]: 'Structure (auto-prescription)',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Checks a day typed in a form: `YYYY-MM-DD` naming a real day and, with `notFuture`, not after `today`.
 * `what` names the date inside a sentence (« la date d’orientation »). `null` when acceptable.
 */
export function checkDay(
  value: unknown,
  what: string,
  today: string,
  options: { notFuture?: boolean } = {},
): string | null {
  if (typeof value !== 'string' || value.trim() === '') return `${capitalise(what)} est obligatoire.`;
  if (!isIsoDate(value)) return `${capitalise(what)} n’existe pas : saisissez une date réelle au format jj/mm/aaaa.`;
  if (options.notFuture && value > today)
    return (
      `${capitalise(what)} (${formatIsoDateFr(value)}) est dans le futur, dans ${countLabel(daysBetween(today, value), 'jour')} : ` +
      `saisissez une date passée, au plus tard aujourd’hui (${formatIsoDateFr(today)}).`
    );
  return null;
}

/** Checks that `later` is not before `earlier` (both real days). `null` when acceptable. */
export function checkNotBefore(later: string, laterWhat: string, earlier: string, earlierWhat: string): string | null {
  if (later >= earlier) return null;
  return (
    `${capitalise(laterWhat)} (${formatIsoDateFr(later)}) précède ${earlierWhat} (${formatIsoDateFr(earlier)}) ` +
    `de ${countLabel(daysBetween(later, earlier), 'jour')} : corrigez l’une des deux dates.`
  );
}
