/**
 * Catalogues of the contrat de professionnalisation (CERFA 12434, IAE-RULES §1). Codes are stored as text; labels
 * are what users read.
 */

/** CERFA 12434 "type de contrat" (1–5). */
export enum ContractCerfaKind {
  INITIAL = 1,
  AFTER_EXAM_FAILURE = 2,
  AFTER_TRAINING_BODY_FAILURE = 3,
  AFTER_LEAVE = 4,
  AMENDMENT = 5,
}

export const CONTRACT_CERFA_KIND_LABELS: Record<ContractCerfaKind, string> = {
  [ContractCerfaKind.INITIAL]: '1 — Contrat initial',
  [ContractCerfaKind.AFTER_EXAM_FAILURE]: '2 — Nouveau contrat après échec à l’examen',
  [ContractCerfaKind.AFTER_TRAINING_BODY_FAILURE]: '3 — Nouveau contrat après défaillance de l’organisme de formation',
  [ContractCerfaKind.AFTER_LEAVE]: '4 — Nouveau contrat après maternité, maladie ou accident du travail',
  [ContractCerfaKind.AMENDMENT]: '5 — Avenant',
};

/** CDD, or CDI whose professionalisation action sits at its start. */
export enum ContractForm {
  CDD = 'CDD',
  CDI = 'CDI',
}

export const CONTRACT_FORM_LABELS: Record<ContractForm, string> = {
  [ContractForm.CDD]: 'CDD',
  [ContractForm.CDI]: 'CDI (action de professionnalisation au début du contrat)',
};

/**
 * The public the person belongs to, which sets the longest allowed duration (L6325-11 / L6325-12): 12 months by
 * default, 36 months for the publics the law names, 24 months for those a branch agreement names.
 */
export enum ContractPublic {
  STANDARD = 'STANDARD',
  YOUTH_WITHOUT_QUALIFICATION = 'YOUTH_WITHOUT_QUALIFICATION',
  LONG_TERM_JOBSEEKER = 'LONG_TERM_JOBSEEKER',
  MINIMUM_BENEFIT = 'MINIMUM_BENEFIT',
  FORMER_CUI = 'FORMER_CUI',
  BRANCH_AGREEMENT = 'BRANCH_AGREEMENT',
}

export const CONTRACT_PUBLIC_LABELS: Record<ContractPublic, string> = {
  [ContractPublic.STANDARD]: 'Public général (12 mois au plus)',
  [ContractPublic.YOUTH_WITHOUT_QUALIFICATION]:
    'Jeune de 16 à 25 ans sans qualification de niveau bac (36 mois au plus)',
  [ContractPublic.LONG_TERM_JOBSEEKER]: 'Demandeur·se d’emploi inscrit·e depuis plus d’un an (36 mois au plus)',
  [ContractPublic.MINIMUM_BENEFIT]: 'Bénéficiaire du RSA, de l’ASS ou de l’AAH (36 mois au plus)',
  [ContractPublic.FORMER_CUI]: 'Ancien·ne titulaire d’un contrat unique d’insertion (36 mois au plus)',
  [ContractPublic.BRANCH_AGREEMENT]: 'Public défini par un accord de branche (24 mois au plus)',
};

/** Stored lifecycle (draft → submitted → accepted or refused → active → completed, broken or renewed). */
export enum ContractStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  BROKEN = 'BROKEN',
  RENEWED = 'RENEWED',
}

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  [ContractStatus.DRAFT]: 'Brouillon',
  [ContractStatus.SUBMITTED]: 'Déposé à l’OPCO',
  [ContractStatus.ACCEPTED]: 'Accepté par l’OPCO',
  [ContractStatus.REFUSED]: 'Refusé par l’OPCO',
  [ContractStatus.ACTIVE]: 'En cours',
  [ContractStatus.COMPLETED]: 'Terminé',
  [ContractStatus.BROKEN]: 'Rompu',
  [ContractStatus.RENEWED]: 'Renouvelé',
};

