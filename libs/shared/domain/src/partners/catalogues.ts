/**
 * The partner portal: what a social landlord's reviewer sees and decides. Catalogues are stored as text and checked
 * by the API (docs/adr/0006-partner-portal.md).
 */

/** Where a proposal stands. A proposal is the only door through which a partner reaches a person. */
export enum ProposalStatus {
  /** Sent; awaiting the reviewer's decision. */
  PROPOSED = 'PROPOSED',
  /** The reviewer wants to meet the person first. */
  INTERVIEW_REQUESTED = 'INTERVIEW_REQUESTED',
  /** Validated for hire: the structure records the hire. */
  VALIDATED = 'VALIDATED',
  /** Declined, with a reason. */
  DECLINED = 'DECLINED',
  /** Withdrawn by the structure (or the person withdrew their consent): the partner loses access at once. */
  WITHDRAWN = 'WITHDRAWN',
  /** The hire was recorded from this proposal. */
  HIRED = 'HIRED',
}

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  [ProposalStatus.PROPOSED]: 'En attente de décision',
  [ProposalStatus.INTERVIEW_REQUESTED]: 'Entretien demandé',
  [ProposalStatus.VALIDATED]: 'Validé·e pour embauche',
  [ProposalStatus.DECLINED]: 'Non retenu·e',
  [ProposalStatus.WITHDRAWN]: 'Retirée',
  [ProposalStatus.HIRED]: 'Embauché·e',
};

/** Statuses in which the partner still reaches the person (withdrawn proposals give no access). */
export const PARTNER_VISIBLE_PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.PROPOSED,
  ProposalStatus.INTERVIEW_REQUESTED,
  ProposalStatus.VALIDATED,
  ProposalStatus.DECLINED,
  ProposalStatus.HIRED,
];

/** Statuses in which the reviewer may still decide. */
export const OPEN_PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.PROPOSED,
  ProposalStatus.INTERVIEW_REQUESTED,
];

/** A reviewer's decision. */
export enum ProposalDecision {
  REQUEST_INTERVIEW = 'REQUEST_INTERVIEW',
  VALIDATE = 'VALIDATE',
  DECLINE = 'DECLINE',
}

export const PROPOSAL_DECISION_LABELS: Record<ProposalDecision, string> = {
  [ProposalDecision.REQUEST_INTERVIEW]: 'Demander un entretien',
  [ProposalDecision.VALIDATE]: 'Valider pour embauche',
  [ProposalDecision.DECLINE]: 'Décliner',
};

/** Why a reviewer declines (a reason from the list, plus free text). */
export enum DeclineReason {
  POSITION_FILLED = 'POSITION_FILLED',
  SKILLS_NOT_YET = 'SKILLS_NOT_YET',
  CERTIFICATION_MISSING = 'CERTIFICATION_MISSING',
  MOBILITY = 'MOBILITY',
  SCHEDULE = 'SCHEDULE',
  INTERVIEW_UNSUCCESSFUL = 'INTERVIEW_UNSUCCESSFUL',
  OTHER = 'OTHER',
}

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  [DeclineReason.POSITION_FILLED]: 'Poste déjà pourvu',
  [DeclineReason.SKILLS_NOT_YET]: 'Compétences encore insuffisantes pour le poste',
  [DeclineReason.CERTIFICATION_MISSING]: 'Certification requise non obtenue',
  [DeclineReason.MOBILITY]: 'Mobilité ou distance au site',
  [DeclineReason.SCHEDULE]: 'Horaires ou date de prise de poste incompatibles',
  [DeclineReason.INTERVIEW_UNSUCCESSFUL]: 'Entretien non concluant',
  [DeclineReason.OTHER]: 'Autre motif (à préciser)',
};

/** What happened to a proposal, in order: its history and the person's timeline. */
export enum ProposalEventKind {
  PROPOSED = 'PROPOSED',
  INTERVIEW_REQUESTED = 'INTERVIEW_REQUESTED',
  VALIDATED = 'VALIDATED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  HIRED = 'HIRED',
}

export const PROPOSAL_EVENT_LABELS: Record<ProposalEventKind, string> = {
  [ProposalEventKind.PROPOSED]: 'Proposé·e à l’employeur',
  [ProposalEventKind.INTERVIEW_REQUESTED]: 'Entretien demandé par l’employeur',
  [ProposalEventKind.VALIDATED]: 'Validé·e pour embauche par l’employeur',
  [ProposalEventKind.DECLINED]: 'Non retenu·e par l’employeur',
  [ProposalEventKind.WITHDRAWN]: 'Proposition retirée',
  [ProposalEventKind.CONSENT_WITHDRAWN]: 'Consentement au partage retiré',
  [ProposalEventKind.HIRED]: 'Embauche enregistrée',
};

