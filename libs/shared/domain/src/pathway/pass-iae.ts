/**
 * PASS IAE: the 24-month authorisation to be employed in a SIAE, its suspensions and prolongations, and the waiting
 * period after it ends. The arithmetic is the one of les emplois de l’inclusion, written down with its sources in
 * docs/domain/pass-iae.md.
 */
import { formatIsoDateFr } from '../format';
import { StructureKind } from '../kinds';
import { addDays, addMonths, daysBetween, isIsoDate, periodsOverlap } from './dates';
import { aStructureKind, days } from './wording';

export const PASS_IAE_DEFAULT_DAYS = 730;
export const PASS_NUMBER_LENGTH = 12;
/** A single suspension lasts at most 36 months (consecutive suspensions are allowed). */
export const PASS_SUSPENSION_MAX_MONTHS = 36;
/** A suspension may start at most 365 days before the day it is recorded. */
export const PASS_SUSPENSION_MAX_RETROACTIVITY_DAYS = 365;
/** Prolongation requests: from 12 months before the PASS end to 6 months after it. */
export const PASS_PROLONGATION_OPENS_MONTHS_BEFORE_END = 12;
export const PASS_PROLONGATION_CLOSES_MONTHS_AFTER_END = 6;
/** « Période de carence »: 2 years after a PASS ends, a new one needs an authorised prescriber. */
export const PASS_WAITING_PERIOD_YEARS = 2;

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
  /** Longest single prolongation, in days (the platform's `max_duration`). */
  maxDaysPerRequest: number;
  /** Cap on the days of ALL the prolongations of the PASS, whatever their reason; `null` = no cap. */
  maxCumulativeDays: number | null;
  /** Structure kinds that may use this reason; `null` = all. */
  structureKinds: StructureKind[] | null;
}

