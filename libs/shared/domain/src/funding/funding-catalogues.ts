/** Catalogues of funders, funding agreements, allocations and FSE+ participants (IAE-RULES §1.5 and §4). */

export enum FunderKind {
  OPCO = 'OPCO',
  FSE_PLUS = 'FSE_PLUS',
  DDETS_AIDE_AU_POSTE = 'DDETS_AIDE_AU_POSTE',
  DDETS_FDI = 'DDETS_FDI',
  CITY_POLICY = 'CITY_POLICY',
  DEPARTMENT = 'DEPARTMENT',
  REGION = 'REGION',
  PLIE = 'PLIE',
  OTHER = 'OTHER',
}

export const FUNDER_KIND_LABELS: Record<FunderKind, string> = {
  [FunderKind.OPCO]: 'OPCO',
  [FunderKind.FSE_PLUS]: 'FSE+',
  [FunderKind.DDETS_AIDE_AU_POSTE]: 'DDETS — aide au poste',
  [FunderKind.DDETS_FDI]: 'DDETS — fonds départemental d’insertion (FDI)',
  [FunderKind.CITY_POLICY]: 'Politique de la ville',
  [FunderKind.DEPARTMENT]: 'Département',
  [FunderKind.REGION]: 'Région',
  [FunderKind.PLIE]: 'PLIE',
  [FunderKind.OTHER]: 'Autre financeur',
};

/** The OPCO's default hourly rate when no branch agreement sets one (D6332-86): 9,15 €/h. */
export const DEFAULT_OPCO_HOURLY_RATE_CENTS = 915;

/** What can be charged to an agreement: an hour (training attendance, mission, counsellor time) or a euro (cost). */
export enum FundingSourceKind {
  TRAINING_ATTENDANCE = 'TRAINING_ATTENDANCE',
  MISSION = 'MISSION',
  STAFF_TIME = 'STAFF_TIME',
  EXPENSE = 'EXPENSE',
}

export const FUNDING_SOURCE_KIND_LABELS: Record<FundingSourceKind, string> = {
  [FundingSourceKind.TRAINING_ATTENDANCE]: 'Heures de formation suivies',
  [FundingSourceKind.MISSION]: 'Heures de mission',
  [FundingSourceKind.STAFF_TIME]: 'Temps d’accompagnement',
  [FundingSourceKind.EXPENSE]: 'Dépenses',
};

/** The unit a source is allocated in: minutes for hours, cents for costs. */
export function fundingSourceUnit(kind: FundingSourceKind): 'MINUTES' | 'CENTS' {
  return kind === FundingSourceKind.EXPENSE ? 'CENTS' : 'MINUTES';
}

/** Indicators an agreement may require in its reports (issue 6 builds them). */
export enum FundingIndicator {
  PARTICIPANTS = 'PARTICIPANTS',
  FSE_PARTICIPANT_DATA = 'FSE_PARTICIPANT_DATA',
  TRAINING_HOURS = 'TRAINING_HOURS',
  MISSION_HOURS = 'MISSION_HOURS',
  OPCO_AMOUNT = 'OPCO_AMOUNT',
  ENTRIES = 'ENTRIES',
  EXITS_BY_CATEGORY = 'EXITS_BY_CATEGORY',
  DYNAMIC_EXIT_RATE = 'DYNAMIC_EXIT_RATE',
  CERTIFICATIONS = 'CERTIFICATIONS',
  HIRES = 'HIRES',
  RETENTION = 'RETENTION',
  BUDGET_CONSUMED = 'BUDGET_CONSUMED',
}

export const FUNDING_INDICATOR_LABELS: Record<FundingIndicator, string> = {
  [FundingIndicator.PARTICIPANTS]: 'Participant·es',
  [FundingIndicator.FSE_PARTICIPANT_DATA]: 'Données participant·es FSE+ (entrée, sortie, 6 mois)',
  [FundingIndicator.TRAINING_HOURS]: 'Heures de formation suivies',
  [FundingIndicator.MISSION_HOURS]: 'Heures de mission',
  [FundingIndicator.OPCO_AMOUNT]: 'Prise en charge OPCO',
  [FundingIndicator.ENTRIES]: 'Entrées',
  [FundingIndicator.EXITS_BY_CATEGORY]: 'Sorties par catégorie',
  [FundingIndicator.DYNAMIC_EXIT_RATE]: 'Taux de sorties dynamiques',
  [FundingIndicator.CERTIFICATIONS]: 'Certifications obtenues',
  [FundingIndicator.HIRES]: 'Embauches',
  [FundingIndicator.RETENTION]: 'Maintien en emploi à 6 et 12 mois',
  [FundingIndicator.BUDGET_CONSUMED]: 'Budget consommé',
};

