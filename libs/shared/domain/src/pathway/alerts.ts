/**
 * Alerts on a person’s file, computed from facts the API gathers (no I/O here). Sorted by urgency: `danger` first,
 * then the earliest due date (alerts without a due date last).
 */
import { countLabel, formatIsoDateFr } from '../format';
import { PathwayStage } from '../kinds';
import { RETENTION_CHECK_MONTHS } from '../pathway-records';
import { addDays, addMonths, daysBetween } from './dates';
import { formatMinutes } from './format-hours';
import { PASS_PROLONGATION_CLOSES_MONTHS_AFTER_END } from './pass-iae';
import { AI_PLACEMENT_WARNING_MINUTES, placementCapStatus } from './work-situations';
import { days } from './wording';

export enum AlertCode {
  PASS_ENDING = 'PASS_ENDING',
  PROOF_EXPIRED = 'PROOF_EXPIRED',
  ATTENDANCE_BEHIND = 'ATTENDANCE_BEHIND',
  PLACEMENT_CAP_NEAR = 'PLACEMENT_CAP_NEAR',
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
}

export const ALERT_LABELS: Record<AlertCode, string> = {
  [AlertCode.PASS_ENDING]: 'PASS IAE bientôt échu',
  [AlertCode.PROOF_EXPIRED]: 'Justificatif périmé',
  [AlertCode.ATTENDANCE_BEHIND]: 'Présence en retard',
  [AlertCode.PLACEMENT_CAP_NEAR]: 'Plafond de mise à disposition',
  [AlertCode.FOLLOW_UP_DUE]: 'Suivi à faire',
};

export interface Alert {
  code: AlertCode;
  severity: 'warning' | 'danger';
  message: string;
  dueDate: string | null;
}

export interface AlertFacts {
  stage: PathwayStage;
  passEndDate: string | null;
  expiredProofCount: number;
  plannedMinutesToDate: number;
  attendedMinutes: number;
  /** Highest per-host total of mise à disposition in the 24-month window. */
  maxPlacementMinutes: number;
  hireStartDate: string | null;
  /** Retention checks already done, in months after the hire, e.g. `[6]`. */
  retentionChecksDone: number[];
  lastFollowUpDate: string | null;
}

/** Warn when the PASS ends within 60 days; danger within 15 days or once expired. */
export const PASS_ENDING_WARNING_DAYS = 60;
export const PASS_ENDING_DANGER_DAYS = 15;
/** Attendance below 80 % of the hours planned to date is behind. */
export const ATTENDANCE_MIN_PERCENT = 80;
/** A retention check is announced 15 days before its due date. */
export const RETENTION_NOTICE_DAYS = 15;
/** At most 30 days without a follow-up interview. */
export const FOLLOW_UP_MAX_GAP_DAYS = 30;

function passAlert(end: string, today: string): Alert | null {
  const left = daysBetween(today, end);
  if (left > PASS_ENDING_WARNING_DAYS) return null;
  const severity = left <= PASS_ENDING_DANGER_DAYS ? 'danger' : 'warning';
  const endFr = formatIsoDateFr(end);
  let message: string;
  if (left > 0)
    message = `Le PASS IAE prend fin le ${endFr}, dans ${days(left)} : demandez une prolongation si le parcours continue.`;
  else if (left === 0)
    message = `Le PASS IAE prend fin aujourd’hui (${endFr}) : demandez une prolongation si le parcours continue.`;
  else {
    const closes = addMonths(end, PASS_PROLONGATION_CLOSES_MONTHS_AFTER_END);
    message =
      `Le PASS IAE a pris fin le ${endFr}, il y a ${days(-left)} : ` +
      (today <= closes
        ? `demandez une prolongation (possible jusqu’au ${formatIsoDateFr(closes)}) ou enregistrez la sortie.`
        : 'enregistrez la sortie.');
  }
  return { code: AlertCode.PASS_ENDING, severity, message, dueDate: end };
}

