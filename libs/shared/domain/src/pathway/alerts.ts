/**
 * Alerts on a person’s file, computed from facts the API gathers (no I/O here). Sorted by urgency: `danger` first,
 * then the earliest due date (alerts without a due date last).
 */
import { contractProgress, decisionDueOn, depositDueOn } from '../contracts/contract-rules';
import { ContractStatus } from '../contracts/contract-catalogues';
import { countLabel, formatIsoDateFr } from '../format';
import { PathwayStage } from '../kinds';
import { RETENTION_CHECK_MONTHS } from '../pathway-records';
import { addDays, addMonths, daysBetween } from './dates';
import { formatMinutes } from './format-hours';
import { PASS_PROLONGATION_CLOSES_MONTHS_AFTER_END } from './pass-iae';
import { type CoachingAlertFacts, coachingAlertMessage, coachingGap } from './coaching';
import { AI_PLACEMENT_WARNING_MINUTES, placementCapStatus } from './work-situations';
import { days } from './wording';

export enum AlertCode {
  PASS_ENDING = 'PASS_ENDING',
  PROOF_EXPIRED = 'PROOF_EXPIRED',
  ATTENDANCE_BEHIND = 'ATTENDANCE_BEHIND',
  PLACEMENT_CAP_NEAR = 'PLACEMENT_CAP_NEAR',
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
  NO_COACHING_CONTACT = 'NO_COACHING_CONTACT',
  CONTRACT_DEPOSIT_DUE = 'CONTRACT_DEPOSIT_DUE',
  OPCO_DECISION_DUE = 'OPCO_DECISION_DUE',
  TRAINING_BEHIND = 'TRAINING_BEHIND',
  CONTRACT_ENDING = 'CONTRACT_ENDING',
  CONTRACT_BREAK_FOLLOW_UP = 'CONTRACT_BREAK_FOLLOW_UP',
}

export const ALERT_LABELS: Record<AlertCode, string> = {
  [AlertCode.PASS_ENDING]: 'PASS IAE bientôt échu',
  [AlertCode.PROOF_EXPIRED]: 'Justificatif périmé',
  [AlertCode.ATTENDANCE_BEHIND]: 'Présence en retard',
  [AlertCode.PLACEMENT_CAP_NEAR]: 'Plafond de mise à disposition',
  [AlertCode.FOLLOW_UP_DUE]: 'Suivi à faire',
  [AlertCode.NO_COACHING_CONTACT]: 'Pas de contact de suivi en mission',
  [AlertCode.CONTRACT_DEPOSIT_DUE]: 'Contrat pro à déposer',
  [AlertCode.OPCO_DECISION_DUE]: 'Décision de l’OPCO attendue',
  [AlertCode.TRAINING_BEHIND]: 'Formation du contrat pro en retard',
  [AlertCode.CONTRACT_ENDING]: 'Contrat pro bientôt terminé',
  [AlertCode.CONTRACT_BREAK_FOLLOW_UP]: 'Rupture de contrat pro à suivre',
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
  /** The person’s contrats de professionnalisation that may raise an alert (any status: the rules filter). */
  contracts: ContractAlertFacts[];
  /** A person in a running mission: their last coaching contact and the structure's threshold (absent otherwise). */
  coaching?: CoachingAlertFacts | null;
}

