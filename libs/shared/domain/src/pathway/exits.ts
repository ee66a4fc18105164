/**
 * Exits (sorties) with the ASP categories, the minimum presence for an exit to count (thresholds per structure kind
 * as the GIP's pilotage counts them), the consistency of an exit with the hires and contracts on record, and the
 * « sorties dynamiques » rate. Every rule and its source: docs/domain/exits.md.
 */
import type { FieldError } from '../errors';
import { formatIsoDateFr } from '../format';
import { StructureKind } from '../kinds';
import {
  EMPLOYMENT_CONTRACT_KIND_LABELS,
  type EmploymentContractKind,
  HIRE_CONTRACT_TYPE_LABELS,
  HireContractType,
} from '../pathway-records';
import { addDays, daysBetween } from './dates';
import { formatMinutes } from './format-hours';
import { aStructureKind, days, ofStructureKind } from './wording';

export enum ExitCategory {
  SUSTAINABLE_JOB = 'SUSTAINABLE_JOB',
  TRANSITION_JOB = 'TRANSITION_JOB',
  POSITIVE = 'POSITIVE',
  OTHER = 'OTHER',
  WITHDRAWN = 'WITHDRAWN',
}

export const EXIT_CATEGORY_LABELS: Record<ExitCategory, string> = {
  [ExitCategory.SUSTAINABLE_JOB]: 'Emploi durable',
  [ExitCategory.TRANSITION_JOB]: 'Emploi de transition',
  [ExitCategory.POSITIVE]: 'Sortie positive',
  [ExitCategory.OTHER]: 'Autre sortie',
  [ExitCategory.WITHDRAWN]: 'Retrait des sorties constatées',
};

/** Categories counted as « sorties dynamiques ». */
export const DYNAMIC_EXIT_CATEGORIES: ExitCategory[] = [
  ExitCategory.SUSTAINABLE_JOB,
  ExitCategory.TRANSITION_JOB,
  ExitCategory.POSITIVE,
];

export enum ExitReason {
  CDI = 'CDI',
  CDD_OVER_6_MONTHS = 'CDD_OVER_6_MONTHS',
  INTERIM_OVER_6_MONTHS = 'INTERIM_OVER_6_MONTHS',
  BUSINESS_CREATION = 'BUSINESS_CREATION',
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  CDD_UNDER_6_MONTHS = 'CDD_UNDER_6_MONTHS',
  INTERIM_UNDER_6_MONTHS = 'INTERIM_UNDER_6_MONTHS',
  SUBSIDISED_CONTRACT = 'SUBSIDISED_CONTRACT',
  QUALIFYING_TRAINING = 'QUALIFYING_TRAINING',
  OTHER_SIAE_HIRE = 'OTHER_SIAE_HIRE',
  JOB_SEEKING = 'JOB_SEEKING',
  INACTIVE = 'INACTIVE',
  DISMISSAL = 'DISMISSAL',
  NO_NEWS = 'NO_NEWS',
  HEALTH_LEAVE = 'HEALTH_LEAVE',
  MOVED_AWAY = 'MOVED_AWAY',
  DEATH = 'DEATH',
}

