/**
 * PASS IAE: the 24-month authorisation to be employed in a SIAE, its suspensions and prolongations.
 * Source: les emplois de l’inclusion, `itou/approvals` (IAE-RULES §3.2). All periods include both ends.
 */
import { formatIsoDateFr } from '../format';
import { StructureKind } from '../kinds';
import { addDays, addMonths, daysBetween, inclusiveDays, isIsoDate, periodsOverlap } from './dates';
import { aStructureKind, days, months } from './wording';

export const PASS_IAE_DEFAULT_DAYS = 730;
export const PASS_NUMBER_LENGTH = 12;
/** A single suspension lasts at most 36 months (consecutive suspensions are allowed). */
export const PASS_SUSPENSION_MAX_MONTHS = 36;
/** A suspension may start at most 365 days before the day it is recorded. */
export const PASS_SUSPENSION_MAX_RETROACTIVITY_DAYS = 365;
/** Suspending is possible from the 5th day that follows the hire (before, the hire can still be cancelled). */
export const PASS_SUSPENSION_DAYS_AFTER_HIRE = 5;
/** Prolongation requests: from 12 months before the PASS end to 6 months after it. */
export const PASS_PROLONGATION_OPENS_MONTHS_BEFORE_END = 12;
export const PASS_PROLONGATION_CLOSES_MONTHS_AFTER_END = 6;

export enum PassSuspensionReason {
  CONTRACT_SUSPENDED = 'CONTRACT_SUSPENDED',
  CONTRACT_BROKEN = 'CONTRACT_BROKEN',
  CONTRACT_ENDED = 'CONTRACT_ENDED',
  CTA_AGREED = 'CTA_AGREED',
  BRIDGING_CONTRACT = 'BRIDGING_CONTRACT',
}

export const PASS_SUSPENSION_REASONS: Record<PassSuspensionReason, string> = {
  [PassSuspensionReason.CONTRACT_SUSPENDED]: 'Contrat de travail suspendu depuis plus de 15 jours',
  [PassSuspensionReason.CONTRACT_BROKEN]: 'Contrat de travail rompu',
  [PassSuspensionReason.CONTRACT_ENDED]: 'Contrat de travail terminé',
  [PassSuspensionReason.CTA_AGREED]:
    'Situation faisant l’objet d’un accord entre les acteurs membres du CTA (comité technique d’animation)',
  [PassSuspensionReason.BRIDGING_CONTRACT]: 'Bascule dans l’expérimentation « contrat passerelle »',
};

/** Suspension reasons offered to a structure: the « contrat passerelle » experiment is open to ACI and EI only. */
export function suspensionReasonsFor(kind: StructureKind): PassSuspensionReason[] {
  const all = Object.values(PassSuspensionReason);
  return kind === StructureKind.ACI || kind === StructureKind.EI
    ? all
    : all.filter((r) => r !== PassSuspensionReason.BRIDGING_CONTRACT);
}

export enum PassProlongationReason {
  COMPLETE_TRAINING = 'COMPLETE_TRAINING',
  RQTH = 'RQTH',
  SENIOR = 'SENIOR',
  PARTICULAR_DIFFICULTIES = 'PARTICULAR_DIFFICULTIES',
  SENIOR_CDI = 'SENIOR_CDI',
}

export interface PassProlongationRule {
  label: string;
  maxMonthsPerRequest: number;
  /** Cap on all prolongations for this reason; `null` = no fixed cap. */
  maxCumulativeMonths: number | null;
  /** Structure kinds that may use this reason; `null` = all. */
  structureKinds: StructureKind[] | null;
}

