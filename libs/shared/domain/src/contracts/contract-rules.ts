/**
 * Legal checks and arithmetic of the contrat de professionnalisation (IAE-RULES §1): duration by public, training
 * share, trial period, weekly hours, double tutoring, deposit and OPCO decision dates, progress of the training and
 * the amount the OPCO pays on the hours done. Pure: the API runs them on the stored contract (adding the host
 * tutor's load), the browser runs them while the form is typed.
 */
import { formatIsoDateFr } from '../format';
import { StructureKind } from '../kinds';
import { isValidSiret } from '../siret';
import { addDays, addMonths, daysBetween, inclusiveDays, isIsoDate, minIso } from '../pathway/dates';
import { formatMinutes } from '../pathway/format-hours';
import { checkHostTutorExperience, checkHostTutorLoad } from '../pathway/tutoring';
import { days, months } from '../pathway/wording';
import { DEFAULT_OPCO_HOURLY_RATE_CENTS } from '../funding/funding-catalogues';
import { ContractForm, ContractPublic } from './contract-catalogues';

export type ContractCheckSeverity = 'ERROR' | 'WARNING';

export enum ContractCheckCode {
  DATES_INVALID = 'DATES_INVALID',
  DURATION_TOO_SHORT = 'DURATION_TOO_SHORT',
  DURATION_TOO_LONG = 'DURATION_TOO_LONG',
  TRAINING_BELOW_MINIMUM = 'TRAINING_BELOW_MINIMUM',
  TRAINING_ABOVE_MAXIMUM = 'TRAINING_ABOVE_MAXIMUM',
  TRIAL_PERIOD_TOO_LONG = 'TRIAL_PERIOD_TOO_LONG',
  WEEKLY_HOURS_TOO_HIGH = 'WEEKLY_HOURS_TOO_HIGH',
  STRUCTURE_TUTOR_MISSING = 'STRUCTURE_TUTOR_MISSING',
  HOST_TUTOR_MISSING = 'HOST_TUTOR_MISSING',
  HOST_TUTOR_EXPERIENCE = 'HOST_TUTOR_EXPERIENCE',
  HOST_TUTOR_OVERLOADED = 'HOST_TUTOR_OVERLOADED',
  SIRET_INVALID = 'SIRET_INVALID',
  OPCO_MISSING = 'OPCO_MISSING',
}

export interface ContractCheck {
  code: ContractCheckCode;
  /** The input field to show the message next to. */
  field: string;
  severity: ContractCheckSeverity;
  message: string;
}

export interface ContractCheckInput {
  /** AI, ETTI and GEIQ employ under double tutoring: a host tutor is required. */
  structureKind: StructureKind;
  form: string;
  publicCategory: string;
  /** Inclusive end. */
  startDate: string;
  endDate: string;
  trialPeriodDays: number;
  weeklyMinutes: number;
  plannedTrainingMinutes: number;
  branchAgreementReference: string | null;
  branchAgreementMaxTrainingPercent: number | null;
  structureTutorId: string | null;
  hostTutorId: string | null;
  hostTutorExperienceMonths: number | null;
  hostTutorIsEmployer: boolean;
  /**
   * Server only: the host tutor's other SUBMITTED, ACCEPTED or ACTIVE contracts. Undefined in the browser, which
   * does not know them: the load check is then skipped.
   */
  hostTutorOtherTrainees?: number;
  employerSiret: string;
  workplaceSiret: string;
  opcoFunderId: string | null;
}