/** FSE+ participant data (Reg. 2021/1057 Annex I). */
export enum FseGender {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  NON_BINARY = 'NON_BINARY',
}

export const FSE_GENDER_LABELS: Record<FseGender, string> = {
  [FseGender.WOMAN]: 'Femme',
  [FseGender.MAN]: 'Homme',
  [FseGender.NON_BINARY]: 'Non binaire',
};

export enum FseLabourMarketStatus {
  LONG_TERM_UNEMPLOYED = 'LONG_TERM_UNEMPLOYED',
  UNEMPLOYED = 'UNEMPLOYED',
  INACTIVE = 'INACTIVE',
  EMPLOYED = 'EMPLOYED',
}

export const FSE_LABOUR_MARKET_STATUS_LABELS: Record<FseLabourMarketStatus, string> = {
  [FseLabourMarketStatus.LONG_TERM_UNEMPLOYED]: 'Chômeur·se de longue durée (plus de 12 mois)',
  [FseLabourMarketStatus.UNEMPLOYED]: 'Chômeur·se (moins de 12 mois)',
  [FseLabourMarketStatus.INACTIVE]: 'Inactif·ve',
  [FseLabourMarketStatus.EMPLOYED]: 'En emploi, y compris indépendant',
};

export enum FseIscedLevel {
  ISCED_0_2 = 'ISCED_0_2',
  ISCED_3_4 = 'ISCED_3_4',
  ISCED_5_8 = 'ISCED_5_8',
}

export const FSE_ISCED_LEVEL_LABELS: Record<FseIscedLevel, string> = {
  [FseIscedLevel.ISCED_0_2]: 'CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)',
  [FseIscedLevel.ISCED_3_4]: 'CITE 3 à 4 (CAP, BEP, baccalauréat)',
  [FseIscedLevel.ISCED_5_8]: 'CITE 5 à 8 (enseignement supérieur)',
};

/** Situations reported at entry. The participant may decline to answer: `null` then means "declined" once asked. */
export enum FseSituation {
  DISABILITY = 'DISABILITY',
  THIRD_COUNTRY_NATIONAL = 'THIRD_COUNTRY_NATIONAL',
  FOREIGN_BACKGROUND = 'FOREIGN_BACKGROUND',
  MINORITY = 'MINORITY',
  HOMELESS_OR_HOUSING_EXCLUSION = 'HOMELESS_OR_HOUSING_EXCLUSION',
  RURAL_AREA = 'RURAL_AREA',
}

export const FSE_SITUATION_LABELS: Record<FseSituation, string> = {
  [FseSituation.DISABILITY]: 'Personne en situation de handicap',
  [FseSituation.THIRD_COUNTRY_NATIONAL]: 'Ressortissant·e d’un pays tiers',
  [FseSituation.FOREIGN_BACKGROUND]: 'Personne d’origine étrangère',
  [FseSituation.MINORITY]: 'Minorité (y compris communautés marginalisées)',
  [FseSituation.HOMELESS_OR_HOUSING_EXCLUSION]: 'Sans domicile ou exclu·e du logement',
  [FseSituation.RURAL_AREA]: 'Habitant·e d’une zone rurale',
};

/** Situation at exit ("upon leaving"). */
export enum FseExitSituation {
  EMPLOYED = 'EMPLOYED',
  IN_EDUCATION_OR_TRAINING = 'IN_EDUCATION_OR_TRAINING',
  GAINED_QUALIFICATION = 'GAINED_QUALIFICATION',
  JOB_SEARCHING = 'JOB_SEARCHING',
  INACTIVE = 'INACTIVE',
}

export const FSE_EXIT_SITUATION_LABELS: Record<FseExitSituation, string> = {
  [FseExitSituation.EMPLOYED]: 'En emploi, y compris indépendant',
  [FseExitSituation.IN_EDUCATION_OR_TRAINING]: 'En études ou en formation',
  [FseExitSituation.GAINED_QUALIFICATION]: 'A obtenu une qualification',
  [FseExitSituation.JOB_SEARCHING]: 'En recherche d’emploi',
  [FseExitSituation.INACTIVE]: 'Inactif·ve',
};
