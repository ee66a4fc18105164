/**
 * Retention checks after a hire (suivi à 6 et 12 mois : la personne est-elle toujours en poste ?). Pure rules, moved
 * from the outcomes module (ADR 0012).
 */
import type { FieldError } from '../errors';
import { formatIsoDateFr } from '../format';
import { RETENTION_CHECK_MONTHS } from '../pathway-records';
import { RETENTION_NOTICE_DAYS } from './alerts';
import { addDays, addMonths, daysBetween } from './dates';

/** A check may be recorded from 15 days before its due date (the alert announces it from then on). */
export const RETENTION_CHECK_EARLY_DAYS = RETENTION_NOTICE_DAYS;

/** The day the check `monthsAfter` months after a hire starting on `hireStart` is due. */
export function retentionCheckDueOn(hireStart: string, monthsAfter: number): string {
  return addMonths(hireStart, monthsAfter);
}

/** The first check of RETENTION_CHECK_MONTHS not done yet, with its due date; `null` once all are done. */
export function nextRetentionCheck(hireStart: string, done: number[]): { monthsAfter: number; dueOn: string } | null {
  const next = RETENTION_CHECK_MONTHS.find((m) => !done.includes(m));
  return next === undefined ? null : { monthsAfter: next, dueOn: retentionCheckDueOn(hireStart, next) };
}

function dayCount(n: number): string {
  return `${n} jour${n > 1 ? 's' : ''}`;
}

/**
 * Whether a check can be recorded: `monthsAfter` is 6 or 12, not recorded yet for this hire, and `checkedOn` is
 * neither in the future nor earlier than 15 days before the due date. Returns the first error, or `null`.
 */
export function checkRetentionCheck(p: {
  hireStart: string;
  monthsAfter: number;
  checkedOn: string;
  today: string;
  done: { monthsAfter: number; checkedOn: string }[];
}): FieldError | null {
  if (!(RETENTION_CHECK_MONTHS as readonly number[]).includes(p.monthsAfter))
    return {
      field: 'monthsAfter',
      message: `Le suivi se fait à ${RETENTION_CHECK_MONTHS.join(' ou ')} mois de l’embauche (${p.monthsAfter} mois saisi).`,
    };
  const same = p.done.find((d) => d.monthsAfter === p.monthsAfter);
  if (same)
    return {
      field: 'monthsAfter',
      message:
        `Le suivi à ${p.monthsAfter} mois de cette embauche existe déjà (fait le ${formatIsoDateFr(same.checkedOn)}) : ` +
        `il n’y en a qu’un par échéance.`,
    };
  if (p.checkedOn > p.today)
    return {
      field: 'checkedOn',
      message: `La date du suivi (${formatIsoDateFr(p.checkedOn)}) est dans le futur : enregistrez le suivi une fois fait.`,
    };
  const due = retentionCheckDueOn(p.hireStart, p.monthsAfter);
  const earliest = addDays(due, -RETENTION_CHECK_EARLY_DAYS);
  if (p.checkedOn < earliest)
    return {
      field: 'checkedOn',
      message:
        `Le suivi à ${p.monthsAfter} mois est dû le ${formatIsoDateFr(due)} (embauche du ${formatIsoDateFr(p.hireStart)}) : ` +
        `il peut être enregistré à partir du ${formatIsoDateFr(earliest)}, ${RETENTION_CHECK_EARLY_DAYS} jours avant, ` +
        `pas le ${formatIsoDateFr(p.checkedOn)} (${dayCount(daysBetween(p.checkedOn, earliest))} trop tôt).`,
    };
  return null;
}