/** The shortest contract (or professionalisation action of a CDI): 6 months (L6325-11). */
export const CONTRACT_MIN_MONTHS = 6;
/** Training: at least 15 % of the contract’s duration, never under 150 h; at most 25 % (L6325-13). */
export const TRAINING_MIN_PERCENT = 15;
export const TRAINING_MIN_MINUTES = 150 * 60;
export const TRAINING_MAX_PERCENT = 25;
/** Legal yearly duration of full-time work (1 607 h for 35 h a week) used to turn a period into hours. */
export const FULL_TIME_YEARLY_HOURS = 1607;
export const FULL_TIME_WEEKLY_HOURS = 35;
/** Longest trial period: 1 month for a CDD of 6 months or more (L1242-10), 4 months at most for a CDI (L1221-19). */
export const CDD_MAX_TRIAL_DAYS = 30;
export const CDI_MAX_TRIAL_DAYS = 120;
/** Absolute weekly maximum (L3121-20). */
export const MAX_WEEKLY_MINUTES_LEGAL = 48 * 60;
/** The employer sends the contract to the OPCO within 5 days of its start; the OPCO answers within 20 days. */
export const DEPOSIT_DAYS_AFTER_START = 5;
export const OPCO_DECISION_DAYS = 20;
/** More than 10 % behind the hours expected to date is behind. */
export const TRAINING_BEHIND_TOLERANCE_PERCENT = 10;

/** Structure kinds whose trainees have a tutor at the host as well (double tutoring, IAE-RULES §1.3). */
const DOUBLE_TUTORING_KINDS: readonly StructureKind[] = [StructureKind.AI, StructureKind.ETTI, StructureKind.GEIQ];

/**
 * Minutes worked over the period (both days included), pro rata of the 1 607 h of a full-time year:
 * floor(weeklyMinutes × 1607 × days / (35 × 365)). 12 months full time (2 100 min a week, 365 days) = 96 420 min.
 */
export function contractWorkedMinutes(weeklyMinutes: number, startDate: string, endDate: string): number {
  const d = inclusiveDays(startDate, endDate);
  if (d <= 0 || weeklyMinutes <= 0) return 0;
  return Math.floor((weeklyMinutes * FULL_TIME_YEARLY_HOURS * d) / (FULL_TIME_WEEKLY_HOURS * 365));
}

/**
 * The training hours allowed: at least max(150 h, 15 % rounded up), at most 25 % rounded down — or the ceiling of a
 * recorded branch agreement (L6325-14), `null` when that agreement sets none. The ceiling never falls below the
 * floor: on a very short or part-time contract the 150 h prevail.
 */
export function trainingBounds(
  input: Pick<
    ContractCheckInput,
    'weeklyMinutes' | 'startDate' | 'endDate' | 'branchAgreementReference' | 'branchAgreementMaxTrainingPercent'
  >,
): { minMinutes: number; maxMinutes: number | null } {
  const total = contractWorkedMinutes(input.weeklyMinutes, input.startDate, input.endDate);
  const minMinutes = Math.max(TRAINING_MIN_MINUTES, Math.ceil((total * TRAINING_MIN_PERCENT) / 100));
  const branch = hasBranchAgreement(input.branchAgreementReference);
  if (branch && input.branchAgreementMaxTrainingPercent === null) return { minMinutes, maxMinutes: null };
  const percent = branch ? (input.branchAgreementMaxTrainingPercent as number) : TRAINING_MAX_PERCENT;
  return { minMinutes, maxMinutes: Math.max(minMinutes, Math.floor((total * percent) / 100)) };
}

/** Longest duration by public: 12 months, 24 for a public a branch agreement names (L6325-12), 36 for the law’s. */
export function maxDurationMonths(publicCategory: string): 12 | 24 | 36 {
  switch (publicCategory) {
    case ContractPublic.BRANCH_AGREEMENT:
      return 24;
    case ContractPublic.YOUTH_WITHOUT_QUALIFICATION:
    case ContractPublic.LONG_TERM_JOBSEEKER:
    case ContractPublic.MINIMUM_BENEFIT:
    case ContractPublic.FORMER_CUI:
      return 36;
    default:
      return 12;
  }
}

/** Last day to send the contract to the OPCO: 5 days after its start. */
export function depositDueOn(startDate: string): string {
  return addDays(startDate, DEPOSIT_DAYS_AFTER_START);
}

