/**
 * The kinds of record a pathway is made of, with their French labels. (The rules about them — eligibility, PASS,
 * caps, gates, exits, alerts — are in ./pathway/.)
 */

/** Decision taken at the end of stage 1. */
export enum AdmissionOutcome {
  ADMITTED = 'ADMITTED',
  REFUSED = 'REFUSED',
}
export const ADMISSION_OUTCOME_LABELS: Record<AdmissionOutcome, string> = {
  [AdmissionOutcome.ADMITTED]: 'Admis·e en alternance',
  [AdmissionOutcome.REFUSED]: 'Non admis·e',
};

/** A PMSMP has exactly one objective (Code du travail, D5135-1). */
export enum ImmersionObjective {
  DISCOVER_JOB = 'DISCOVER_JOB',
  CONFIRM_PROJECT = 'CONFIRM_PROJECT',
  INITIATE_RECRUITMENT = 'INITIATE_RECRUITMENT',
}
export const IMMERSION_OBJECTIVE_LABELS: Record<ImmersionObjective, string> = {
  [ImmersionObjective.DISCOVER_JOB]: 'Découvrir un métier ou un secteur',
  [ImmersionObjective.CONFIRM_PROJECT]: 'Confirmer un projet professionnel',
  [ImmersionObjective.INITIATE_RECRUITMENT]: 'Initier une démarche de recrutement',
};

/** Collective sessions: information meetings (stage 1), training sessions (stage 2), workshops. */
export enum SessionKind {
  INFORMATION = 'INFORMATION',
  TRAINING = 'TRAINING',
  WORKSHOP = 'WORKSHOP',
}
export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  [SessionKind.INFORMATION]: 'Réunion d’information',
  [SessionKind.TRAINING]: 'Session de formation',
  [SessionKind.WORKSHOP]: 'Atelier collectif',
};

export enum AbsenceKind {
  JUSTIFIED = 'JUSTIFIED',
  UNJUSTIFIED = 'UNJUSTIFIED',
}
export const ABSENCE_KIND_LABELS: Record<AbsenceKind, string> = {
  [AbsenceKind.JUSTIFIED]: 'Absence justifiée',
  [AbsenceKind.UNJUSTIFIED]: 'Absence non justifiée',
};

/** Dated records of the pathway that carry no rule of their own beyond their date and text. */
export enum PathwayEventKind {
  SELECTION_INTERVIEW = 'SELECTION_INTERVIEW',
  PROJECT_EVALUATION = 'PROJECT_EVALUATION',
  INTERVIEW_SIMULATION = 'INTERVIEW_SIMULATION',
  TUTOR_MEETING = 'TUTOR_MEETING',
  FOLLOW_UP_INTERVIEW = 'FOLLOW_UP_INTERVIEW',
  ONBOARDING_FOLLOW_UP = 'ONBOARDING_FOLLOW_UP',
}
export const PATHWAY_EVENT_KIND_LABELS: Record<PathwayEventKind, string> = {
  [PathwayEventKind.SELECTION_INTERVIEW]: 'Entretien de sélection',
  [PathwayEventKind.PROJECT_EVALUATION]: 'Évaluation du projet',
  [PathwayEventKind.INTERVIEW_SIMULATION]: 'Simulation d’entretien',
  [PathwayEventKind.TUTOR_MEETING]: 'Rencontre tutorale',
  [PathwayEventKind.FOLLOW_UP_INTERVIEW]: 'Entretien de suivi',
  [PathwayEventKind.ONBOARDING_FOLLOW_UP]: 'Suivi d’intégration dans l’emploi',
};

/** The person's employment contract with the structure (the contrat de professionnalisation itself has its own record). */
export enum EmploymentContractKind {
  CDDI = 'CDDI',
  CDD_USAGE = 'CDD_USAGE',
  TEMPORARY_MISSION = 'TEMPORARY_MISSION',
  PROFESSIONALISATION = 'PROFESSIONALISATION',
  OTHER = 'OTHER',
}
export const EMPLOYMENT_CONTRACT_KIND_LABELS: Record<EmploymentContractKind, string> = {
  [EmploymentContractKind.CDDI]: 'CDD d’insertion (CDDI)',
  [EmploymentContractKind.CDD_USAGE]: 'CDD d’usage (association intermédiaire)',
  [EmploymentContractKind.TEMPORARY_MISSION]: 'Mission d’intérim d’insertion',
  [EmploymentContractKind.PROFESSIONALISATION]: 'Contrat de professionnalisation',
  [EmploymentContractKind.OTHER]: 'Autre contrat',
};

/** The contract of the job found at the end of the pathway. */
export enum HireContractType {
  CDI = 'CDI',
  CDD = 'CDD',
  TEMPORARY = 'TEMPORARY',
  CDI_INCLUSION = 'CDI_INCLUSION',
  PROFESSIONALISATION = 'PROFESSIONALISATION',
  CIVIL_SERVICE = 'CIVIL_SERVICE',
  OTHER = 'OTHER',
}
export const HIRE_CONTRACT_TYPE_LABELS: Record<HireContractType, string> = {
  [HireContractType.CDI]: 'CDI',
  [HireContractType.CDD]: 'CDD',
  [HireContractType.TEMPORARY]: 'Intérim',
  [HireContractType.CDI_INCLUSION]: 'CDI inclusion',
  [HireContractType.PROFESSIONALISATION]: 'Contrat de professionnalisation',
  [HireContractType.CIVIL_SERVICE]: 'Fonction publique (stage, titularisation)',
  [HireContractType.OTHER]: 'Autre',
};

/** The 6- and 12-month checks after a hire. */
export const RETENTION_CHECK_MONTHS = [6, 12] as const;