// Durations: « 6 mois ou plus » is durable and « moins de 6 mois » transition, so that no contract falls between.
export const EXIT_REASONS: Record<ExitReason, { label: string; category: ExitCategory }> = {
  [ExitReason.CDI]: { label: 'Embauche en CDI', category: ExitCategory.SUSTAINABLE_JOB },
  [ExitReason.CDD_OVER_6_MONTHS]: {
    label: 'Embauche en CDD de 6 mois ou plus',
    category: ExitCategory.SUSTAINABLE_JOB,
  },
  [ExitReason.INTERIM_OVER_6_MONTHS]: {
    label: 'Missions d’intérim de 6 mois ou plus',
    category: ExitCategory.SUSTAINABLE_JOB,
  },
  [ExitReason.BUSINESS_CREATION]: {
    label: 'Création ou reprise d’entreprise',
    category: ExitCategory.SUSTAINABLE_JOB,
  },
  [ExitReason.PUBLIC_SERVICE]: {
    label: 'Stage ou titularisation dans la fonction publique',
    category: ExitCategory.SUSTAINABLE_JOB,
  },
  [ExitReason.CDD_UNDER_6_MONTHS]: {
    label: 'Embauche en CDD de moins de 6 mois',
    category: ExitCategory.TRANSITION_JOB,
  },
  [ExitReason.INTERIM_UNDER_6_MONTHS]: {
    label: 'Missions d’intérim de moins de 6 mois',
    category: ExitCategory.TRANSITION_JOB,
  },
  [ExitReason.SUBSIDISED_CONTRACT]: {
    label: 'Contrat aidé chez un employeur de droit commun',
    category: ExitCategory.TRANSITION_JOB,
  },
  [ExitReason.QUALIFYING_TRAINING]: {
    label: 'Entrée en formation qualifiante ou pré-qualifiante',
    category: ExitCategory.POSITIVE,
  },
  [ExitReason.OTHER_SIAE_HIRE]: {
    label: 'Embauche dans une autre structure d’insertion (SIAE)',
    category: ExitCategory.POSITIVE,
  },
  [ExitReason.JOB_SEEKING]: { label: 'Au chômage, en recherche d’emploi', category: ExitCategory.OTHER },
  [ExitReason.INACTIVE]: { label: 'Inactif·ve, sans recherche d’emploi', category: ExitCategory.OTHER },
  [ExitReason.DISMISSAL]: {
    label: 'Licenciement ou rupture à l’initiative de l’employeur',
    category: ExitCategory.OTHER,
  },
  [ExitReason.NO_NEWS]: { label: 'Sans nouvelles', category: ExitCategory.OTHER },
  [ExitReason.HEALTH_LEAVE]: {
    label: 'Arrêt de longue durée pour raison de santé ou congé maternité',
    category: ExitCategory.WITHDRAWN,
  },
  [ExitReason.MOVED_AWAY]: { label: 'Déménagement', category: ExitCategory.WITHDRAWN },
  [ExitReason.DEATH]: { label: 'Décès', category: ExitCategory.WITHDRAWN },
};

// ── Minimum presence (seuil de présence) ─────────────────────────────────────────────────────────────────────────
// Each threshold is the one the GIP's pilotage applies to ASP data: docs/domain/exits.md § « Seuils de présence ».

/** How an exit is judged to count, by structure kind (docs/domain/exits.md). */
export enum PresenceRule {
  /** AI, ETTI: hours worked on the last financial annex, at least `MIN_PRESENCE_MINUTES`. */
  HOURS_ON_LAST_ANNEX = 'HOURS_ON_LAST_ANNEX',
  /** ACI, EI: a contract longer than `MIN_CONTRACT_MONTHS` (pilotage months), i.e. `MIN_CONTRACT_DAYS` days or more. */
  CONTRACT_LONGER_THAN = 'CONTRACT_LONGER_THAN',
  /** EITI: having worked (at least `MIN_WORKED_MINUTES`), no minimum duration. */
  WORKED = 'WORKED',
  /** GEIQ and others: not conventioned through the ASP, no threshold. */
  NONE = 'NONE',
}

export const PRESENCE_RULE_BY_KIND: Record<StructureKind, PresenceRule> = {
  [StructureKind.AI]: PresenceRule.HOURS_ON_LAST_ANNEX,
  [StructureKind.ETTI]: PresenceRule.HOURS_ON_LAST_ANNEX,
  [StructureKind.ACI]: PresenceRule.CONTRACT_LONGER_THAN,
  [StructureKind.EI]: PresenceRule.CONTRACT_LONGER_THAN,
  [StructureKind.EITI]: PresenceRule.WORKED,
  [StructureKind.GEIQ]: PresenceRule.NONE,
  [StructureKind.OTHER]: PresenceRule.NONE,
};