/** A hiring need's state. */
export enum HiringNeedStatus {
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}

export const HIRING_NEED_STATUS_LABELS: Record<HiringNeedStatus, string> = {
  [HiringNeedStatus.OPEN]: 'Ouvert',
  [HiringNeedStatus.FILLED]: 'Pourvu',
  [HiringNeedStatus.CLOSED]: 'Fermé',
};

/** The partner's review of a mission's hours. Confirmed hours are locked (a database trigger refuses any change). */
export enum MissionHoursStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
}

export const MISSION_HOURS_STATUS_LABELS: Record<MissionHoursStatus, string> = {
  [MissionHoursStatus.PENDING]: 'À confirmer par l’employeur',
  [MissionHoursStatus.CONFIRMED]: 'Confirmées (verrouillées)',
  [MissionHoursStatus.DISPUTED]: 'Contestées par l’employeur',
};

/** In-app notifications (and the same by e-mail when SMTP is configured). */
export enum NotificationKind {
  /** To the partner's reviewers. */
  PROPOSAL_RECEIVED = 'PROPOSAL_RECEIVED',
  /** To the person's counsellor. */
  PROPOSAL_DECIDED = 'PROPOSAL_DECIDED',
  /** To the person's counsellor. */
  MISSION_HOURS_DISPUTED = 'MISSION_HOURS_DISPUTED',
  /** To the partner's reviewers: corrected hours to confirm again. */
  MISSION_HOURS_CORRECTED = 'MISSION_HOURS_CORRECTED',
  /** To the partner's reviewers: a proposal they could see is no longer shared. */
  PROPOSAL_WITHDRAWN = 'PROPOSAL_WITHDRAWN',
  /** To the person's counsellor (else the directors): the file will be anonymised soon (docs/domain/retention.md). */
  RETENTION_DUE = 'RETENTION_DUE',
  /** To the mission's coach (else the person's counsellor): the employer asks for a mediation (coaching). */
  COACHING_MEDIATION_REQUESTED = 'COACHING_MEDIATION_REQUESTED',
  /** To the structure's counsellors and directors: a partner asks for an urgent replacement (docs/domain/replacements.md). */
  REPLACEMENT_REQUESTED = 'REPLACEMENT_REQUESTED',
  /** To the partner's reviewers: a person accepted the replacement (with the competences card). */
  REPLACEMENT_FILLED = 'REPLACEMENT_FILLED',
  /** To the request's counsellor (else the structure's): not filled by its answer-by time. */
  REPLACEMENT_ESCALATED = 'REPLACEMENT_ESCALATED',
  /**
   * To the counsellors and directors of the structure that shared an offer on the network's job board: another
   * structure of the network proposed one of its people to it (docs/domain/job-board.md). Names nobody.
   */
  BOARD_PROPOSAL_RECEIVED = 'BOARD_PROPOSAL_RECEIVED',
}