/** What the contract alerts read of one contrat de professionnalisation. */
export interface ContractAlertFacts {
  /** `ContractStatus`. */
  status: string;
  startDate: string;
  endDate: string;
  submittedOn: string | null;
  opcoDecision: string | null;
  brokenOn: string | null;
  plannedTrainingMinutes: number;
  /** Minutes attended at TRAINING sessions within the contract’s period, up to today. */
  attendedMinutes: number;
  /** The follow-up of a break, when the contract was broken. */
  followUp: { dueOn: string; closedOn: string | null } | null;
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
/** A draft contract is announced 5 days before its start (it must be deposited within 5 days after it). */
export const CONTRACT_DEPOSIT_NOTICE_DAYS = 5;
/** The OPCO’s answer is awaited from 15 days after the deposit (it has 20). */
export const OPCO_DECISION_NOTICE_DAYS = 15;
/** An active contract is announced 30 days before its end. */
export const CONTRACT_ENDING_NOTICE_DAYS = 30;

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

/** `dans 3 jours`, `aujourd’hui`, `il y a 2 jours`. */
function fromToday(date: string, today: string): string {
  const n = daysBetween(today, date);
  if (n === 0) return 'aujourd’hui';
  return n > 0 ? `dans ${days(n)}` : `il y a ${days(-n)}`;
}

function contractAlerts(c: ContractAlertFacts, today: string): Alert[] {
  const alerts: Alert[] = [];
  const startFr = formatIsoDateFr(c.startDate);
  if (c.status === ContractStatus.DRAFT && today >= addDays(c.startDate, -CONTRACT_DEPOSIT_NOTICE_DAYS)) {
    const due = depositDueOn(c.startDate);
    const late = today > due;
    alerts.push({
      code: AlertCode.CONTRACT_DEPOSIT_DUE,
      severity: late ? 'danger' : 'warning',
      message: late
        ? `Le contrat de professionnalisation commencé le ${startFr} devait être déposé à l’OPCO au plus tard le ` +
          `${formatIsoDateFr(due)}, il y a ${days(daysBetween(due, today))} : déposez-le sans attendre.`
        : `Le contrat de professionnalisation commence le ${startFr} : déposez-le à l’OPCO au plus tard le ` +
          `${formatIsoDateFr(due)} (${fromToday(due, today)}), 5 jours après son début.`,
      dueDate: due,
    });
  }
  if (
    c.status === ContractStatus.SUBMITTED &&
    c.submittedOn &&
    !c.opcoDecision &&
    today >= addDays(c.submittedOn, OPCO_DECISION_NOTICE_DAYS)
  ) {
    const due = decisionDueOn(c.submittedOn);
    const submittedFr = formatIsoDateFr(c.submittedOn);
    alerts.push(
      today > due
        ? {
            code: AlertCode.OPCO_DECISION_DUE,
            severity: 'danger',
            message:
              `L’OPCO n’a pas répondu au dépôt du ${submittedFr} : le silence vaut acceptation depuis le ` +
              `${formatIsoDateFr(due)} : enregistrez la décision.`,
            dueDate: due,
          }
        : {
            code: AlertCode.OPCO_DECISION_DUE,
            severity: 'warning',
            message:
              `L’OPCO doit répondre au dépôt du ${submittedFr} au plus tard le ${formatIsoDateFr(due)} ` +
              `(${fromToday(due, today)}) : relancez-le ; sans réponse, son silence vaudra acceptation.`,
            dueDate: due,
          },
    );
  }
  if (c.status === ContractStatus.ACTIVE) {
    const progress = contractProgress({
      startDate: c.startDate,
      endDate: c.endDate,
      stoppedOn: c.brokenOn,
      plannedMinutes: c.plannedTrainingMinutes,
      attendedMinutes: c.attendedMinutes,
      today,
    });
    if (progress.behind) {
      const missing = Math.ceil((progress.expectedMinutesToDate * 90) / 100) - c.attendedMinutes;
      alerts.push({
        code: AlertCode.TRAINING_BEHIND,
        severity: 'warning',
        message:
          `Formation du contrat de professionnalisation en retard : ${formatMinutes(c.attendedMinutes)} suivies sur ` +
          `${formatMinutes(progress.expectedMinutesToDate)} attendues à ce jour (${formatMinutes(c.plannedTrainingMinutes)} ` +
          `prévues au contrat ; il manque ${formatMinutes(missing)} pour revenir à 90 %). ` +
          `Faites le point avec la personne, le·la tuteur·rice et l’organisme de formation.`,
        dueDate: null,
      });
    }
    const left = daysBetween(today, c.endDate);
    if (left <= CONTRACT_ENDING_NOTICE_DAYS) {
      const endFr = formatIsoDateFr(c.endDate);
      alerts.push({
        code: AlertCode.CONTRACT_ENDING,
        severity: left < 0 ? 'danger' : 'warning',
        message:
          left < 0
            ? `Le contrat de professionnalisation a pris fin le ${endFr}, il y a ${days(-left)} : enregistrez sa fin ` +
              `(ou sa rupture).`
            : `Le contrat de professionnalisation prend fin le ${endFr} (${fromToday(c.endDate, today)}) : préparez la ` +
              `suite avec la personne (examen, embauche, renouvellement).`,
        dueDate: c.endDate,
      });
    }
  }
  if (c.followUp && !c.followUp.closedOn) {
    const due = c.followUp.dueOn;
    const late = today > due;
    const broken = c.brokenOn ? ` le ${formatIsoDateFr(c.brokenOn)}` : '';
    alerts.push({
      code: AlertCode.CONTRACT_BREAK_FOLLOW_UP,
      severity: late ? 'danger' : 'warning',
      message:
        `Contrat de professionnalisation rompu${broken} : informez l’OPCO et décidez d’une réorientation avec la ` +
        `personne ${late ? `(à faire depuis le ${formatIsoDateFr(due)}, il y a ${days(daysBetween(due, today))})` : `avant le ${formatIsoDateFr(due)} (${fromToday(due, today)})`}, ` +
        `puis clôturez le suivi.`,
      dueDate: due,
    });
  }
  return alerts;
}

/**
 * The alerts of a person’s file on `today`:
 * - PASS IAE ending within 60 days (danger within 15 days or expired);
 * - expired proofs; attendance below 80 % of the hours planned to date; mise à disposition at or above 400 h at a
 *   host (danger beyond 480 h);
 * - no follow-up interview for more than 30 days (not raised while no interview was ever recorded: there is no
 *   date to count from);
 * - a person in a running mission with no coaching contact for more than the structure's threshold (14 days unless
 *   the director chose another), counted from the last contact or else from the mission's start;
 * - retention checks 6 and 12 months after a hire, from 15 days before the due date until done (danger once late);
 * - contrats de professionnalisation: a draft to deposit from 5 days before its start (danger past the 5 days after
 *   it), the OPCO’s answer awaited from 15 days after the deposit (danger past 20 days: its silence is an
 *   acceptance to record), an active contract’s training more than 10 % behind the hours expected to date, an active
 *   contract ending within 30 days (danger once past its end), the open follow-up of a break (danger past its date).
 * A person who has exited only gets the retention checks and the contract alerts.
 */
export function computeAlerts(f: AlertFacts, today: string): Alert[] {
  return alertsOf(f, f.stage, today);
}

/** `computeAlerts` of the facts `f` at `stage` (the facts' own stage is not read). */
function alertsOf(f: Omit<AlertFacts, 'stage'>, stage: PathwayStage, today: string): Alert[] {
  const alerts: Alert[] = [];
  if (stage !== PathwayStage.EXITED) {
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
    const coaching = f.coaching ? coachingGap(f.coaching, today) : null;
    if (f.coaching && coaching)
      alerts.push({
        code: AlertCode.NO_COACHING_CONTACT,
        severity: 'warning',
        message: coachingAlertMessage(f.coaching, coaching.gap),
        dueDate: coaching.dueDate,
      });
  }
  if (f.hireStartDate) alerts.push(...retentionAlerts(f.hireStartDate, f.retentionChecksDone, today));
  for (const c of f.contracts) alerts.push(...contractAlerts(c, today));
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

/** A person's alert facts but the stage, which the caller already has (the person row). */
export type PersonAlertFacts = Omit<AlertFacts, 'stage'>;

/** A person's alerts on `today`, from their gathered facts and their stage (moved from the stages module, ADR 0012). */
export function alertsFromFacts(facts: PersonAlertFacts, stage: PathwayStage, today: string): Alert[] {
  // The facts as they are, the stage beside them: no copy of the facts per person of a page.
  return alertsOf(facts, stage, today);
}

/** The earliest due date among alerts, `null` when none has one. */
export function nextDeadlineOf(alerts: Alert[]): string | null {
  return alerts.reduce<string | null>(
    (min, a) => (a.dueDate && (min === null || a.dueDate < min) ? a.dueDate : min),
    null,
  );
}