/** AI / ETTI: 150 hours worked on the last financial annex, 150 included (pilotage `heures_ai_etti`: `>= 150`). */
export const MIN_PRESENCE_MINUTES = 150 * 60;
/** The pilotage's day-to-month factor (`contrats_sorties.duree_en_mois`: days × 0.0328767, i.e. 12 / 365). */
export const PILOTAGE_MONTHS_PER_DAY = 0.0328767;
/** ACI / EI: the contract must last MORE than 2.65 pilotage months (`stg_sorties_aci_ei`: `duree_en_mois > 2.65`). */
export const MIN_CONTRACT_MONTHS = 2.65;
/** Whether `days` from the hire to the exit make more than 2.65 pilotage months — the pilotage's own comparison. */
export function contractLongEnough(days: number): boolean {
  return days * PILOTAGE_MONTHS_PER_DAY > MIN_CONTRACT_MONTHS;
}
/** The fewest days from the hire to the exit that count: 81 (80 days are 2.63 months, 81 days 2.66). */
export const MIN_CONTRACT_DAYS = Math.floor(MIN_CONTRACT_MONTHS / PILOTAGE_MONTHS_PER_DAY) + 1;
/** EITI: one hour worked (`stg_sorties_eiti`: `nombre_heures_travaillees >= 1`). */
export const MIN_WORKED_MINUTES = 60;

const FR_MONTHS = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `2,65` — pilotage months as a French decimal. */
function pilotageMonths(value: number): string {
  return FR_MONTHS.format(value);
}

/** The financial annex (annexe financière DDETS) whose hours an AI / ETTI / EITI exit is judged on. */
export interface PresenceAnnex {
  reference: string;
  /** First day of the annex: hours worked from this day to the exit count. */
  startDate: string;
}

/** The figures an exit is judged on (computed by the API in one statement: docs/domain/exits.md). */
export interface PresenceFacts {
  /** Start of the person's earliest employment contract with the structure, `null` when none is recorded. */
  contractStart: string | null;
  exitDate: string;
  /** Minutes worked from the start of `annex` (every minute without one) to the exit. */
  minutesWorked: number;
  annex?: PresenceAnnex | null;
}

/** The threshold of a structure kind, in one French sentence (form hint, exit tab). Never says whether it counts. */
export function presenceRuleText(kind: StructureKind): string {
  const of = `pour ${aStructureKind(kind)}`;
  switch (PRESENCE_RULE_BY_KIND[kind]) {
    case PresenceRule.HOURS_ON_LAST_ANNEX:
      return (
        `Seuil de présence ${of} : ${formatMinutes(MIN_PRESENCE_MINUTES)} travaillées au moins sur la dernière ` +
        `annexe financière (missions et heures de formation).`
      );
    case PresenceRule.CONTRACT_LONGER_THAN:
      return (
        `Seuil de présence ${of} : plus de ${pilotageMonths(MIN_CONTRACT_MONTHS)} mois de contrat, soit ` +
        `${days(MIN_CONTRACT_DAYS)} au moins entre le début du premier contrat et la sortie.`
      );
    case PresenceRule.WORKED:
      return (
        `Seuil de présence ${of} : avoir travaillé (un contrat commencé, ou ${formatMinutes(MIN_WORKED_MINUTES)} ` +
        `travaillée au moins sur la dernière annexe financière), sans durée minimale.`
      );
    default:
      return kind === StructureKind.GEIQ
        ? 'Pas de seuil de présence pour un GEIQ : il n’est pas conventionné par l’ASP.'
        : 'Pas de seuil de présence pour ce type de structure.';
  }
}

/**
 * Whether an exit counts in the structure’s results, with the reason in French and the figures — the thresholds of
 * docs/domain/exits.md. A message that does not count never uses the word « compte » (the form shows it next to
 * « il manque »).
 * - AI / ETTI: `minutesWorked` (from the start of `annex` to the exit, every hour without an annex) ≥ 150 h.
 * - ACI / EI: the days from `contractStart` to the exit (a difference, as the pilotage subtracts dates) make more
 *   than 2.65 pilotage months: 81 days or more.
 * - EITI: a contract begun by the exit, or at least 1 h worked.
 * - GEIQ and others: always.
 */