/** The OPCO's answer to a deposit: explicit, or silence for 20 days (tacit acceptance). */
export enum OpcoDecisionKind {
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
  TACIT_ACCEPTANCE = 'TACIT_ACCEPTANCE',
}

export const OPCO_DECISION_LABELS: Record<OpcoDecisionKind, string> = {
  [OpcoDecisionKind.ACCEPTED]: 'Prise en charge acceptée',
  [OpcoDecisionKind.REFUSED]: 'Prise en charge refusée',
  [OpcoDecisionKind.TACIT_ACCEPTANCE]: 'Acceptée par silence de l’OPCO (20 jours)',
};

/** Why a contract ends early (common law of the CDD, plus the trial period). */
export enum ContractBreakReason {
  TRIAL_PERIOD = 'TRIAL_PERIOD',
  MUTUAL_AGREEMENT = 'MUTUAL_AGREEMENT',
  PERMANENT_HIRE_ELSEWHERE = 'PERMANENT_HIRE_ELSEWHERE',
  GROSS_MISCONDUCT = 'GROSS_MISCONDUCT',
  FORCE_MAJEURE = 'FORCE_MAJEURE',
  UNFITNESS = 'UNFITNESS',
  RESIGNATION = 'RESIGNATION',
  OTHER = 'OTHER',
}

export const CONTRACT_BREAK_REASON_LABELS: Record<ContractBreakReason, string> = {
  [ContractBreakReason.TRIAL_PERIOD]: 'Rupture pendant la période d’essai',
  [ContractBreakReason.MUTUAL_AGREEMENT]: 'Accord des deux parties',
  [ContractBreakReason.PERMANENT_HIRE_ELSEWHERE]: 'Embauche en CDI chez un autre employeur',
  [ContractBreakReason.GROSS_MISCONDUCT]: 'Faute grave',
  [ContractBreakReason.FORCE_MAJEURE]: 'Force majeure',
  [ContractBreakReason.UNFITNESS]: 'Inaptitude constatée par le médecin du travail',
  [ContractBreakReason.RESIGNATION]: 'Démission (CDI)',
  [ContractBreakReason.OTHER]: 'Autre motif',
};

/** The legal reasons to renew a contrat pro once with the same employer, and the CERFA kind of the new contract. */
export enum ContractRenewalReason {
  HIGHER_QUALIFICATION = 'HIGHER_QUALIFICATION',
  EXAM_FAILURE = 'EXAM_FAILURE',
  MATERNITY_OR_ADOPTION = 'MATERNITY_OR_ADOPTION',
  ILLNESS = 'ILLNESS',
  WORK_ACCIDENT = 'WORK_ACCIDENT',
  TRAINING_BODY_FAILURE = 'TRAINING_BODY_FAILURE',
}

export const CONTRACT_RENEWAL_REASONS: Record<ContractRenewalReason, { label: string; cerfaKind: ContractCerfaKind }> =
  {
    [ContractRenewalReason.HIGHER_QUALIFICATION]: {
      label: 'Qualification supérieure ou complémentaire',
      cerfaKind: ContractCerfaKind.INITIAL,
    },
    [ContractRenewalReason.EXAM_FAILURE]: {
      label: 'Échec à l’examen',
      cerfaKind: ContractCerfaKind.AFTER_EXAM_FAILURE,
    },
    [ContractRenewalReason.MATERNITY_OR_ADOPTION]: {
      label: 'Maternité ou adoption',
      cerfaKind: ContractCerfaKind.AFTER_LEAVE,
    },
    [ContractRenewalReason.ILLNESS]: { label: 'Maladie', cerfaKind: ContractCerfaKind.AFTER_LEAVE },
    [ContractRenewalReason.WORK_ACCIDENT]: { label: 'Accident du travail', cerfaKind: ContractCerfaKind.AFTER_LEAVE },
    [ContractRenewalReason.TRAINING_BODY_FAILURE]: {
      label: 'Défaillance de l’organisme de formation',
      cerfaKind: ContractCerfaKind.AFTER_TRAINING_BODY_FAILURE,
    },
  };