/** Last day of the OPCO’s answer: 20 days after the deposit; its silence then means acceptance. */
export function decisionDueOn(submittedOn: string): string {
  return addDays(submittedOn, OPCO_DECISION_DAYS);
}

/** The hourly rate the OPCO pays: the contract’s (branch), else the OPCO’s, else 9,15 € (D6332-86). */
export function effectiveHourlyRateCents(contractRate: number | null, funderRate: number | null): number {
  return contractRate ?? funderRate ?? DEFAULT_OPCO_HOURLY_RATE_CENTS;
}

/** What the OPCO owes for `justifiedMinutes` at `hourlyRateCents` an hour, in cents rounded half up. */
export function opcoAmountCents(justifiedMinutes: number, hourlyRateCents: number): number {
  return Math.floor((justifiedMinutes * hourlyRateCents + 30) / 60);
}

export interface ContractProgressFacts {
  startDate: string;
  endDate: string;
  /** The break date of a broken contract: time stops there. */
  stoppedOn: string | null;
  plannedMinutes: number;
  attendedMinutes: number;
  today: string;
}

/**
 * Where the training stands on `today`: hours expected to date (planned pro rata of the days elapsed out of the
 * contract’s days, rounded down), percentages (rounded down), behind when attended < 90 % of expected, and the hours
 * the OPCO can be asked to pay (attended, up to the planned hours).
 */
export function contractProgress(f: ContractProgressFacts): {
  expectedMinutesToDate: number;
  elapsedPercent: number;
  attendedPercent: number;
  behind: boolean;
  justifiedMinutes: number;
} {
  const total = Math.max(1, inclusiveDays(f.startDate, f.endDate));
  const until = minIso(minIso(f.today, f.endDate), f.stoppedOn ?? f.endDate);
  const elapsed = until < f.startDate ? 0 : Math.min(total, inclusiveDays(f.startDate, until));
  const expectedMinutesToDate = Math.floor((f.plannedMinutes * elapsed) / total);
  return {
    expectedMinutesToDate,
    elapsedPercent: Math.floor((elapsed * 100) / total),
    attendedPercent: f.plannedMinutes > 0 ? Math.floor((f.attendedMinutes * 100) / f.plannedMinutes) : 0,
    behind: f.attendedMinutes * 100 < expectedMinutesToDate * (100 - TRAINING_BEHIND_TOLERANCE_PERCENT),
    justifiedMinutes: Math.min(f.attendedMinutes, f.plannedMinutes),
  };
}

/** `3 mois et 11 jours`, `11 jours`, `1 mois`: the whole months from `from` to `to`, then the days left. */
export function monthsAndDays(from: string, to: string): string {
  if (to <= from) return days(0);
  let m = Math.max(
    0,
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) - 1,
  );
  while (addMonths(from, m + 1) <= to) m++;
  const rest = daysBetween(addMonths(from, m), to);
  if (m === 0) return days(rest);
  return rest === 0 ? months(m) : `${months(m)} et ${days(rest)}`;
}

function hasBranchAgreement(reference: string | null): boolean {
  return reference !== null && reference.trim() !== '';
}

const error = (code: ContractCheckCode, field: string, message: string): ContractCheck => ({
  code,
  field,
  severity: 'ERROR',
  message,
});