export function exitCounts(kind: StructureKind, p: PresenceFacts): { counts: boolean; message: string } {
  const rule = PRESENCE_RULE_BY_KIND[kind];
  const since = p.annex
    ? ` depuis le ${formatIsoDateFr(p.annex.startDate)}, début de l’annexe financière ${p.annex.reference}`
    : '';
  const worked = `${formatMinutes(p.minutesWorked)} travaillées${since}`;
  if (rule === PresenceRule.HOURS_ON_LAST_ANNEX) {
    const min = formatMinutes(MIN_PRESENCE_MINUTES);
    if (p.minutesWorked >= MIN_PRESENCE_MINUTES)
      return { counts: true, message: `${worked} : la sortie compte (${min} au moins pour ${aStructureKind(kind)}).` };
    return {
      counts: false,
      message:
        `${worked} : une sortie ${ofStructureKind(kind)} n’est retenue qu’à partir de ${min} ` +
        `(il manque ${formatMinutes(MIN_PRESENCE_MINUTES - p.minutesWorked)}).`,
    };
  }
  const start = p.contractStart;
  if (start && p.exitDate < start && rule !== PresenceRule.NONE)
    return {
      counts: false,
      message:
        `La sortie (${formatIsoDateFr(p.exitDate)}) précède le début du contrat (${formatIsoDateFr(start)}) : ` +
        `corrigez l’une des deux dates.`,
    };
  if (rule === PresenceRule.CONTRACT_LONGER_THAN) {
    const threshold = `plus de ${pilotageMonths(MIN_CONTRACT_MONTHS)} mois de contrat`;
    if (!start)
      return {
        counts: false,
        message:
          `Début du contrat inconnu : une sortie ${ofStructureKind(kind)} n’est retenue qu’après ${threshold} ` +
          `(${days(MIN_CONTRACT_DAYS)}). Enregistrez le contrat de travail de la personne.`,
      };
    const length = daysBetween(start, p.exitDate);
    const period =
      `Contrat commencé le ${formatIsoDateFr(start)}, sortie le ${formatIsoDateFr(p.exitDate)} : ` +
      `${days(length)}, soit ${pilotageMonths(length * PILOTAGE_MONTHS_PER_DAY)} mois`;
    if (contractLongEnough(length))
      return { counts: true, message: `${period} : la sortie compte (${threshold} pour ${aStructureKind(kind)}).` };
    const firstCountingExit = addDays(start, MIN_CONTRACT_DAYS);
    return {
      counts: false,
      message:
        `${period} : une sortie ${ofStructureKind(kind)} n’est retenue qu’après ${threshold}, soit une sortie le ` +
        `${formatIsoDateFr(firstCountingExit)} au plus tôt (il manque ${days(MIN_CONTRACT_DAYS - length)}).`,
    };
  }
  if (rule === PresenceRule.WORKED) {
    const why = `sans durée minimale pour ${aStructureKind(kind)}`;
    if (start)
      return { counts: true, message: `Contrat commencé le ${formatIsoDateFr(start)} : la sortie compte (${why}).` };
    if (p.minutesWorked >= MIN_WORKED_MINUTES)
      return { counts: true, message: `${worked} : la sortie compte (${why}).` };
    return {
      counts: false,
      message:
        `Aucun contrat enregistré et ${worked} : une sortie ${ofStructureKind(kind)} n’est retenue qu’une fois la ` +
        `personne au travail (il manque ${formatMinutes(MIN_WORKED_MINUTES - p.minutesWorked)} travaillée). ` +
        `Enregistrez son contrat de travail ou ses heures.`,
    };
  }
  return { counts: true, message: `${presenceRuleText(kind)} La sortie compte.` };
}

// ── Consistency of an exit with the hires and contracts on record (docs/domain/exits.md § « Cohérence ») ──────────

/**
 * The hire contract types an exit motive names. Motives without an entry name no particular hire (business creation,
 * subsidised contract, another SIAE: the hire may be of any type, or not recorded in Tremplin).
 */
export const EXIT_REASON_HIRE_TYPES: Partial<Record<ExitReason, readonly HireContractType[]>> = {
  [ExitReason.CDI]: [HireContractType.CDI, HireContractType.CDI_INCLUSION],
  [ExitReason.CDD_OVER_6_MONTHS]: [HireContractType.CDD, HireContractType.PROFESSIONALISATION],
  [ExitReason.CDD_UNDER_6_MONTHS]: [HireContractType.CDD, HireContractType.PROFESSIONALISATION],
  [ExitReason.INTERIM_OVER_6_MONTHS]: [HireContractType.TEMPORARY],
  [ExitReason.INTERIM_UNDER_6_MONTHS]: [HireContractType.TEMPORARY],
  [ExitReason.PUBLIC_SERVICE]: [HireContractType.CIVIL_SERVICE],
};

/** A hire on record, as the consistency check reads it. */
export interface ExitHireFact {
  contractType: string;
  startDate: string;
  employerName: string;
}

