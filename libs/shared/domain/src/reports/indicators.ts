/**
 * The indicators of the director's dashboard and of the funder reports (issue 6): their codes, French labels and
 * one-sentence definitions, and the bands the FSE+ breakdowns use. Each figure is the aggregate (count or sum) of
 * the records an SQL query lists for its code, so that a figure and the list behind it always agree.
 */
import { countLabel } from '../format';
import { MIN_CONTRACT_DAYS, MIN_PRESENCE_MINUTES } from '../pathway/exits';
import { ageOn } from '../person-rules';

/**
 * FSE+ age band at entry (IAE-RULES §4, Reg. 2021/1057 Annex I: « children below 18 », « young people 18–29 »,
 * « participants 55 and over »; 30–54 completes the breakdown). The age is exact, in whole years on the entry date
 * (`ageOn`: a participant whose 18th birthday is the day after entry is under 18).
 */
export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  FROM_18_TO_29 = 'FROM_18_TO_29',
  FROM_30_TO_54 = 'FROM_30_TO_54',
  FROM_55 = 'FROM_55',
}

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  [AgeBand.UNDER_18]: 'Moins de 18 ans',
  [AgeBand.FROM_18_TO_29]: '18 à 29 ans',
  [AgeBand.FROM_30_TO_54]: '30 à 54 ans',
  [AgeBand.FROM_55]: '55 ans et plus',
};

/** The band of an age in whole years (the SQL of the reports applies the same bounds). */
export function ageBand(age: number): AgeBand {
  if (age < 18) return AgeBand.UNDER_18;
  if (age < 30) return AgeBand.FROM_18_TO_29;
  return age >= 55 ? AgeBand.FROM_55 : AgeBand.FROM_30_TO_54;
}

/** The band of a participant born on `birthDate` who entered on `entryDate` (both `YYYY-MM-DD`). */
export function ageBandAtEntry(birthDate: string, entryDate: string): AgeBand {
  return ageBand(ageOn(birthDate, entryDate));
}

/** ISCED groups of the ESF+ common indicators (Reg. 2021/1057 Annex I), in report order. */
export const ISCED_GROUPS = ['ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'] as const;
export type IscedGroup = (typeof ISCED_GROUPS)[number];

export const ISCED_GROUP_LABELS: Record<IscedGroup, string> = {
  ISCED_0_2: 'CITE 0 à 2',
  ISCED_3_4: 'CITE 3 à 4',
  ISCED_5_8: 'CITE 5 à 8',
};

/** Section titles of the dashboard (and of the DDETS and partnership reports where they share them). */
export const DASHBOARD_SECTION_TITLES = {
  pathway: 'Parcours',
  entriesExits: 'Entrées et sorties',
  training: 'Formation',
  certification: 'Certification',
  employment: 'Emploi',
  partnerships: 'Partenariats',
  contracts: 'Contrats',
} as const;

/** Label and definition of an indicator code (codes with a variable part are matched on their prefix). */
export interface IndicatorInfo {
  label: string;
  definition: string;
}

/**
 * Fixed-code indicators. Variable ones (`stage.<STAGE>`, `exits.<CATEGORY>`, `exits.counted.<CATEGORY>`,
 * `contracts.<STATUS>`, …) are below.
 */