function durationChecks(input: ContractCheckInput): ContractCheck[] {
  const { startDate, endDate } = input;
  const checks: ContractCheck[] = [];
  const minEnd = addDays(addMonths(startDate, CONTRACT_MIN_MONTHS), -1);
  const length = monthsAndDays(startDate, addDays(endDate, 1));
  if (endDate < minEnd)
    checks.push(
      error(
        ContractCheckCode.DURATION_TOO_SHORT,
        'endDate',
        `Le contrat dure ${length} : ${CONTRACT_MIN_MONTHS} mois au moins (article L6325-11), il manque ` +
          `${monthsAndDays(endDate, minEnd)}. Terminez-le le ${formatIsoDateFr(minEnd)} au plus tôt.`,
      ),
    );
  const max = maxDurationMonths(input.publicCategory);
  const maxEnd = addDays(addMonths(startDate, max), -1);
  if (endDate > maxEnd) {
    const article = max === 24 ? 'L6325-12' : 'L6325-11';
    const forPublic =
      max === 12
        ? 'pour ce public (36 mois pour les publics que la loi désigne, 24 mois pour ceux d’un accord de branche)'
        : 'pour ce public';
    checks.push(
      error(
        ContractCheckCode.DURATION_TOO_LONG,
        'endDate',
        `Le contrat dure ${length} : ${max} mois au plus ${forPublic} (article ${article}), il dépasse de ` +
          `${monthsAndDays(maxEnd, endDate)}. Terminez-le le ${formatIsoDateFr(maxEnd)} au plus tard.`,
      ),
    );
  }
  return checks;
}

function trainingChecks(input: ContractCheckInput): ContractCheck[] {
  const planned = input.plannedTrainingMinutes;
  const total = contractWorkedMinutes(input.weeklyMinutes, input.startDate, input.endDate);
  const { minMinutes, maxMinutes } = trainingBounds(input);
  const of = `${formatMinutes(planned)} de formation pour ${formatMinutes(total)} de contrat`;
  if (planned < minMinutes) {
    const floor =
      minMinutes === TRAINING_MIN_MINUTES
        ? `150 h au moins (15 % du contrat font ${formatMinutes(Math.ceil((total * TRAINING_MIN_PERCENT) / 100))})`
        : `15 % au moins, soit ${formatMinutes(minMinutes)} (jamais moins de 150 h)`;
    return [
      error(
        ContractCheckCode.TRAINING_BELOW_MINIMUM,
        'plannedTrainingMinutes',
        `${of} : il en faut ${floor} (article L6325-13), il manque ${formatMinutes(minMinutes - planned)}.`,
      ),
    ];
  }
  if (maxMinutes !== null && planned > maxMinutes) {
    const branch = hasBranchAgreement(input.branchAgreementReference);
    const ceiling = branch
      ? `${input.branchAgreementMaxTrainingPercent} % au plus selon l’accord de branche, soit ${formatMinutes(maxMinutes)} (article L6325-14)`
      : `25 % au plus, soit ${formatMinutes(maxMinutes)} (article L6325-13 ; un accord de branche peut aller au-delà, article L6325-14)`;
    return [
      error(
        ContractCheckCode.TRAINING_ABOVE_MAXIMUM,
        'plannedTrainingMinutes',
        `${of} : ${ceiling}, elle dépasse de ${formatMinutes(planned - maxMinutes)}.`,
      ),
    ];
  }
  return [];
}

function tutorChecks(input: ContractCheckInput): ContractCheck[] {
  const checks: ContractCheck[] = [];
  if (!input.structureTutorId)
    checks.push(
      error(
        ContractCheckCode.STRUCTURE_TUTOR_MISSING,
        'structureTutorId',
        'Choisissez le·la tuteur·rice de la structure : un contrat de professionnalisation a toujours un·e tuteur·rice (article D6325-6).',
      ),
    );
  if (!input.hostTutorId) {
    if (DOUBLE_TUTORING_KINDS.includes(input.structureKind))
      checks.push(
        error(
          ContractCheckCode.HOST_TUTOR_MISSING,
          'hostTutorId',
          'Choisissez le·la tuteur·rice de l’entreprise d’accueil : une association intermédiaire, une ETTI ou un GEIQ ' +
            'organise un double tutorat (un·e tuteur·rice dans la structure et un·e chez l’entreprise d’accueil).',
        ),
      );
    return checks;
  }
  if (input.hostTutorExperienceMonths === null)
    checks.push(
      error(
        ContractCheckCode.HOST_TUTOR_EXPERIENCE,
        'hostTutorExperienceMonths',
        'Indiquez l’expérience du·de la tuteur·rice de l’entreprise d’accueil, en mois : il en faut 24 (2 ans) au moins ' +
          'dans un métier en rapport avec la qualification visée (article D6325-6).',
      ),
    );
  else {
    const problem = checkHostTutorExperience(input.hostTutorExperienceMonths);
    if (problem) checks.push(error(ContractCheckCode.HOST_TUTOR_EXPERIENCE, 'hostTutorExperienceMonths', problem));
  }
  if (input.hostTutorOtherTrainees !== undefined) {
    const problem = checkHostTutorLoad(input.hostTutorOtherTrainees, { employerTutor: input.hostTutorIsEmployer });
    if (problem) checks.push(error(ContractCheckCode.HOST_TUTOR_OVERLOADED, 'hostTutorId', problem));
  }
  return checks;
}

