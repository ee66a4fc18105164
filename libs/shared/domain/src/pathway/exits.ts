/**
 * Exits (sorties) with the ASP categories, the minimum presence for an exit to count, and the « sorties
 * dynamiques » rate. Sources: IAE-RULES §3.6 (ASP RefCategorieSort; GIP pilotage: ACI/EI ≥ 3 months,
 * AI/ETTI ≥ 150 h) and §3.7 (targets: durable ≥ 25 %, dynamic ≥ 60 %).
 */
import { formatIsoDateFr } from '../format';
import { StructureKind } from '../kinds';
import { addDays, addMonths, daysBetween, inclusiveDays } from './dates';
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

/** ACI / EI / EITI: an exit counts after at least 3 months of contract. */
export const MIN_PRESENCE_MONTHS = 3;
/** AI / ETTI: an exit counts after at least 150 hours worked (on the last financial annex). */
export const MIN_PRESENCE_MINUTES = 150 * 60;

const BY_MONTHS: StructureKind[] = [StructureKind.ACI, StructureKind.EI, StructureKind.EITI];
const BY_HOURS: StructureKind[] = [StructureKind.AI, StructureKind.ETTI];

/** The financial annex (annexe financière DDETS) whose hours an AI / ETTI exit is judged on. */
export interface PresenceAnnex {
  reference: string;
  /** First day of the annex: hours worked from this day to the exit count. */
  startDate: string;
}

/**
 * Whether an exit counts in the structure’s results, with the reason in French and the figures.
 * ACI / EI / EITI: the contract ran at least 3 months, the exit date being the last day of the contract (a contract
 * from 10/01 counts with an exit on 09/04 or later). AI / ETTI: at least 150 h worked on the last financial annex
 * (IAE-RULES §3.6: the GIP's pilotage sums the hours of the last AF): `minutesWorked` are those from the start of
 * `annex` to the exit; without an annex on record, every hour worked up to the exit. GEIQ and others: always.
 */
export function exitCounts(
  kind: StructureKind,
  p: { contractStart: string | null; exitDate: string; minutesWorked: number; annex?: PresenceAnnex | null },
): { counts: boolean; message: string } {
  if (BY_HOURS.includes(kind)) {
    const since = p.annex
      ? ` depuis le ${formatIsoDateFr(p.annex.startDate)}, début de l’annexe financière ${p.annex.reference}`
      : '';
    const worked = `${formatMinutes(p.minutesWorked)} travaillées${since}`;
    const min = formatMinutes(MIN_PRESENCE_MINUTES);
    if (p.minutesWorked >= MIN_PRESENCE_MINUTES)
      return { counts: true, message: `${worked} : la sortie compte (${min} au moins pour ${aStructureKind(kind)}).` };
    return {
      counts: false,
      message:
        `${worked} : une sortie ${ofStructureKind(kind)} compte à partir de ${min} ` +
        `(il manque ${formatMinutes(MIN_PRESENCE_MINUTES - p.minutesWorked)}).`,
    };
  }
  if (BY_MONTHS.includes(kind)) {
    const start = p.contractStart;
    if (!start)
      return {
        counts: false,
        message:
          `Début du contrat inconnu : une sortie ${ofStructureKind(kind)} compte après ${MIN_PRESENCE_MONTHS} mois de ` +
          `contrat. Renseignez la date de début du contrat.`,
      };
    if (p.exitDate < start)
      return {
        counts: false,
        message:
          `La sortie (${formatIsoDateFr(p.exitDate)}) précède le début du contrat (${formatIsoDateFr(start)}) : ` +
          `corrigez l’une des deux dates.`,
      };
    const period = `Contrat du ${formatIsoDateFr(start)} au ${formatIsoDateFr(p.exitDate)} (${days(inclusiveDays(start, p.exitDate))})`;
    const firstCountingExit = addDays(addMonths(start, MIN_PRESENCE_MONTHS), -1);
    if (p.exitDate >= firstCountingExit)
      return {
        counts: true,
        message: `${period} : la sortie compte (${MIN_PRESENCE_MONTHS} mois de contrat au moins pour ${aStructureKind(kind)}).`,
      };
    return {
      counts: false,
      message:
        `${period} : une sortie ${ofStructureKind(kind)} compte après ${MIN_PRESENCE_MONTHS} mois de contrat, soit une ` +
        `sortie le ${formatIsoDateFr(firstCountingExit)} au plus tôt (il manque ${days(daysBetween(p.exitDate, firstCountingExit))}).`,
    };
  }
  return { counts: true, message: 'Pas de durée minimale de présence pour ce type de structure : la sortie compte.' };
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