export const INDICATORS: Record<string, IndicatorInfo> = {
  'pathway.followed': {
    label: 'Personnes suivies pendant la période',
    definition:
      'Personnes en parcours au moins un jour de la période : parcours commencé au plus tard le dernier jour (orientation, création de la fiche, premier changement d’étape ou premier emploi, la plus ancienne de ces dates) et pas sorti avant le premier jour, d’après l’historique des étapes à leurs dates d’effet.',
  },
  'pathway.employed': {
    label: 'Salarié·es en parcours pendant la période',
    definition:
      'Personnes suivies pendant la période qui ont été salariées de la structure au moins un jour de la période : contrat de travail (CDDI, CDD d’usage…), contrat de professionnalisation commencé ou mission avec des heures, en cours pendant la période.',
  },
  'pathway.at_end': {
    label: 'Toujours en parcours à la fin de la période',
    definition:
      'Personnes suivies pendant la période dont l’étape au dernier jour de la période, lue dans l’historique des étapes, n’est pas « Sortie ».',
  },
  entries: {
    label: 'Entrées en parcours',
    definition:
      'Personnes dont le premier emploi dans la structure commence pendant la période (CDDI, CDD d’usage, contrat de professionnalisation commencé, mise à disposition ou autre mission avec des heures…), comptées au mois de ce début ; un changement d’étape n’est pas une entrée.',
  },
  'exits.total': {
    label: 'Sorties',
    definition: 'Sorties de parcours dont la date est dans la période, qu’elles comptent ou non.',
  },
  'exits.counted': {
    label: 'Sorties comptabilisées',
    definition: `Sorties de la période qui comptent (présence minimale atteinte à la sortie, selon le type de structure : ${MIN_PRESENCE_MINUTES / 60} heures travaillées sur la dernière annexe financière en AI/ETTI, ${MIN_CONTRACT_DAYS} jours de contrat au moins — plus de 2,65 mois — en ACI/EI, avoir travaillé en EITI, sans seuil en GEIQ). Les retraits des sorties constatées en font partie, mais pas des taux.`,
  },
  'exits.examined': {
    label: 'Sorties examinées',
    definition:
      'Sorties comptabilisées de la période, hors « retrait des sorties constatées » : le dénominateur des taux.',
  },
  'exits.dynamic': {
    label: 'Sorties dynamiques',
    definition: 'Sorties comptabilisées de la période en emploi durable, emploi de transition ou sortie positive.',
  },
  'exits.durable': {
    label: 'Sorties en emploi durable',
    definition: 'Sorties comptabilisées de la période en emploi durable (CDI, CDD ou intérim de 6 mois ou plus…).',
  },
  'exits.dynamic_rate': {
    label: 'Taux de sorties dynamiques',
    definition:
      'Sorties dynamiques ÷ sorties examinées (comptabilisées, hors retraits), arrondi au centième de point ; objectif de l’année de fin de période (60 % par défaut).',
  },
  'exits.durable_rate': {
    label: 'Taux d’emploi durable',
    definition:
      'Sorties en emploi durable ÷ sorties examinées (comptabilisées, hors retraits) ; objectif de l’année de fin de période (25 % par défaut).',
  },
  'training.contract_planned': {
    label: 'Heures de formation prévues aux contrats (CERFA)',
    definition:
      'Pour chaque contrat de professionnalisation en cours pendant la période (commencé, terminé, rompu ou renouvelé), le total d’heures de formation inscrit au CERFA pour tout le contrat ; la somme de ces totaux. Ce ne sont pas les heures programmées en sessions.',
  },
  'training.scheduled': {
    label: 'Heures de formation programmées en sessions',
    definition:
      'Pour chaque session de formation de la période, sa durée multipliée par le nombre de personnes inscrites (une ligne d’émargement chacune). Ce ne sont pas les heures prévues aux contrats.',
  },
  'training.attended': {
    label: 'Heures de formation suivies (émargées)',
    definition: 'Minutes de présence émargées aux sessions de formation de la période.',
  },
  'certifications.candidates': {
    label: 'Candidat·es présenté·es',
    definition: 'Personnes ayant passé au moins une session d’examen pendant la période (une fois par certification).',
  },
  'certifications.full': {
    label: 'Certifications obtenues',
    definition:
      'Candidat·es de la période ayant acquis tous les blocs de la certification (résultat le plus récent de chaque bloc à leur dernière session de la période).',
  },
  'certifications.partial': {
    label: 'Certifications partielles',
    definition:
      'Candidat·es de la période ayant acquis au moins un bloc, mais pas tous (un bloc seulement « partiellement acquis » ne compte pas).',
  },
  hires: {
    label: 'Embauches',
    definition: 'Embauches dont le contrat commence pendant la période.',
  },
  'retention.6.checked': {
    label: 'Suivis à 6 mois',
    definition: 'Vérifications du maintien en emploi 6 mois après l’embauche, faites pendant la période.',
  },
  'retention.6.employed': {
    label: 'En poste à 6 mois',
    definition: 'Vérifications à 6 mois de la période où la personne était toujours en poste.',
  },
  'retention.6.rate': {
    label: 'Maintien en emploi à 6 mois',
    definition: 'Personnes toujours en poste ÷ personnes vérifiées à 6 mois pendant la période.',
  },
  'retention.12.checked': {
    label: 'Suivis à 12 mois',
    definition: 'Vérifications du maintien en emploi 12 mois après l’embauche, faites pendant la période.',
  },
  'retention.12.employed': {
    label: 'En poste à 12 mois',
    definition: 'Vérifications à 12 mois de la période où la personne était toujours en poste.',
  },
  'retention.12.rate': {
    label: 'Maintien en emploi à 12 mois',
    definition: 'Personnes toujours en poste ÷ personnes vérifiées à 12 mois pendant la période.',
  },
  'missions.minutes': {
    label: 'Heures de mission',
    definition:
      'Heures des missions (mises à disposition, missions d’essai, remplacements) commencées pendant la période.',
  },
};