/** What the immutable audit log records. */
export enum AuditAction {
  /** A partner user read a trainee (card, inbox line, hours line). */
  PARTNER_READ_TRAINEE = 'PARTNER_READ_TRAINEE',
  PROPOSAL_SENT = 'PROPOSAL_SENT',
  PROPOSAL_DECIDED = 'PROPOSAL_DECIDED',
  PROPOSAL_WITHDRAWN = 'PROPOSAL_WITHDRAWN',
  PROPOSAL_CONSENT_WITHDRAWN = 'PROPOSAL_CONSENT_WITHDRAWN',
  MISSION_HOURS_CONFIRMED = 'MISSION_HOURS_CONFIRMED',
  MISSION_HOURS_DISPUTED = 'MISSION_HOURS_DISPUTED',
  MISSION_HOURS_CORRECTED = 'MISSION_HOURS_CORRECTED',
  HIRE_RECORDED = 'HIRE_RECORDED',
  /** The daily retention job anonymised the person (counts only, never the data: docs/domain/retention.md). */
  PERSON_ANONYMISED = 'PERSON_ANONYMISED',
  /** The director downloaded everything held about the person (right of access). */
  PERSON_DATA_EXPORTED = 'PERSON_DATA_EXPORTED',
  /** The director put the person's file on legal hold (kept past the retention limit), or lifted it. */
  LEGAL_HOLD_SET = 'LEGAL_HOLD_SET',
  LEGAL_HOLD_LIFTED = 'LEGAL_HOLD_LIFTED',
  /** An account bound to a ProConnect identity (first sign-in), or bound again to a new one (docs/domain/proconnect.md). */
  PROCONNECT_BOUND = 'PROCONNECT_BOUND',
  /** The director kept or stopped password sign-in for the structure's staff. */
  SIGN_IN_POLICY_CHANGED = 'SIGN_IN_POLICY_CHANGED',
  // Account security (docs/security.md, « Journal de sécurité des comptes »): subject `account`, the account's id;
  // details never hold a code, a secret or a session token.
  /** Two-factor sign-in turned on (first code confirmed). */
  TWO_FACTOR_ENABLED = 'TWO_FACTOR_ENABLED',
  /** Two-factor sign-in turned off (by the account itself, with a code or its password). */
  TWO_FACTOR_DISABLED = 'TWO_FACTOR_DISABLED',
  TWO_FACTOR_RECOVERY_CODES_RENEWED = 'TWO_FACTOR_RECOVERY_CODES_RENEWED',
  /**
   * A wrong second-factor code: at the second step of a sign-in, to renew the recovery codes or to turn two-factor off
   * (recorded on its own: nothing changed).
   */
  TWO_FACTOR_CODE_REFUSED = 'TWO_FACTOR_CODE_REFUSED',
  /** A sign-in completed with a single-use recovery code instead of the app's code. */
  SIGNED_IN_WITH_RECOVERY_CODE = 'SIGNED_IN_WITH_RECOVERY_CODE',
  /** The account ended one of its sessions, or all the others, from « Mes sessions ». */
  SESSIONS_ENDED = 'SESSIONS_ENDED',
}

/** The account-security actions, read per account by the director (« Sécurité du compte »). */
export const ACCOUNT_SECURITY_ACTIONS: readonly AuditAction[] = [
  AuditAction.TWO_FACTOR_ENABLED,
  AuditAction.TWO_FACTOR_DISABLED,
  AuditAction.TWO_FACTOR_RECOVERY_CODES_RENEWED,
  AuditAction.TWO_FACTOR_CODE_REFUSED,
  AuditAction.SIGNED_IN_WITH_RECOVERY_CODE,
  AuditAction.SESSIONS_ENDED,
];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  [AuditAction.PARTNER_READ_TRAINEE]: 'Consultation par l’employeur partenaire',
  [AuditAction.PROPOSAL_SENT]: 'Proposition envoyée',
  [AuditAction.PROPOSAL_DECIDED]: 'Décision de l’employeur',
  [AuditAction.PROPOSAL_WITHDRAWN]: 'Proposition retirée',
  [AuditAction.PROPOSAL_CONSENT_WITHDRAWN]: 'Consentement au partage retiré',
  [AuditAction.MISSION_HOURS_CONFIRMED]: 'Heures de mission confirmées',
  [AuditAction.MISSION_HOURS_DISPUTED]: 'Heures de mission contestées',
  [AuditAction.MISSION_HOURS_CORRECTED]: 'Heures de mission corrigées',
  [AuditAction.HIRE_RECORDED]: 'Embauche enregistrée',
  [AuditAction.PERSON_ANONYMISED]: 'Dossier anonymisé (durée de conservation atteinte)',
  [AuditAction.PERSON_DATA_EXPORTED]: 'Export des données de la personne (droit d’accès)',
  [AuditAction.LEGAL_HOLD_SET]: 'Conservation prolongée (gel) décidée',
  [AuditAction.LEGAL_HOLD_LIFTED]: 'Conservation prolongée (gel) levée',
  [AuditAction.PROCONNECT_BOUND]: 'Compte relié à ProConnect',
  [AuditAction.SIGN_IN_POLICY_CHANGED]: 'Mode de connexion de la structure modifié',
  [AuditAction.TWO_FACTOR_ENABLED]: 'Double authentification activée',
  [AuditAction.TWO_FACTOR_DISABLED]: 'Double authentification désactivée',
  [AuditAction.TWO_FACTOR_RECOVERY_CODES_RENEWED]: 'Codes de secours renouvelés',
  [AuditAction.TWO_FACTOR_CODE_REFUSED]: 'Code de double authentification refusé',
  [AuditAction.SIGNED_IN_WITH_RECOVERY_CODE]: 'Connexion avec un code de secours',
  [AuditAction.SESSIONS_ENDED]: 'Sessions terminées depuis « Mes sessions »',
};