/** Every failed legal check of a contract, in the order of the form. Empty when the contract can be deposited. */
export function checkContract(input: ContractCheckInput): ContractCheck[] {
  const checks: ContractCheck[] = [];
  for (const [field, value, what] of [
    ['employerSiret', input.employerSiret, 'de l’employeur'],
    ['workplaceSiret', input.workplaceSiret, 'du lieu d’exécution du contrat'],
  ] as const)
    if (!isValidSiret(value))
      checks.push(
        error(
          ContractCheckCode.SIRET_INVALID,
          field,
          `Le SIRET ${what} n’est pas valide : 14 chiffres dont le dernier est une clé de contrôle. Recopiez-le depuis l’avis de situation Sirene.`,
        ),
      );

  const datesOk = isIsoDate(input.startDate) && isIsoDate(input.endDate);
  if (!datesOk || input.endDate <= input.startDate)
    checks.push(
      error(
        ContractCheckCode.DATES_INVALID,
        !datesOk && !isIsoDate(input.startDate) ? 'startDate' : 'endDate',
        datesOk
          ? `La fin du contrat (${formatIsoDateFr(input.endDate)}) doit suivre son début (${formatIsoDateFr(input.startDate)}).`
          : 'Saisissez des dates de début et de fin réelles (AAAA-MM-JJ).',
      ),
    );
  else checks.push(...durationChecks(input), ...trainingChecks(input));

  const maxTrial = input.form === ContractForm.CDI ? CDI_MAX_TRIAL_DAYS : CDD_MAX_TRIAL_DAYS;
  if (input.trialPeriodDays > maxTrial)
    checks.push(
      error(
        ContractCheckCode.TRIAL_PERIOD_TOO_LONG,
        'trialPeriodDays',
        `La période d’essai de ${days(input.trialPeriodDays)} dépasse de ${days(input.trialPeriodDays - maxTrial)} ` +
          (input.form === ContractForm.CDI
            ? `le maximum d’un CDI : ${days(CDI_MAX_TRIAL_DAYS)} (4 mois, article L1221-19).`
            : `le maximum d’un CDD : ${days(CDD_MAX_TRIAL_DAYS)} (1 mois, article L1242-10).`),
      ),
    );

  if (input.weeklyMinutes > MAX_WEEKLY_MINUTES_LEGAL)
    checks.push(
      error(
        ContractCheckCode.WEEKLY_HOURS_TOO_HIGH,
        'weeklyMinutes',
        `${formatMinutes(input.weeklyMinutes)} par semaine dépassent de ` +
          `${formatMinutes(input.weeklyMinutes - MAX_WEEKLY_MINUTES_LEGAL)} le maximum légal de 48 h (article L3121-20).`,
      ),
    );

  checks.push(...tutorChecks(input));

  if (!input.opcoFunderId)
    checks.push(
      error(
        ContractCheckCode.OPCO_MISSING,
        'opcoFunderId',
        'Choisissez l’OPCO à qui déposer le contrat : il décide de la prise en charge de la formation.',
      ),
    );
  return checks;
}