export const PASS_PROLONGATION_RULES: Record<PassProlongationReason, PassProlongationRule> = {
  // Renewable « until the end of the training action »: no fixed cap (les emplois applies a technical 2-year cap).
  [PassProlongationReason.COMPLETE_TRAINING]: {
    label: 'Fin d’une action de formation',
    maxMonthsPerRequest: 12,
    maxCumulativeMonths: null,
    structureKinds: null,
  },
  // 2 years of initial pathway + 3 years = 5 years in all.
  [PassProlongationReason.RQTH]: {
    label: 'Travailleur·se handicapé·e (RQTH)',
    maxMonthsPerRequest: 12,
    maxCumulativeMonths: 36,
    structureKinds: null,
  },
  // 2 + 5 = 7 years in all.
  [PassProlongationReason.SENIOR]: {
    label: 'Senior (50 ans ou plus)',
    maxMonthsPerRequest: 12,
    maxCumulativeMonths: 60,
    structureKinds: null,
  },
  [PassProlongationReason.PARTICULAR_DIFFICULTIES]: {
    label: 'Difficultés particulières qui font obstacle à l’insertion durable',
    maxMonthsPerRequest: 12,
    maxCumulativeMonths: 36,
    structureKinds: [StructureKind.AI, StructureKind.ACI],
  },
  // Until retirement; 10 years is the technical duration used by les emplois.
  [PassProlongationReason.SENIOR_CDI]: {
    label: 'CDI inclusion (salarié·e de 57 ans ou plus)',
    maxMonthsPerRequest: 120,
    maxCumulativeMonths: null,
    structureKinds: null,
  },
};

export enum PassStatus {
  FUTURE = 'FUTURE',
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  EXPIRED = 'EXPIRED',
}

export const PASS_STATUS_LABELS: Record<PassStatus, string> = {
  [PassStatus.FUTURE]: 'À venir',
  [PassStatus.VALID]: 'Valide',
  [PassStatus.SUSPENDED]: 'Suspendu',
  [PassStatus.EXPIRED]: 'Expiré',
};

interface Period {
  startDate: string;
  endDate: string;
}

/** A PASS number as typed, without spaces and in capitals (`99999 26 0001a` → `99999260001A`). */
export function normalizePassNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Checks a PASS IAE number: exactly 12 characters, digits and capital letters. `null` when acceptable. */
export function checkPassNumber(value: string): string | null {
  if (value.trim() === '') return 'Saisissez le numéro de PASS IAE : 12 caractères, chiffres et lettres majuscules.';
  const forbidden = [...new Set(value.match(/[^A-Za-z0-9]/g) ?? [])];
  if (forbidden.length) {
    const signs = forbidden.filter((c) => !/\s/.test(c)).map((c) => `« ${c} »`);
    const what = [...(signs.length < forbidden.length ? ['les espaces'] : []), ...signs].join(', ');
    return `Le numéro de PASS IAE ne contient que des chiffres et des lettres : retirez ${what}.`;
  }
  if (value.length !== PASS_NUMBER_LENGTH) {
    const gap = value.length - PASS_NUMBER_LENGTH;
    return (
      `Le numéro de PASS IAE compte 12 caractères : vous en avez saisi ${value.length} ` +
      `(${gap < 0 ? `il en manque ${-gap}` : `${gap} de trop`}).`
    );
  }
  if (value !== value.toUpperCase()) return `Écrivez le numéro de PASS IAE en majuscules : ${value.toUpperCase()}.`;
  return null;
}

/**
 * End date of a PASS IAE (last valid day): start + 730 days − 1, pushed back by the length of each suspension
 * (both ends counted: a one-day suspension adds one day), then by the months of all prolongations added at once
 * (so that month-end clamping happens a single time).
 */
export function passEndDate(startDate: string, suspensions: Period[], prolongations: { months: number }[]): string {
  const suspendedDays = suspensions.reduce((sum, s) => sum + inclusiveDays(s.startDate, s.endDate), 0);
  const prolongedMonths = prolongations.reduce((sum, p) => sum + p.months, 0);
  return addMonths(addDays(startDate, PASS_IAE_DEFAULT_DAYS - 1 + suspendedDays), prolongedMonths);
}