/** The two counts a rate is made of: its value is `rateBp(numerator, denominator)` of those figures. */
export interface RateParts {
  numerator: string;
  denominator: string;
  /** What the denominator counts, singular and plural: « sortie(s) », « personne(s) vérifiée(s) ». */
  base: readonly [string, string];
}

/**
 * The rates of the dashboard and the reports, by code, and the count figures they divide: a rate has no records of
 * its own, the records behind it are those of its numerator and of its denominator.
 */
export const RATE_PARTS: Record<string, RateParts> = {
  'exits.dynamic_rate': { numerator: 'exits.dynamic', denominator: 'exits.examined', base: ['sortie', 'sorties'] },
  'exits.durable_rate': { numerator: 'exits.durable', denominator: 'exits.examined', base: ['sortie', 'sorties'] },
  'retention.6.rate': {
    numerator: 'retention.6.employed',
    denominator: 'retention.6.checked',
    base: ['personne vérifiée', 'personnes vérifiées'],
  },
  'retention.12.rate': {
    numerator: 'retention.12.employed',
    denominator: 'retention.12.checked',
    base: ['personne vérifiée', 'personnes vérifiées'],
  },
};

/** Under this many exits (or persons checked), a rate says it is too few to conclude. */
export const RATE_SMALL_BASE = 5;

/**
 * « calculé sur 3 sorties : trop peu pour conclure » for a rate whose denominator is 1 to 4; null otherwise (a
 * count, enough of a base, or no base at all — the rate is then « non calculable »).
 */
export function rateSmallBaseNote(rateCode: string, denominator: number | null | undefined): string | null {
  const parts = RATE_PARTS[rateCode];
  if (!parts || denominator === null || denominator === undefined) return null;
  if (denominator <= 0 || denominator >= RATE_SMALL_BASE) return null;
  return `calculé sur ${countLabel(denominator, parts.base[0], parts.base[1])} : trop peu pour conclure`;
}

/** A French label and definition for any code the indicators produce (variable parts included). */
export const INDICATOR_DEFINITIONS = {
  stage:
    'Personnes suivies pendant la période, par étape au dernier jour de la période (historique des étapes, à leurs dates d’effet) : « Sortie » compte celles sorties pendant la période.',
  exitCategoryAll:
    'Toutes les sorties de la période classées dans cette catégorie, qu’elles comptent ou non (la règle de présence est expliquée pour chacune).',
  exitCategoryCounted:
    'Sorties comptabilisées de la période (présence minimale atteinte) classées dans cette catégorie ; hors « retrait des sorties constatées », ce sont celles des taux.',
  contracts: 'Contrats de professionnalisation de la structure, par statut enregistré.',
  partnershipHires:
    'Embauches chez ce bailleur commençant dans l’année (ou les années) de la période, comparées à l’objectif d’embauches de ces années.',
  sharedTargetHires: (landlords: string) =>
    `Embauches chez l’un des bailleurs qui partagent cet objectif (${landlords}) commençant dans l’année (ou les années) de la période, comparées à l’objectif partagé de ces années.`,
} as const;

/** What a figure's percentage is of (`ReportFigure.percent`), as it reads after the number: « 30 % de l’objectif ». */
export const PERCENT_OF = {
  target: 'de l’objectif',
  countedExits: 'des sorties comptabilisées',
  allExits: 'de toutes les sorties',
} as const;

/**
 * The two per-category exit figures, labelled apart so that nobody adds up one with the other: all the exits of the
 * category (`exits.<CATEGORY>`, counted or not) and the counted ones (`exits.counted.<CATEGORY>`, those the rates use:
 * the counted ones add up to `exits.counted`, and without « retrait » to `exits.examined`).
 */
export function exitCategoryFigureLabel(categoryLabel: string, counted: boolean): string {
  return counted ? `${categoryLabel} — sorties comptabilisées` : `${categoryLabel} — toutes sorties`;
}