/** Prolongation rules of les emplois de l’inclusion, in days (docs/domain/pass-iae.md § Prolongation). */
export const PASS_PROLONGATION_RULES: Record<PassProlongationReason, PassProlongationRule> = {
  // Renewable « until the end of the training action »: 365 days per request, no cumulative cap.
  [PassProlongationReason.COMPLETE_TRAINING]: {
    label: 'Fin d’une action de formation',
    maxDaysPerRequest: 365,
    maxCumulativeDays: null,
    structureKinds: null,
  },
  // 2 years of initial pathway + 3 years (1 095 days) = 5 years in all.
  [PassProlongationReason.RQTH]: {
    label: 'Travailleur·se handicapé·e (RQTH)',
    maxDaysPerRequest: 365,
    maxCumulativeDays: 3 * 365,
    structureKinds: null,
  },
  // 2 years + 5 years (1 825 days) = 7 years in all.
  [PassProlongationReason.SENIOR]: {
    label: 'Senior (50 ans ou plus)',
    maxDaysPerRequest: 365,
    maxCumulativeDays: 5 * 365,
    structureKinds: null,
  },
  [PassProlongationReason.PARTICULAR_DIFFICULTIES]: {
    label: 'Difficultés particulières qui font obstacle à l’insertion durable',
    maxDaysPerRequest: 365,
    maxCumulativeDays: 3 * 365,
    structureKinds: [StructureKind.AI, StructureKind.ACI],
  },
  // Until retirement; 10 years (3 650 days) is the technical duration used by les emplois.
  [PassProlongationReason.SENIOR_CDI]: {
    label: 'CDI inclusion (salarié·e de 57 ans ou plus)',
    maxDaysPerRequest: 10 * 365,
    maxCumulativeDays: null,
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

/** A period, both ends given as ISO days. */
export interface PassPeriod {
  startDate: string;
  endDate: string;
}

/** A refusal: the input field it is about, and what to do, in French. */
export interface PassProblem {
  field: 'passId' | 'number' | 'startDate' | 'endDate' | 'officialEndDate' | 'reason';
  message: string;
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
 * Days by which a suspension or a prolongation moves the end of the PASS: `end − start`, the count of les emplois
 * (its database trigger adds `NEW.end_at - NEW.start_at`). A suspension of one day (start = end) moves nothing; one
 * from the 1st to the 10th moves 9 days. See docs/domain/pass-iae.md § Suspension.
 */
export function passShiftDays(p: PassPeriod): number {
  return daysBetween(p.startDate, p.endDate);
}

/**
 * End date (last valid day) computed by the rules: start + 730 days − 1, moved by `end − start` days for each
 * suspension and each prolongation, like les emplois (`get_default_end_date` and the `update_approval_end_at`
 * triggers). See docs/domain/pass-iae.md.
 */
export function passEndDate(startDate: string, suspensions: PassPeriod[], prolongations: PassPeriod[]): string {
  const shift = [...suspensions, ...prolongations].reduce((sum, p) => sum + passShiftDays(p), 0);
  return addDays(startDate, PASS_IAE_DEFAULT_DAYS - 1 + shift);
}

/** The end date in force: the one shown on les emplois de l’inclusion when it was typed in, else the computed one. */
export function effectivePassEndDate(computedEndDate: string, officialEndDate: string | null | undefined): string {
  return officialEndDate ?? computedEndDate;
}

/** Checks an official end date typed from les emplois: a real day, after the first day of the PASS. */
export function checkOfficialEndDate(officialEndDate: string, startDate: string): PassProblem | null {
  const field = 'officialEndDate';
  if (!isIsoDate(officialEndDate))
    return {
      field,
      message: 'La date de fin officielle n’existe pas : saisissez la date affichée sur les emplois de l’inclusion.',
    };
  if (officialEndDate <= startDate)
    return {
      field,
      message:
        `La date de fin officielle (${formatIsoDateFr(officialEndDate)}) doit suivre le début du PASS IAE ` +
        `(${formatIsoDateFr(startDate)}) : recopiez la date de fin affichée sur les emplois de l’inclusion.`,
    };
  return null;
}

/** The suspension covering `today`, if any. */
export function ongoingSuspension<P extends PassPeriod>(suspensions: P[], today: string): P | null {
  return suspensions.find((s) => s.startDate <= today && today <= s.endDate) ?? null;
}

/**
 * Earliest first day of a new suspension (`Suspension.next_min_start_at` of les emplois): the day after the end of
 * the latest suspension already over, or else the first day of the latest hire; never more than 365 days before
 * today. See docs/domain/pass-iae.md § Suspension.
 */
export function nextMinSuspensionStart(ctx: { latestHireDate: string | null; existing: PassPeriod[]; today: string }): {
  date: string;
  because: 'RETROACTIVITY' | 'HIRE' | 'PREVIOUS_SUSPENSION';
} {
  const over = ctx.existing.filter((s) => s.endDate < ctx.today).sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  const lastOver = over[over.length - 1];
  const base = lastOver
    ? { date: addDays(lastOver.endDate, 1), because: 'PREVIOUS_SUSPENSION' as const }
    : ctx.latestHireDate
      ? { date: ctx.latestHireDate, because: 'HIRE' as const }
      : null;
  const threshold = addDays(ctx.today, -PASS_SUSPENSION_MAX_RETROACTIVITY_DAYS);
  return !base || base.date < threshold ? { date: threshold, because: 'RETROACTIVITY' } : base;
}

/**
 * Checks a new suspension of a PASS IAE (`Suspension.clean`, `next_min_start_at` and `Approval.can_be_suspended` of
 * les emplois). `null` when acceptable; otherwise the first problem found: dates that do not exist or reversed;
 * longer than 36 months (end ≤ start + 36 months − 1 day); a PASS not in progress today (not started, or expired: an
 * expired PASS cannot be suspended back to life) or already suspended today; a start in the future; a start before
 * the earliest allowed day (`nextMinSuspensionStart`); a start outside the PASS validity; an overlap.
 */
export function checkSuspension(
  input: PassPeriod,
  ctx: { passStart: string; passEnd: string; latestHireDate: string | null; existing: PassPeriod[]; today: string },
): PassProblem | null {
  const { startDate: start, endDate: end } = input;
  if (!isIsoDate(start))
    return {
      field: 'startDate',
      message: 'La date de début de la suspension n’existe pas : saisissez une date réelle.',
    };
  if (!isIsoDate(end))
    return { field: 'endDate', message: 'La date de fin de la suspension n’existe pas : saisissez une date réelle.' };
  if (end < start)
    return {
      field: 'endDate',
      message: `La fin de la suspension (${formatIsoDateFr(end)}) précède son début (${formatIsoDateFr(start)}) : corrigez l’une des deux dates.`,
    };
  const maxEnd = addDays(addMonths(start, PASS_SUSPENSION_MAX_MONTHS), -1);
  if (end > maxEnd)
    return {
      field: 'endDate',
      message:
        `La suspension va du ${formatIsoDateFr(start)} au ${formatIsoDateFr(end)} : 36 mois au plus, soit une fin au plus tard le ` +
        `${formatIsoDateFr(maxEnd)}. Raccourcissez-la de ${days(daysBetween(maxEnd, end))}, puis enregistrez une nouvelle suspension si besoin.`,
    };
  const { today } = ctx;
  if (today < ctx.passStart)
    return {
      field: 'passId',
      message: `Le PASS IAE ne commence que le ${formatIsoDateFr(ctx.passStart)} : il ne peut être suspendu qu’à partir de ce jour.`,
    };
  if (today > ctx.passEnd)
    return {
      field: 'passId',
      message:
        `Le PASS IAE a pris fin le ${formatIsoDateFr(ctx.passEnd)} : un PASS IAE expiré ne peut pas être suspendu, ` +
        `même avec une date passée. Si la date de fin affichée sur les emplois de l’inclusion est plus tardive, ` +
        `saisissez-la d’abord comme date de fin officielle.`,
    };
  const ongoing = ongoingSuspension(ctx.existing, today);
  if (ongoing)
    return {
      field: 'passId',
      message:
        `Le PASS IAE est déjà suspendu du ${formatIsoDateFr(ongoing.startDate)} au ${formatIsoDateFr(ongoing.endDate)} : ` +
        `une nouvelle suspension ne peut être enregistrée qu’une fois celle-ci terminée.`,
    };
  if (start > today)
    return {
      field: 'startDate',
      message:
        `La suspension commence le ${formatIsoDateFr(start)}, dans ${days(daysBetween(today, start))} : ` +
        `une suspension ne peut pas commencer dans le futur. Enregistrez-la à partir de son premier jour.`,
    };
  const min = nextMinSuspensionStart({ latestHireDate: ctx.latestHireDate, existing: ctx.existing, today });
  if (start < min.date) {
    const why =
      min.because === 'PREVIOUS_SUSPENSION'
        ? `le lendemain de la fin de la suspension précédente`
        : min.because === 'HIRE'
          ? `le premier jour de la dernière embauche`
          : `elle peut remonter au plus à 365 jours`;
    return {
      field: 'startDate',
      message:
        `La suspension commence le ${formatIsoDateFr(start)} : elle peut commencer au plus tôt le ${formatIsoDateFr(min.date)} ` +
        `(${why}). Choisissez un début à partir de cette date.`,
    };
  }
  if (start < ctx.passStart || start > ctx.passEnd)
    return {
      field: 'startDate',
      message:
        `La suspension doit commencer pendant la validité du PASS IAE, du ${formatIsoDateFr(ctx.passStart)} au ` +
        `${formatIsoDateFr(ctx.passEnd)} : le ${formatIsoDateFr(start)} est en dehors.`,
    };
  const clash = ctx.existing.find((s) => periodsOverlap(input, s));
  if (clash)
    return {
      field: 'startDate',
      message:
        `Cette période chevauche la suspension du ${formatIsoDateFr(clash.startDate)} au ${formatIsoDateFr(clash.endDate)} : ` +
        `choisissez des dates qui ne la recoupent pas, ou modifiez la suspension existante.`,
    };
  return null;
}

/** Days of prolongation already granted to the PASS, all reasons together. */
export function prolongationDaysUsed(existing: PassPeriod[]): number {
  return existing.reduce((sum, p) => sum + passShiftDays(p), 0);
}

/**
 * Latest end of a new prolongation starting on `passEnd` (the current end of the PASS), for this reason: `passEnd`
 * + the reason's days per request and, for a capped reason, no later than `passEnd` + (cap − days already granted
 * for ANY reason). Les emplois: `CreateProlongationForm` and `Prolongation.get_max_end_at`. `null` when the cap is
 * already reached. See docs/domain/pass-iae.md § Prolongation.
 */
export function prolongationMaxEndDate(
  reason: PassProlongationReason,
  passEnd: string,
  existing: PassPeriod[],
): { date: string; limitedBy: 'REQUEST' | 'CUMULATIVE' } | null {
  const rule = PASS_PROLONGATION_RULES[reason];
  const perRequest = addDays(passEnd, rule.maxDaysPerRequest);
  if (rule.maxCumulativeDays === null) return { date: perRequest, limitedBy: 'REQUEST' };
  const left = rule.maxCumulativeDays - prolongationDaysUsed(existing);
  if (left <= 0) return null;
  const cumulative = addDays(passEnd, left);
  return cumulative < perRequest
    ? { date: cumulative, limitedBy: 'CUMULATIVE' }
    : { date: perRequest, limitedBy: 'REQUEST' };
}

/**
 * Checks a prolongation to the day: it starts on the current end of the PASS (`passEnd`) and ends on `endDate`.
 * `null` when acceptable; otherwise the first problem found: reason not open to this kind of structure; cumulative
 * cap of the reason already reached by all the prolongations together; PASS suspended today; request outside the
 * window « 12 months before the end → 6 months after it » (both days included); end date that does not exist, not
 * after the current end, or beyond the latest end allowed (`prolongationMaxEndDate`).
 */
export function checkProlongation(
  input: { reason: PassProlongationReason; endDate: string },
  ctx: {
    structureKind: StructureKind;
    passEnd: string;
    suspensions: PassPeriod[];
    existing: PassPeriod[];
    today: string;
  },
): PassProblem | null {
  const rule = PASS_PROLONGATION_RULES[input.reason];
  const motif = `le motif « ${rule.label} »`;
  if (rule.structureKinds && !rule.structureKinds.includes(ctx.structureKind))
    return {
      field: 'reason',
      message:
        `${capitalise(motif)} n’est pas ouvert à ${aStructureKind(ctx.structureKind)} ` +
        `(réservé aux ${rule.structureKinds.join(' et ')}) : choisissez un autre motif.`,
    };
  const max = prolongationMaxEndDate(input.reason, ctx.passEnd, ctx.existing);
  if (!max)
    return {
      field: 'reason',
      message:
        `${days(prolongationDaysUsed(ctx.existing))} de prolongation déjà accordés, tous motifs confondus : le plafond de ` +
        `${days(rule.maxCumulativeDays ?? 0)} pour ${motif} est atteint. Aucune nouvelle prolongation n’est possible pour ce motif.`,
    };
  const ongoing = ongoingSuspension(ctx.suspensions, ctx.today);
  if (ongoing)
    return {
      field: 'passId',
      message:
        `Le PASS IAE est suspendu du ${formatIsoDateFr(ongoing.startDate)} au ${formatIsoDateFr(ongoing.endDate)} : ` +
        `un PASS IAE suspendu ne peut pas être prolongé. Demandez la prolongation une fois la suspension terminée.`,
    };
  const opens = addMonths(ctx.passEnd, -PASS_PROLONGATION_OPENS_MONTHS_BEFORE_END);
  const closes = addMonths(ctx.passEnd, PASS_PROLONGATION_CLOSES_MONTHS_AFTER_END);
  if (ctx.today < opens)
    return {
      field: 'passId',
      message:
        `Trop tôt pour demander une prolongation : le PASS IAE prend fin le ${formatIsoDateFr(ctx.passEnd)} et la demande ` +
        `est possible à partir du ${formatIsoDateFr(opens)} (12 mois avant), dans ${days(daysBetween(ctx.today, opens))}.`,
    };
  if (ctx.today > closes)
    return {
      field: 'passId',
      message:
        `Trop tard pour demander une prolongation : le PASS IAE a pris fin le ${formatIsoDateFr(ctx.passEnd)} et la demande ` +
        `était possible jusqu’au ${formatIsoDateFr(closes)} (6 mois après), dépassé de ${days(daysBetween(closes, ctx.today))}. ` +
        `Un nouveau PASS IAE ne peut alors être délivré que par un prescripteur habilité (période de carence de 2 ans).`,
    };
  if (!isIsoDate(input.endDate))
    return { field: 'endDate', message: 'La date de fin de la prolongation n’existe pas : saisissez une date réelle.' };
  if (input.endDate <= ctx.passEnd)
    return {
      field: 'endDate',
      message:
        `La prolongation part de la fin actuelle du PASS IAE, le ${formatIsoDateFr(ctx.passEnd)} : choisissez une date ` +
        `de fin postérieure, au plus tôt le ${formatIsoDateFr(addDays(ctx.passEnd, 1))}.`,
    };
  if (input.endDate > max.date)
    return {
      field: 'endDate',
      message:
        max.limitedBy === 'CUMULATIVE'
          ? `${days(prolongationDaysUsed(ctx.existing))} de prolongation déjà accordés, tous motifs confondus, et ` +
            `${days(rule.maxCumulativeDays ?? 0)} au plus au total pour ${motif} : la prolongation peut aller au plus ` +
            `tard jusqu’au ${formatIsoDateFr(max.date)} (${days(daysBetween(max.date, input.endDate))} de trop).`
          : `Une prolongation pour ${motif} dure au plus ${days(rule.maxDaysPerRequest)} par demande : choisissez une fin ` +
            `au plus tard le ${formatIsoDateFr(max.date)} (${days(daysBetween(max.date, input.endDate))} de trop) ; ` +
            `vous pourrez la renouveler ensuite.`,
    };
  return null;
}

/** Structure kinds bound by the IAE rules (les emplois: `CompanyKind.siae_kinds()`); a GEIQ is not. */
export const SIAE_KINDS: StructureKind[] = [
  StructureKind.AI,
  StructureKind.ACI,
  StructureKind.EI,
  StructureKind.EITI,
  StructureKind.ETTI,
];

/** Last day of the waiting period after a PASS that ended on `endDate`: end + 2 years (`waiting_period_end`). */
export function passWaitingPeriodEnd(endDate: string): string {
  return addMonths(endDate, PASS_WAITING_PERIOD_YEARS * 12);
}

/**
 * Checks a new PASS IAE recorded after the person's previous one (les emplois: `Approval.clean` and
 * `User.new_approval_blocked_by_waiting_period`). Refused: while the previous PASS is valid or to come; with the
 * previous number; starting before the previous one ended; during the 2-year waiting period that follows its end,
 * in a SIAE, unless a diagnosis by an authorised prescriber is valid today. See docs/domain/pass-iae.md § Carence.
 */
export function checkNewPass(
  input: { number: string; startDate: string },
  ctx: {
    previous: { number: string; endDate: string };
    structureKind: StructureKind;
    hasValidPrescriberDiagnosis: boolean;
    today: string;
  },
): PassProblem | null {
  const { previous, today } = ctx;
  if (today <= previous.endDate)
    return {
      field: 'number',
      message:
        `Cette personne a déjà un PASS IAE valable jusqu’au ${formatIsoDateFr(previous.endDate)} (n° ${previous.number}) : ` +
        `un nouveau PASS IAE ne peut être enregistré qu’après sa fin. Corrigez celui-ci plutôt que d’en créer un second.`,
    };
  if (input.number === previous.number)
    return {
      field: 'number',
      message: `Le n° ${previous.number} est celui du PASS IAE précédent : saisissez le numéro du nouveau PASS IAE.`,
    };
  if (input.startDate <= previous.endDate)
    return {
      field: 'startDate',
      message:
        `Le nouveau PASS IAE commence le ${formatIsoDateFr(input.startDate)}, avant la fin du précédent ` +
        `(${formatIsoDateFr(previous.endDate)}) : saisissez un début à partir du ${formatIsoDateFr(addDays(previous.endDate, 1))}.`,
    };
  const waitingEnd = passWaitingPeriodEnd(previous.endDate);
  if (today <= waitingEnd && SIAE_KINDS.includes(ctx.structureKind) && !ctx.hasValidPrescriberDiagnosis)
    return {
      field: 'number',
      message:
        `Le PASS IAE précédent a pris fin le ${formatIsoDateFr(previous.endDate)} : la période de carence dure jusqu’au ` +
        `${formatIsoDateFr(waitingEnd)}. D’ici là, un nouveau PASS IAE n’est possible que sur le diagnostic d’un ` +
        `prescripteur habilité en cours de validité : enregistrez d’abord ce diagnostic.`,
    };
  return null;
}

/**
 * Status of a PASS IAE on `today`, given its end date in force: not started yet, expired, suspended (a suspension
 * covers today), or valid.
 */
export function passStatus(
  p: { startDate: string; endDate: string; suspensions: PassPeriod[] },
  today: string,
): PassStatus {
  if (today < p.startDate) return PassStatus.FUTURE;
  if (today > p.endDate) return PassStatus.EXPIRED;
  if (ongoingSuspension(p.suspensions, today)) return PassStatus.SUSPENDED;
  return PassStatus.VALID;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