/**
 * Checks a new suspension of a PASS IAE. `null` when acceptable; otherwise the first problem found.
 * Rules (les emplois): end on or after start; 36 months at most (end ≤ start + 36 months − 1 day); not starting in
 * the future nor more than 365 days ago; recorded from the 5th day after the hire and not starting before the hire;
 * starting within the PASS validity (the end may go beyond: the suspension pushes the PASS end back); no overlap
 * with another suspension of the same PASS.
 */
export function checkSuspension(
  input: Period,
  ctx: { passStart: string; passEnd: string; hireDate: string | null; existing: Period[]; today: string },
): string | null {
  const { startDate: start, endDate: end } = input;
  if (!isIsoDate(start)) return 'La date de début de la suspension n’existe pas : saisissez une date réelle.';
  if (!isIsoDate(end)) return 'La date de fin de la suspension n’existe pas : saisissez une date réelle.';
  if (end < start)
    return `La fin de la suspension (${formatIsoDateFr(end)}) précède son début (${formatIsoDateFr(start)}) : corrigez l’une des deux dates.`;
  const maxEnd = addDays(addMonths(start, PASS_SUSPENSION_MAX_MONTHS), -1);
  if (end > maxEnd)
    return (
      `La suspension dure ${days(inclusiveDays(start, end))} : 36 mois au plus, soit une fin au plus tard le ` +
      `${formatIsoDateFr(maxEnd)}. Raccourcissez-la de ${days(daysBetween(maxEnd, end))}, puis enregistrez une nouvelle suspension si besoin.`
    );
  if (start > ctx.today)
    return (
      `La suspension commence le ${formatIsoDateFr(start)}, dans ${days(daysBetween(ctx.today, start))} : ` +
      `une suspension ne peut pas commencer dans le futur. Enregistrez-la à partir de son premier jour.`
    );
  const minStart = addDays(ctx.today, -PASS_SUSPENSION_MAX_RETROACTIVITY_DAYS);
  if (start < minStart)
    return (
      `La suspension commence le ${formatIsoDateFr(start)}, il y a ${days(daysBetween(start, ctx.today))} : ` +
      `elle peut remonter au plus à 365 jours, soit un début au plus tôt le ${formatIsoDateFr(minStart)}.`
    );
  if (ctx.hireDate) {
    const openFrom = addDays(ctx.hireDate, PASS_SUSPENSION_DAYS_AFTER_HIRE);
    if (ctx.today < openFrom)
      return (
        `Le PASS IAE ne peut être suspendu qu’à partir du 5e jour qui suit l’embauche du ${formatIsoDateFr(ctx.hireDate)}, ` +
        `soit le ${formatIsoDateFr(openFrom)} (dans ${days(daysBetween(ctx.today, openFrom))}). ` +
        `Si le contrat n’a pas commencé, annulez plutôt l’embauche.`
      );
    if (start < ctx.hireDate)
      return (
        `La suspension commence le ${formatIsoDateFr(start)}, avant l’embauche du ${formatIsoDateFr(ctx.hireDate)} : ` +
        `choisissez un début à partir du ${formatIsoDateFr(ctx.hireDate)}.`
      );
  }
  if (start < ctx.passStart || start > ctx.passEnd)
    return (
      `La suspension doit commencer pendant la validité du PASS IAE, du ${formatIsoDateFr(ctx.passStart)} au ` +
      `${formatIsoDateFr(ctx.passEnd)} : le ${formatIsoDateFr(start)} est en dehors.`
    );
  const clash = ctx.existing.find((s) => periodsOverlap(input, s));
  if (clash)
    return (
      `Cette période chevauche la suspension du ${formatIsoDateFr(clash.startDate)} au ${formatIsoDateFr(clash.endDate)} : ` +
      `choisissez des dates qui ne la recoupent pas, ou modifiez la suspension existante.`
    );
  return null;
}