function attendanceAlert(planned: number, attended: number): Alert | null {
  if (planned <= 0 || attended * 100 >= planned * ATTENDANCE_MIN_PERCENT) return null;
  const percent = Math.floor((attended * 100) / planned);
  const missing = Math.ceil((planned * ATTENDANCE_MIN_PERCENT) / 100) - attended;
  return {
    code: AlertCode.ATTENDANCE_BEHIND,
    severity: 'warning',
    message:
      `Présence de ${percent} % : ${formatMinutes(attended)} sur ${formatMinutes(planned)} prévues à ce jour ` +
      `(seuil ${ATTENDANCE_MIN_PERCENT} %, il manque ${formatMinutes(missing)}). ` +
      `Faites le point avec la personne et l’organisme de formation.`,
    dueDate: null,
  };
}

function retentionAlerts(hire: string, done: number[], today: string): Alert[] {
  return RETENTION_CHECK_MONTHS.filter((m) => !done.includes(m)).flatMap((m): Alert[] => {
    const due = addMonths(hire, m);
    if (today < addDays(due, -RETENTION_NOTICE_DAYS)) return [];
    const late = daysBetween(due, today);
    const what = `Suivi à ${m} mois de l’embauche`;
    const message =
      late > 0
        ? `${what} en retard de ${days(late)} (prévu le ${formatIsoDateFr(due)}) : vérifiez que la personne est toujours en poste.`
        : `${what} à faire le ${formatIsoDateFr(due)}${late === 0 ? ' (aujourd’hui)' : `, dans ${days(-late)}`} : ` +
          `vérifiez que la personne est toujours en poste.`;
    return [{ code: AlertCode.FOLLOW_UP_DUE, severity: late > 0 ? 'danger' : 'warning', message, dueDate: due }];
  });
}

/**
 * The alerts of a person’s file on `today`:
 * - PASS IAE ending within 60 days (danger within 15 days or expired);
 * - expired proofs; attendance below 80 % of the hours planned to date; mise à disposition at or above 400 h at a
 *   host (danger beyond 480 h);
 * - no follow-up interview for more than 30 days (not raised while no interview was ever recorded: there is no
 *   date to count from);
 * - retention checks 6 and 12 months after a hire, from 15 days before the due date until done (danger once late).
 * A person who has exited only gets the retention checks.
 */
export function computeAlerts(f: AlertFacts, today: string): Alert[] {
  const alerts: Alert[] = [];
  if (f.stage !== PathwayStage.EXITED) {
    const pass = f.passEndDate ? passAlert(f.passEndDate, today) : null;
    if (pass) alerts.push(pass);
    if (f.expiredProofCount > 0)
      alerts.push({
        code: AlertCode.PROOF_EXPIRED,
        severity: 'warning',
        message:
          `${countLabel(f.expiredProofCount, 'justificatif périmé', 'justificatifs périmés')} : ` +
          `demandez ${f.expiredProofCount > 1 ? 'des justificatifs récents' : 'un justificatif récent'} à la personne.`,
        dueDate: null,
      });
    const attendance = attendanceAlert(f.plannedMinutesToDate, f.attendedMinutes);
    if (attendance) alerts.push(attendance);
    if (f.maxPlacementMinutes >= AI_PLACEMENT_WARNING_MINUTES) {
      const cap = placementCapStatus(f.maxPlacementMinutes);
      alerts.push({
        code: AlertCode.PLACEMENT_CAP_NEAR,
        severity: cap.level === 'OVER' ? 'danger' : 'warning',
        message: cap.message ?? '',
        dueDate: null,
      });
    }
    if (f.lastFollowUpDate) {
      const gap = daysBetween(f.lastFollowUpDate, today);
      if (gap > FOLLOW_UP_MAX_GAP_DAYS)
        alerts.push({
          code: AlertCode.FOLLOW_UP_DUE,
          severity: 'warning',
          message:
            `Aucun entretien de suivi depuis ${days(gap)} (dernier le ${formatIsoDateFr(f.lastFollowUpDate)}) : ` +
            `planifiez-en un.`,
          dueDate: addDays(f.lastFollowUpDate, FOLLOW_UP_MAX_GAP_DAYS),
        });
    }
  }
  if (f.hireStartDate) alerts.push(...retentionAlerts(f.hireStartDate, f.retentionChecksDone, today));
  return sortAlerts(alerts);
}

/** Danger first, then the earliest due date, alerts without a due date last; otherwise the original order. */
export function sortAlerts(alerts: Alert[]): Alert[] {
  const rank = (a: Alert) => (a.severity === 'danger' ? 0 : 1);
  return [...alerts].sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (a.dueDate === b.dueDate) return 0;
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  });
}
