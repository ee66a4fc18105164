/**
 * Job coaching during missions (issue 18, point 5): the coach follows the person during the mission and mediates
 * with the employer. Catalogues and the « no contact » rule (docs/domain/coaching.md).
 */
import { formatIsoDateFr } from '../format';
import { addDays, daysBetween } from './dates';
import { days } from './wording';

export enum CoachingContactKind {
  VISIT = 'VISIT',
  CALL = 'CALL',
  MEDIATION = 'MEDIATION',
}

export const COACHING_CONTACT_KIND_LABELS: Record<CoachingContactKind, string> = {
  [CoachingContactKind.VISIT]: 'Visite sur le lieu de mission',
  [CoachingContactKind.CALL]: 'Appel',
  [CoachingContactKind.MEDIATION]: 'Médiation avec l’employeur',
};

export enum CoachingContactStatus {
  /** Asked for by the employer from the portal, not yet held. */
  REQUESTED = 'REQUESTED',
  DONE = 'DONE',
}

export const COACHING_CONTACT_STATUS_LABELS: Record<CoachingContactStatus, string> = {
  [CoachingContactStatus.REQUESTED]: 'Demandée, en attente',
  [CoachingContactStatus.DONE]: 'Faite',
};

/** Days without a coaching contact before the alert, when the structure chose none. */
export const COACHING_ALERT_DEFAULT_DAYS = 14;
export const COACHING_ALERT_MIN_DAYS = 1;
export const COACHING_ALERT_MAX_DAYS = 365;
/** The note of a contact and the employer's message, at most. */
export const COACHING_NOTE_MAX_LENGTH = 1000;

/** What the « no contact » alert reads of a person in a running mission. */
export interface CoachingAlertFacts {
  /** The start of the person's earliest running mission, `YYYY-MM-DD`. */
  missionStart: string;
  /** The last contact held during a running mission (any kind), `YYYY-MM-DD`, or null. */
  lastContactOn: string | null;
  /** The structure's threshold, in days. */
  thresholdDays: number;
}

/**
 * The days since the last contact (or, without one, since the mission started) and the day the alert is due, or null
 * while within the threshold. Raised when more than `thresholdDays` days have passed.
 */
export function coachingGap(
  f: CoachingAlertFacts,
  today: string,
): { gap: number; since: string; dueDate: string } | null {
  const since = f.lastContactOn && f.lastContactOn > f.missionStart ? f.lastContactOn : f.missionStart;
  const gap = daysBetween(since, today);
  if (gap <= f.thresholdDays) return null;
  return { gap, since, dueDate: addDays(since, f.thresholdDays) };
}

/** The alert's message: « Pas de contact de suivi depuis 20 jours … ». */
export function coachingAlertMessage(f: CoachingAlertFacts, gap: number): string {
  return f.lastContactOn
    ? `Pas de contact de suivi depuis ${days(gap)} (dernier le ${formatIsoDateFr(f.lastContactOn)}, seuil ` +
        `${days(f.thresholdDays)}) pendant la mission en cours : appelez ou rendez visite à la personne.`
    : `Pas de contact de suivi depuis le début de la mission (${formatIsoDateFr(f.missionStart)}, il y a ` +
        `${days(gap)} ; seuil ${days(f.thresholdDays)}) : appelez ou rendez visite à la personne.`;
}