/** An employment contract of the person with the structure, as the consistency check reads it. */
export interface ExitContractFact {
  kind: string;
  startDate: string;
  endDate: string | null;
}

/**
 * The exit against the hires and contracts on record:
 * - refused (`errors`, field `exitDate`): the motive names a hire (`EXIT_REASON_HIRE_TYPES`) and every recorded hire of
 *   that type starts after the exit — the exit would claim a job the person did not have yet;
 * - warned (`warnings`): an employment contract with the structure is still running on the exit date (begun by then,
 *   without an end or ending later) — the exit is normally dated at the end of the contract. A warning, not a refusal:
 *   a contract's end cannot be entered after the fact, and an early end (rupture, resignation) is a real case.
 */
export function checkExitConsistency(p: {
  reason: string;
  exitDate: string;
  hires: readonly ExitHireFact[];
  contracts: readonly ExitContractFact[];
}): { errors: FieldError[]; warnings: string[] } {
  const errors: FieldError[] = [];
  const warnings: string[] = [];
  const motive = EXIT_REASONS[p.reason as ExitReason];
  const named = EXIT_REASON_HIRE_TYPES[p.reason as ExitReason];
  const matching = named
    ? p.hires
        .filter((h) => (named as readonly string[]).includes(h.contractType))
        .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))
    : [];
  const first = matching[0];
  if (motive && first && p.exitDate < first.startDate) {
    const type = HIRE_CONTRACT_TYPE_LABELS[first.contractType as HireContractType] ?? first.contractType;
    errors.push({
      field: 'exitDate',
      message:
        `La sortie « ${motive.label} » est datée du ${formatIsoDateFr(p.exitDate)}, avant le début de l’embauche ` +
        `qu’elle désigne (${type} chez ${first.employerName}, le ${formatIsoDateFr(first.startDate)}) : datez la ` +
        `sortie du ${formatIsoDateFr(first.startDate)} ou après, ou choisissez le motif qui décrit la situation de ` +
        `la personne à la date de sortie.`,
    });
  }
  for (const c of p.contracts) {
    if (c.startDate > p.exitDate || (c.endDate !== null && c.endDate <= p.exitDate)) continue;
    const label = EMPLOYMENT_CONTRACT_KIND_LABELS[c.kind as EmploymentContractKind] ?? c.kind;
    warnings.push(
      `Le contrat « ${label} » commencé le ${formatIsoDateFr(c.startDate)} ` +
        (c.endDate ? `court jusqu’au ${formatIsoDateFr(c.endDate)}` : 'n’a pas de date de fin enregistrée') +
        ` : la personne est encore sous contrat avec la structure le ${formatIsoDateFr(p.exitDate)}. Une sortie se ` +
        `date en principe à la fin du contrat : vérifiez la date de sortie.`,
    );
  }
  return { errors, warnings };
}

/**
 * « Sorties dynamiques » rate over counted exits only: (durable + transition + positive) / (counted exits except
 * « retrait des sorties constatées »). `rate` is a fraction between 0 and 1, `null` when there is nothing to divide.
 */
export function dynamicExitRate(exits: { category: ExitCategory; counts: boolean }[]): {
  numerator: number;
  denominator: number;
  rate: number | null;
} {
  const counted = exits.filter((e) => e.counts && e.category !== ExitCategory.WITHDRAWN);
  const numerator = counted.filter((e) => DYNAMIC_EXIT_CATEGORIES.includes(e.category)).length;
  const denominator = counted.length;
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

/**
 * Exit reasons that reveal health (IAE-RULES / ADR 0004: sensitive data leave the API only for roles holding
 * `sensitive:read`). For other readers the reason of such an exit is masked, on the exit and on the stage history.
 */
export const SENSITIVE_EXIT_REASONS: readonly ExitReason[] = [ExitReason.HEALTH_LEAVE];

const SENSITIVE_EXIT_LABELS = new Set(SENSITIVE_EXIT_REASONS.map((r) => EXIT_REASONS[r].label));

/** Whether a stage change reason is the label of a sensitive exit reason (the exit's stage change carries it). */
export function isSensitiveExitLabel(reason: string | null): boolean {
  return reason !== null && SENSITIVE_EXIT_LABELS.has(reason);
}