/**
 * Checks a prolongation request. `null` when acceptable; otherwise the first problem found: reason not open to
 * this kind of structure; duration outside 1..max months per request; cumulative cap for the reason exceeded;
 * request outside the window « 12 months before the PASS end → 6 months after it » (both ends included).
 */
export function checkProlongation(
  input: { reason: PassProlongationReason; months: number },
  ctx: {
    structureKind: StructureKind;
    passEnd: string;
    existing: { reason: PassProlongationReason; months: number }[];
    today: string;
  },
): string | null {
  const rule = PASS_PROLONGATION_RULES[input.reason];
  const motif = `le motif « ${rule.label} »`;
  if (rule.structureKinds && !rule.structureKinds.includes(ctx.structureKind))
    return (
      `${capitalise(motif)} n’est pas ouvert à ${aStructureKind(ctx.structureKind)} ` +
      `(réservé aux ${rule.structureKinds.join(' et ')}) : choisissez un autre motif.`
    );
  const max = rule.maxMonthsPerRequest;
  if (!Number.isInteger(input.months) || input.months < 1)
    return `La durée de prolongation est un nombre entier de mois, de 1 à ${max} : vous avez saisi ${String(input.months).replace('.', ',')}.`;
  if (input.months > max)
    return (
      `Une prolongation pour ${motif} dure au plus ${months(max)} par demande : vous en demandez ${input.months}. ` +
      `Réduisez-la de ${months(input.months - max)} ; vous pourrez la renouveler ensuite.`
    );
  if (rule.maxCumulativeMonths !== null) {
    const used = ctx.existing.filter((p) => p.reason === input.reason).reduce((sum, p) => sum + p.months, 0);
    const left = rule.maxCumulativeMonths - used;
    if (left <= 0)
      return (
        `Le plafond de ${months(rule.maxCumulativeMonths)} de prolongation pour ${motif} est atteint ` +
        `(${months(used)} déjà accordés) : aucune nouvelle prolongation n’est possible pour ce motif.`
      );
    if (input.months > left)
      return (
        `${months(used)} de prolongation déjà accordés pour ${motif}, ${months(rule.maxCumulativeMonths)} au plus au total : ` +
        `demandez ${months(left)} au plus (${months(input.months - left)} de trop).`
      );
  }
  const opens = addMonths(ctx.passEnd, -PASS_PROLONGATION_OPENS_MONTHS_BEFORE_END);
  const closes = addMonths(ctx.passEnd, PASS_PROLONGATION_CLOSES_MONTHS_AFTER_END);
  if (ctx.today < opens)
    return (
      `Trop tôt pour demander une prolongation : le PASS IAE prend fin le ${formatIsoDateFr(ctx.passEnd)} et la demande ` +
      `est possible à partir du ${formatIsoDateFr(opens)} (12 mois avant), dans ${days(daysBetween(ctx.today, opens))}.`
    );
  if (ctx.today > closes)
    return (
      `Trop tard pour demander une prolongation : le PASS IAE a pris fin le ${formatIsoDateFr(ctx.passEnd)} et la demande ` +
      `était possible jusqu’au ${formatIsoDateFr(closes)} (6 mois après), dépassé de ${days(daysBetween(closes, ctx.today))}. ` +
      `Un nouveau PASS IAE ne peut alors être délivré que par un prescripteur habilité (période de carence de 2 ans).`
    );
  return null;
}

/**
 * Status of a PASS IAE on `today`, given its current end date (suspensions and prolongations already included):
 * not started yet, expired, suspended (a suspension covers today), or valid.
 */
export function passStatus(
  p: { startDate: string; endDate: string; suspensions: Period[] },
  today: string,
): PassStatus {
  if (today < p.startDate) return PassStatus.FUTURE;
  if (today > p.endDate) return PassStatus.EXPIRED;
  if (p.suspensions.some((s) => s.startDate <= today && today <= s.endDate)) return PassStatus.SUSPENDED;
  return PassStatus.VALID;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
