/**
 * Work situations at a host: immersions (PMSMP, unpaid, at most 1 month) and paid missions (test, replacement,
 * mise à disposition). Sources: IAE-RULES §5 (PMSMP) and §3.1 (AI: 480 h of mise à disposition per company over
 * 24 months, L5132-9 / R5132-18).
 */
import { formatIsoDateFr } from '../format';
import { addMonths, inclusiveDays, isIsoDate } from './dates';
import { formatMinutes } from './format-hours';
import { days } from './wording';

/** A PMSMP lasts at most 1 month, counted as 30 calendar days (immersion facilitée). */
export const IMMERSION_MAX_DAYS = 30;
/** Legal weekly maximum of working time (L3121-20), used as a sanity cap on declared mission hours. */
export const MAX_WEEKLY_MINUTES = 48 * 60;
/** AI mise à disposition in a company: at most 480 h over 24 months (prefect derogations exist). */
export const AI_PLACEMENT_CAP_MINUTES = 480 * 60;
/** From 400 h, warn that the 480 h cap is near. */
export const AI_PLACEMENT_WARNING_MINUTES = 400 * 60;
export const AI_PLACEMENT_WINDOW_MONTHS = 24;

export enum MissionKind {
  TEST = 'TEST',
  REPLACEMENT = 'REPLACEMENT',
  PLACEMENT = 'PLACEMENT',
}

export const MISSION_KIND_LABELS: Record<MissionKind, string> = {
  [MissionKind.TEST]: 'Mission test',
  [MissionKind.REPLACEMENT]: 'Remplacement',
  [MissionKind.PLACEMENT]: 'Mise à disposition',
};

function checkPeriod(what: string, startDate: string, endDate: string): string | null {
  if (!isIsoDate(startDate)) return `La date de début ${what} n’existe pas : saisissez une date réelle.`;
  if (!isIsoDate(endDate)) return `La date de fin ${what} n’existe pas : saisissez une date réelle.`;
  if (endDate < startDate)
    return `La fin ${what} (${formatIsoDateFr(endDate)}) précède son début (${formatIsoDateFr(startDate)}) : corrigez l’une des deux dates.`;
  return null;
}

/** Checks the dates of an immersion (PMSMP): end on or after start, at most 30 calendar days, both ends included. */
export function checkImmersion(p: { startDate: string; endDate: string }): string | null {
  const invalid = checkPeriod('de l’immersion', p.startDate, p.endDate);
  if (invalid) return invalid;
  const length = inclusiveDays(p.startDate, p.endDate);
  if (length > IMMERSION_MAX_DAYS)
    return (
      `L’immersion dure ${days(length)} : une PMSMP dure au plus ${IMMERSION_MAX_DAYS} jours calendaires (1 mois). ` +
      `Raccourcissez-la de ${days(length - IMMERSION_MAX_DAYS)}.`
    );
  return null;
}

/**
 * Checks a mission: end on or after start, hours above zero and plausible. The plausibility cap is deliberately
 * simple: 48 h (legal weekly maximum) × the number of weeks spanned, a started week counting as a whole one
 * (1 to 7 days = 1 week, 8 to 14 days = 2 weeks…). It catches typing errors (4 800 instead of 48), not labour law.
 */
/** Minutes in a calendar day. */
export const MINUTES_PER_DAY = 24 * 60;

export function checkMission(p: { startDate: string; endDate: string; minutes: number }): string | null {
  const invalid = checkPeriod('de la mission', p.startDate, p.endDate);
  if (invalid) return invalid;
  if (!Number.isFinite(p.minutes) || p.minutes <= 0)
    return 'Saisissez les heures de la mission : au moins quelques minutes.';
  const days = inclusiveDays(p.startDate, p.endDate);
  // A day has 24 hours: a one-day mission cannot exceed 24 h (docs/domain/hostile-input.md).
  if (p.minutes > days * MINUTES_PER_DAY)
    return (
      `${formatMinutes(p.minutes)} déclarées sur ${days} jour${days > 1 ? 's' : ''} : une journée compte 24 h, ` +
      `soit ${formatMinutes(days * MINUTES_PER_DAY)} au plus. Vérifiez les heures ou les dates.`
    );
  const weeks = Math.ceil(days / 7);
  const cap = weeks * MAX_WEEKLY_MINUTES;
  if (p.minutes > cap)
    return (
      `${formatMinutes(p.minutes)} déclarées sur ${weeks} semaine${weeks > 1 ? 's' : ''} : au plus 48 h par semaine, ` +
      `soit ${formatMinutes(cap)}. Vérifiez les heures ou les dates (${formatMinutes(p.minutes - cap)} de trop).`
    );
  return null;
}

/**
 * Minutes of mise à disposition (PLACEMENT missions) at one host over the 24 months ending at `asOf`
 * (from `asOf − 24 months + 1 day` to `asOf`, both included).
 * Simplification: a mission counts in full when its end date falls in the window (the hours are not split by
 * day), and the window slides with `asOf` instead of starting at the first mise à disposition as the law says.
 * Missions ending after `asOf` are not counted: pass the end of a planned mission as `asOf` to check it.
 */
export function placementMinutesInWindow(
  missions: { hostOrganisationId: string; endDate: string; minutes: number; kind: MissionKind }[],
  hostOrganisationId: string,
  asOf: string,
): number {
  const windowStart = addMonths(asOf, -AI_PLACEMENT_WINDOW_MONTHS);
  return missions
    .filter(
      (m) =>
        m.kind === MissionKind.PLACEMENT &&
        m.hostOrganisationId === hostOrganisationId &&
        m.endDate > windowStart &&
        m.endDate <= asOf,
    )
    .reduce((sum, m) => sum + m.minutes, 0);
}

/**
 * Where a host’s total stands against the AI cap: OK below 400 h, NEAR from 400 h to 480 h included, OVER beyond.
 * A warning only, never a refusal: the prefect may grant a derogation, and the cap does not apply to private
 * individuals, associations or local authorities.
 */
export function placementCapStatus(minutes: number): { level: 'OK' | 'NEAR' | 'OVER'; message: string | null } {
  if (minutes < AI_PLACEMENT_WARNING_MINUTES) return { level: 'OK', message: null };
  const head =
    `${formatMinutes(minutes)} de mise à disposition chez ce bailleur sur 24 mois glissants : ` +
    `le plafond des associations intermédiaires est de ${formatMinutes(AI_PLACEMENT_CAP_MINUTES)}`;
  if (minutes <= AI_PLACEMENT_CAP_MINUTES)
    return { level: 'NEAR', message: `${head} (reste ${formatMinutes(AI_PLACEMENT_CAP_MINUTES - minutes)}).` };
  return {
    level: 'OVER',
    message:
      `${head} (dépassé de ${formatMinutes(minutes - AI_PLACEMENT_CAP_MINUTES)}). ` +
      `Sans dérogation du préfet, ne prolongez pas la mise à disposition chez ce bailleur.`,
  };
}
