/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AccountLinkKind =
  | 'INVITATION'
  | 'PASSWORD_RESET';

export type AddPartnerSiteInput = {
  addressLine?: string | null | undefined;
  city?: string | null | undefined;
  name: string;
  partnerOrganisationId: string | number;
  postalCode?: string | null | undefined;
};

export type AddPersonUnavailabilityInput = {
  /** AAAA-MM-JJ */
  endsOn: string;
  personId: string | number;
  reason?: string | null | undefined;
  /** AAAA-MM-JJ */
  startsOn: string;
};

export type AllocateFundingInput = {
  agreementId: string | number;
  /** Quantité imputée (minutes ou centimes), pour une seule source. Exclusif de sharePercent. */
  quantity?: number | null | undefined;
  /** Part de chaque source imputée, en % (0 < x ≤ 100, 2 décimales au plus). Exclusif de quantity. */
  sharePercent?: number | null | undefined;
  /** Les sources imputées, du même type (1 à 500). */
  sourceIds: Array<string | number>;
  /** FundingSourceKind : TRAINING_ATTENDANCE, MISSION, STAFF_TIME, EXPENSE. */
  sourceKind: string;
  /** La version de chaque source lue (`FundableSource.version`), dans l’ordre de sourceIds : une source dont les heures ou les imputations ont changé depuis est refusée (CONFLICT, `extensions.changedLines`), rien n’est imputé. */
  sourceVersions?: Array<string> | null | undefined;
};

export type AnswerReplacementOfferInput = {
  accept: boolean;
  /** Le jeton du lien reçu. */
  token: string;
};

export type AssignTutorInput = {
  personId: string | number;
  /** AAAA-MM-JJ */
  startDate: string;
  tutorId: string | number;
};

export type AttendanceEntryInput = {
  /** `AbsenceKind` : obligatoire quand la présence est inférieure à la durée prévue. */
  absence?: string | null | undefined;
  /** Minutes de présence (0 à la durée prévue de la session). */
  minutesAttended: number;
  personId: string | number;
  /** La version de la ligne lue (`SessionAttendance.version`) ; null pour une personne qui n’avait pas de ligne. Une ligne modifiée ou ajoutée par quelqu’un d’autre depuis est refusée (CONFLICT, `extensions.changedLines`). Sans ce champ, la ligne est prise comme lue à sa première version. */
  version?: number | null | undefined;
};

export type AttendanceLineInput = {
  /** `AbsenceKind` : obligatoire quand la présence est inférieure à la durée prévue. */
  absence?: string | null | undefined;
  /** Minutes de présence (0 à la durée prévue de la session). */
  minutesAttended: number;
  personId: string | number;
  sessionId: string | number;
  /** La version de la ligne lue (`SessionAttendance.version`) ; null pour une personne qui n’avait pas de ligne. Une ligne modifiée ou ajoutée par quelqu’un d’autre depuis est refusée (CONFLICT, `extensions.changedLines`). Sans ce champ, la ligne est prise comme lue à sa première version. */
  version?: number | null | undefined;
};

export type AvailabilityRangeInput = {
  /** Fin, en minutes depuis minuit (1440 = minuit en fin de journée). */
  endMinute: number;
  /** Début, en minutes depuis minuit. */
  startMinute: number;
  /** 1 = lundi … 7 = dimanche. */
  weekday: number;
};

export type BoardProposalPreviewInput = {
  message?: string | null | undefined;
  personId: string | number;
  shareContact: boolean;
  shareFullName: boolean;
  sharedOfferId: string | number;
};

export type BreakProfessionalisationContractInput = {
  /** AAAA-MM-JJ. */
  brokenOn: string;
  /** Obligatoire pour le motif « Autre motif ». */
  comment?: string | null | undefined;
  id: string | number;
  /** ContractBreakReason. */
  reason: string;
  version: number;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type ChangeStaffRoleInput = {
  role: Role;
  userId: string | number;
};

export type ChangeStageInput = {
  /** AAAA-MM-JJ : le jour du changement, ni futur ni antérieur au dernier changement. */
  effectiveOn: string;
  /** Motif de dérogation (20 caractères au moins) pour passer malgré des pièces manquantes ; gardé dans l’historique. */
  overrideReason?: string | null | undefined;
  personId: string | number;
  /** Obligatoire (10 caractères au moins) pour un retour en arrière ou un saut d’étape. */
  reason?: string | null | undefined;
  /** L’étape visée ; la sortie s’enregistre avec recordExit. */
  toStage: PathwayStage;
  /** La version de la fiche lue : une version périmée est refusée (CONFLICT). */
  version: number;
};

export type CompleteProfessionalisationContractInput = {
  /** AAAA-MM-JJ. */
  completedOn: string;
  id: string | number;
  version: number;
};

export type ConfirmMissionHoursInput = {
  comment?: string | null | undefined;
  /** De 1 à 200 missions, toutes à confirmer. */
  missions: Array<MissionVersionInput>;
};

export type CorrectMissionHoursInput = {
  /** Un mot à l’employeur sur la correction, joint à sa notification (sans donnée personnelle). */
  comment?: string | null | undefined;
  /** AAAA-MM-JJ */
  endDate: string;
  /** Heures de la mission, en minutes. */
  minutes: number;
  missionId: string | number;
  /** AAAA-MM-JJ */
  startDate: string;
  /** La version lue : une version périmée est refusée. */
  version: number;
};

export type CreateCollectiveSessionInput = {
  /** Bloc de compétences travaillé, le cas échéant. */
  certificationBlockId?: string | number | null | undefined;
  /** Le groupe de formation de la session : sa feuille d’émargement part de ses membres. */
  groupId?: string | number | null | undefined;
  /** `SessionKind` : INFORMATION, TRAINING, WORKSHOP. */
  kind: string;
  /** Durée prévue, en minutes (24 h au plus). */
  plannedMinutes: number;
  /** AAAA-MM-JJ */
  sessionDate: string;
  title: string;
  /** Organisme de formation ; obligatoire pour une session de formation. */
  trainingBody?: string | null | undefined;
};

export type CreateFunderInput = {
  contactEmail?: string | null | undefined;
  /** Forfait horaire de l’OPCO, en centimes (915 = 9,15 €/h). */
  hourlyRateCents?: number | null | undefined;
  /** FunderKind : OPCO, FSE_PLUS, DDETS_AIDE_AU_POSTE, DDETS_FDI, CITY_POLICY, DEPARTMENT, REGION, PLIE, OTHER. */
  kind: string;
  name: string;
};

export type CreateFundingAgreementInput = {
  /** Montant accordé, en centimes (entier). */
  amountGrantedCents: number;
  /** Taux de cofinancement en points de base (6 000 = 60 %). */
  coFinancingRateBp: number;
  /** AAAA-MM-JJ, incluse. */
  endDate: string;
  funderId: string | number;
  /** Valeur d’une heure de formation ou de mission imputée, en centimes ; vide : heures comptées seulement. */
  hourlyRateCents?: number | null | undefined;
  /** FundingIndicator exigés dans les bilans (aucun par défaut). */
  indicators?: Array<string> | null | undefined;
  /** Référence de la convention (unique dans la structure). */
  reference: string;
  /** Périmètre : public, action, territoire. */
  scope?: string | null | undefined;
  /** FundingSourceKind financés : TRAINING_ATTENDANCE, MISSION, STAFF_TIME, EXPENSE. */
  sourceKinds: Array<string>;
  /** AAAA-MM-JJ. */
  startDate: string;
  title: string;
};

export type CreateHiringNeedInput = {
  jobTitle: string;
  partnerOrganisationId: string | number;
  positions: number;
  /** Prérequis (permis, certification…). */
  requirements?: string | null | undefined;
  /** Un site de l’employeur. */
  siteId?: string | number | null | undefined;
  /** AAAA-MM-JJ : prise de poste souhaitée. */
  startDate: string;
};

export type CreateJobOfferInput = {
  /** JobContractKind. */
  contractKind: string;
  description?: string | null | undefined;
  jobTitle: string;
  postalCode?: string | null | undefined;
  town: string;
};

export type CreatePartnerOrganisationInput = {
  city?: string | null | undefined;
  /** Bailleur social ou autre employeur. */
  kind: PartnerOrganisationKind;
  name: string;
  /** SIRET du siège (14 chiffres, espaces acceptés) ; facultatif. */
  siret?: string | null | undefined;
};

export type CreatePartnerReviewerInput = {
  /** Adresse de connexion ; unique, sans distinction de majuscules. */
  email: string;
  firstName: string;
  lastName: string;
  partnerOrganisationId: string | number;
};

export type CreatePartnerSiteInput = {
  addressLine?: string | null | undefined;
  city?: string | null | undefined;
  name: string;
  postalCode?: string | null | undefined;
};

export type CreatePersonInput = {
  addressLine?: string | null | undefined;
  /** AAAA-MM-JJ */
  birthDate: string;
  city?: string | null | undefined;
  counsellorId?: string | number | null | undefined;
  email?: string | null | undefined;
  firstName: string;
  lastName: string;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** PersonSex : WOMAN (Femme), MAN (Homme), NON_BINARY (Non binaire) — les codes du genre FSE+. */
  sex?: string | null | undefined;
};

export type CreateProfessionalisationContractInput = {
  /** Plafond de formation de l’accord de branche, en %. */
  branchAgreementMaxTrainingPercent?: number | null | undefined;
  /** Accord de branche permettant plus de 25 % de formation (article L6325-14). */
  branchAgreementReference?: string | null | undefined;
  /** Type de contrat du CERFA : 1 initial, 2 à 4 nouveau contrat, 5 avenant. */
  cerfaKind: number;
  /** La certification visée. */
  certificationId: string | number;
  /** Convention collective appliquée ; vide pour « néant ». */
  collectiveAgreement?: string | null | undefined;
  /** 14 chiffres. */
  employerSiret: string;
  /** AAAA-MM-JJ, inclus : fin du CDD ou de l’action de professionnalisation du CDI. */
  endDate: string;
  /** ContractForm : CDD ou CDI. */
  form: string;
  /** Identifiant France Travail (obligatoire sur le CERFA si la personne était demandeuse d’emploi). */
  franceTravailId?: string | null | undefined;
  /** Salaire brut mensuel, en centimes. */
  grossMonthlyPayCents: number;
  /** Expérience du·de la tuteur·rice d’accueil, en mois. */
  hostTutorExperienceMonths?: number | null | undefined;
  hostTutorId?: string | number | null | undefined;
  /** Le·la tuteur·rice d’accueil est l’employeur·se en personne (2 au plus). */
  hostTutorIsEmployer?: boolean;
  /** Forfait horaire de la branche pour ce contrat, en centimes. */
  hourlyRateCents?: number | null | undefined;
  jobTitle: string;
  opcoFileNumber?: string | null | undefined;
  /** L’OPCO (financeur de type OPCO de la structure). */
  opcoFunderId?: string | number | null | undefined;
  personId: string | number;
  /** Heures de formation prévues, en minutes. */
  plannedTrainingMinutes: number;
  /** ContractPublic. */
  publicCategory: string;
  /** AAAA-MM-JJ. */
  startDate: string;
  structureTutorId?: string | number | null | undefined;
  trainingBodyName: string;
  trainingBodySiret?: string | null | undefined;
  /** Durée de la période d’essai, en jours. */
  trialPeriodDays: number;
  /** Durée hebdomadaire en minutes (35 h = 2100). */
  weeklyMinutes: number;
  /** SIRET de l’établissement où s’exécute le contrat. */
  workplaceSiret: string;
};

export type CreateSessionSeriesInput = {
  /** Bloc de compétences travaillé, le cas échéant. */
  certificationBlockId?: string | number | null | undefined;
  /** Première date de la série (AAAA-MM-JJ). */
  from: string;
  groupId: string | number;
  /** `SessionKind` : INFORMATION, TRAINING, WORKSHOP. */
  kind: string;
  /** Durée prévue, en minutes (24 h au plus). */
  plannedMinutes: number;
  title: string;
  /** Dernière date de la série (AAAA-MM-JJ). */
  to: string;
  /** Organisme de formation ; obligatoire pour une session de formation. */
  trainingBody?: string | null | undefined;
  /** Les jours de la semaine : 1 = lundi … 7 = dimanche. */
  weekdays: Array<number>;
};

export type CreateStructureInput = {
  annexEndsOn?: string | null | undefined;
  annexNumber?: string | null | undefined;
  annexStartsOn?: string | null | undefined;
  city?: string | null | undefined;
  conventionEndsOn?: string | null | undefined;
  conventionNumber?: string | null | undefined;
  conventionStartsOn?: string | null | undefined;
  /** Numéro de département : 01 à 95, 2A, 2B, 971 à 976. */
  departement?: string | null | undefined;
  /** Embauches prévues par l’annexe financière sur sa période. */
  hiringTarget?: number | null | undefined;
  kind: StructureKind;
  name: string;
  /** SIRET (14 chiffres, espaces acceptés), clé de Luhn vérifiée. */
  siret: string;
};

export type CreateTrainingGroupInput = {
  /** AAAA-MM-JJ ; vide : groupe sans date de fin. */
  endsOn?: string | null | undefined;
  /** Les membres (200 au plus). */
  memberIds: Array<string | number>;
  name: string;
  /** AAAA-MM-JJ */
  startsOn: string;
  /** Les encadrant·es, chargé·es d’insertion ou la direction assigné·es au groupe. */
  supervisorIds?: Array<string | number> | null | undefined;
};

export type CreateTutorInput = {
  firstName: string;
  jobTitle?: string | null | undefined;
  lastName: string;
  /** L’organisation d’accueil : obligatoire pour un·e tuteur·rice d’entreprise d’accueil. */
  partnerOrganisationId?: string | number | null | undefined;
  /** `TutorSide` : STRUCTURE (tuteur·rice de la structure) ou HOST (de l’entreprise d’accueil). */
  side: string;
};

export type DeactivatePartnerReviewerInput = {
  id: string | number;
};

export type DecideProposalInput = {
  comment?: string | null | undefined;
  /** ProposalDecision : REQUEST_INTERVIEW, VALIDATE, DECLINE. */
  decision: string;
  /** DeclineReason, obligatoire pour décliner. */
  declineReason?: string | null | undefined;
  proposalId: string | number;
  version: number;
};

/** Cesse de partager un objectif : ses partenariats n’ont plus d’objectif, le sien est supprimé. */
export type DeletePartnershipGroupInput = {
  id: string | number;
  /** La version lue : une version périmée est refusée. */
  version: number;
};

export type DisableTwoFactorInput = {
  code?: string | null | undefined;
  password?: string | null | undefined;
};

export type DisputeMissionHoursInput = {
  /** Ce qui ne va pas dans les heures déclarées (5 à 2 000 caractères). */
  comment: string;
  missionId: string | number;
  /** La version lue : une version périmée est refusée. */
  version: number;
};

export type EligibilityCriterionInput = {
  /** Code du critère (catalogue EligibilityCriterionCode). */
  code: string;
  /** Date du justificatif, AAAA-MM-JJ. */
  proofDate: string;
  /** Référence du justificatif (document, émetteur, numéro). */
  proofReference?: string | null | undefined;
};

export type EndTutoringInput = {
  /** AAAA-MM-JJ */
  endDate: string;
  tutoringId: string | number;
};

export type EnrolFseParticipantInput = {
  /** Une convention dont le financeur est le FSE+. */
  agreementId: string | number;
  /** AAAA-MM-JJ, dans la période de l’opération. */
  entryDate?: string | null | undefined;
  /** FseGender : WOMAN, MAN, NON_BINARY. */
  gender?: string | null | undefined;
  /** FseIscedLevel : ISCED_0_2, ISCED_3_4, ISCED_5_8. */
  iscedLevel?: string | null | undefined;
  /** FseLabourMarketStatus : LONG_TERM_UNEMPLOYED, UNEMPLOYED, INACTIVE, EMPLOYED. */
  labourMarketStatus?: string | null | undefined;
  personId: string | number;
  /** FseSituation déclarées (donnée sensible). */
  situations?: Array<string> | null | undefined;
  /** true : a répondu aux questions de situation ; false : a refusé d’y répondre ; vide : pas encore. */
  situationsAnswered?: boolean | null | undefined;
};

export type ExamBlockResultInput = {
  /** Un bloc (CCP, unité) de la certification de la session. */
  blockId: string | number;
  /** BlockResult : FULL, PARTIAL, NONE. */
  result: string;
  /** La version du bloc lue : le nombre de résultats déjà enregistrés pour ce bloc et cette personne. Si un résultat a été enregistré depuis (la même session saisie par quelqu’un d’autre…), la session est refusée (CONFLICT, `extensions.changedLines`). Sans ce champ, rien n’est vérifié. */
  version?: number | null | undefined;
};

export type FundableSourcesFilter = {
  /** Au plus 500. */
  first?: number | null | undefined;
  /** Sources datées de ce jour ou après (AAAA-MM-JJ). */
  from: string;
  /** Seulement les sources pas encore financées à 100 %. */
  onlyRemaining?: boolean | null | undefined;
  /** Les sources d’une personne seulement. */
  personId?: string | number | null | undefined;
  /** FundingSourceKind. */
  sourceKind: string;
  /** Sources datées de ce jour ou avant (AAAA-MM-JJ). */
  to: string;
};

export type GenerateReportInput = {
  /** La convention (rapports FSE+, OPCO, DDETS). */
  agreementId?: string | number | null | undefined;
  /** ReportKind : FSE_PLUS, OPCO, DDETS ou PARTNERSHIP. */
  kind: string;
  /** Le partenariat bailleur (rapport de partenariat). */
  partnershipId?: string | number | null | undefined;
  /** AAAA-MM-JJ, incluse. */
  periodEnd: string;
  /** AAAA-MM-JJ. */
  periodStart: string;
};

/** Ce qu’une colonne du tableur alimente (catalogue ImportField, libellés IMPORT_FIELD_LABELS). */
export type ImportField =
  | 'ADDRESS_LINE'
  | 'BIRTH_DATE'
  | 'CITY'
  | 'CONTRACT_END'
  | 'CONTRACT_KIND'
  | 'CONTRACT_START'
  | 'EMAIL'
  | 'EXIT_DATE'
  | 'EXIT_REASON'
  | 'FIRST_NAME'
  | 'LAST_NAME'
  | 'MONTH_HOURS'
  | 'PASS_END'
  | 'PASS_NUMBER'
  | 'PASS_START'
  | 'PHONE'
  | 'POSTAL_CODE'
  | 'PRESCRIBER_CONTACT_NAME'
  | 'PRESCRIBER_KIND'
  | 'PRESCRIBER_ORGANISATION'
  | 'REFERRED_ON'
  | 'WEEKLY_HOURS';

/** Ce qu’il advient d’une ligne importée. */
export type ImportOutcome =
  | 'COMPLETED'
  | 'CREATED'
  | 'REFUSED'
  | 'UNCHANGED';

export type InviteStaffInput = {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  /** La structure (administration) ; la direction invite toujours dans la sienne. */
  structureId?: string | number | null | undefined;
};

export type JobBoardSearchInput = {
  /** JobContractKind. */
  contractKind?: string | null | undefined;
  /** Commune ou code postal. */
  place?: string | null | undefined;
  /** Métier ou mots de la description. */
  text?: string | null | undefined;
};

export type LiftPersonLegalHoldInput = {
  personId: string | number;
};

export type MarkNotificationsReadInput = {
  /** Toutes mes notifications. */
  all?: boolean | null | undefined;
  /** Les notifications lues (les autres identifiants sont ignorés). */
  ids?: Array<string | number> | null | undefined;
};

export type MissionDayLineInput = {
  /** AAAA-MM-JJ, dans les dates de la mission. */
  day: string;
  /** Minutes travaillées ce jour-là (0 à 1440) ; null pour effacer le jour (le champ omis est refusé : rien ne s’efface sans qu’on le dise). */
  minutes?: number | null | undefined;
  missionId: string | number;
  /** La version de la ligne du jour lue (`MissionHoursCell.version`) ; null pour un jour jamais saisi. Une ligne modifiée ou ajoutée par quelqu’un d’autre depuis est refusée (CONFLICT, `extensions.changedLines`). */
  version?: number | null | undefined;
};

export type MissionVersionInput = {
  missionId: string | number;
  /** La version lue : une version périmée est refusée. */
  version: number;
};

export type PartnerOrganisationKind =
  | 'OTHER'
  | 'SOCIAL_LANDLORD';

/** Étape du parcours */
export type PathwayStage =
  | 'EXITED'
  | 'RECRUITMENT'
  | 'SECURING'
  | 'TRAINING';

export type PersonFilter = {
  /** Les personnes qui ont cette alerte aujourd’hui : PASS_ENDING, PROOF_EXPIRED, ATTENDANCE_BEHIND, PLACEMENT_CAP_NEAR, FOLLOW_UP_DUE, NO_COACHING_CONTACT, CONTRACT_DEPOSIT_DUE, OPCO_DECISION_DUE, TRAINING_BEHIND, CONTRACT_ENDING, CONTRACT_BREAK_FOLLOW_UP. */
  alert?: string | null | undefined;
  /** Les personnes ayant un contrat de professionnalisation à ce statut : DRAFT, SUBMITTED, ACCEPTED, REFUSED, ACTIVE, COMPLETED, BROKEN, RENEWED. */
  contractStatus?: string | null | undefined;
  /** Le portefeuille d’un·e conseiller·ère. */
  counsellorId?: string | number | null | undefined;
  /** Recherche par nom ou prénom, sans accents ni casse. */
  search?: string | null | undefined;
  /** Les personnes à cette étape du parcours. */
  stage?: PathwayStage | null | undefined;
};

export type PortalCreateHiringNeedInput = {
  jobTitle: string;
  positions: number;
  /** Prérequis (permis, certification…). */
  requirements?: string | null | undefined;
  /** Un site de l’employeur. */
  siteId?: string | number | null | undefined;
  /** AAAA-MM-JJ : prise de poste souhaitée. */
  startDate: string;
};

export type PortalRequestMediationInput = {
  /** Le message court de l’employeur : ce qui motive la médiation (1 000 caractères au plus). */
  message: string;
  missionId: string | number;
};

export type PortalRequestReplacementInput = {
  /** Heure limite de réponse. */
  answerBy: string;
  /** Après le début ; une nuit passe minuit. */
  endsAt: string;
  jobLabel: string;
  /** `SkillLevel` minimum sur chaque bloc exigé. */
  minLevel: string;
  /** Heures travaillées, en minutes (pauses déduites). */
  minutes: number;
  /** Blocs de compétences exigés. */
  requiredBlockIds: Array<string | number>;
  /** `ClearanceCode`s exigés (habilitations, CACES…). */
  requiredClearances: Array<string>;
  /** Le site de l’employeur où a lieu le remplacement. */
  siteId: string | number;
  startsAt: string;
  structureId: string | number;
};

export type ProlongPassIaeInput = {
  /** Dernier jour de la prolongation, AAAA-MM-JJ ; elle part de la fin actuelle du PASS IAE. */
  endDate: string;
  passId: string | number;
  /** Motif (catalogue PassProlongationReason). */
  reason: string;
};

export type ProposalPreviewInput = {
  hiringNeedId: string | number;
  message?: string | null | undefined;
  personId: string | number;
  shareContact: boolean;
  shareFullName: boolean;
};

export type ProposeToBoardOfferInput = {
  /** AAAA-MM-JJ : le jour où la personne a accepté ce partage. */
  consentGivenOn: string;
  message?: string | null | undefined;
  personId: string | number;
  shareContact: boolean;
  shareFullName: boolean;
  sharedOfferId: string | number;
};

export type ProposeTraineeInput = {
  /** AAAA-MM-JJ : le jour où la personne a accepté ce partage. */
  consentGivenOn: string;
  hiringNeedId: string | number;
  message?: string | null | undefined;
  personId: string | number;
  shareContact: boolean;
  shareFullName: boolean;
};

export type ReactivatePartnerReviewerInput = {
  id: string | number;
};

export type RecordAdmissionDecisionInput = {
  /** Obligatoire quand la personne n’est pas admise. */
  comment?: string | null | undefined;
  /** AAAA-MM-JJ */
  decidedOn: string;
  /** `AdmissionOutcome` : ADMITTED ou REFUSED. */
  outcome: string;
  personId: string | number;
};

export type RecordAttendanceInput = {
  /** Les lignes modifiées ou ajoutées de la feuille d’émargement, une par personne (les autres lignes restent telles quelles). */
  entries: Array<AttendanceEntryInput>;
  sessionId: string | number;
};

export type RecordAttendanceLinesInput = {
  /** Les cases modifiées ou ajoutées de la grille (plusieurs sessions), 1400 au plus. */
  lines: Array<AttendanceLineInput>;
};

export type RecordCoachingContactInput = {
  /** Note confidentielle : lue seulement avec le droit de lecture des données sensibles. */
  confidential?: boolean | null | undefined;
  /** `CoachingContactKind` : VISIT, CALL, MEDIATION. */
  kind: string;
  missionId: string | number;
  /** Une note courte (1 000 caractères au plus). */
  note?: string | null | undefined;
  /** AAAA-MM-JJ */
  occurredOn: string;
  /** La demande de médiation de l’employeur que ce contact clôt (une médiation sur la même mission). */
  requestId?: string | number | null | undefined;
};

export type RecordConsentInput = {
  /** Jour de l’accord de la personne, AAAA-MM-JJ ; null tant qu’elle n’a pas donné son accord. */
  consentGivenOn?: string | null | undefined;
  /** Jour où la personne a été informée du traitement de ses données, AAAA-MM-JJ. */
  informationGivenOn: string;
  personId: string | number;
};

export type RecordEligibilityDiagnosisInput = {
  /** PRESCRIBER (valable 6 mois) ou EMPLOYER (auto-prescription, valable 92 jours). */
  author: string;
  /** Qui a établi le diagnostic (organisme prescripteur ou conseiller·ère). */
  authorName: string;
  criteria: Array<EligibilityCriterionInput>;
  /** Date du diagnostic, AAAA-MM-JJ (pas dans le futur). */
  diagnosedOn: string;
  personId: string | number;
};

export type RecordEmploymentContractInput = {
  /** AAAA-MM-JJ ; vide pour un contrat sans terme. */
  endDate?: string | null | undefined;
  /** `EmploymentContractKind` : CDDI, CDD_USAGE, TEMPORARY_MISSION, PROFESSIONALISATION, OTHER. */
  kind: string;
  personId: string | number;
  /** AAAA-MM-JJ */
  startDate: string;
  /** Durée hebdomadaire en minutes (1 à 2 880, soit 48 h). */
  weeklyMinutes: number;
};

export type RecordExamSessionInput = {
  /** Centre d’examen ou certificateur. */
  centre: string;
  certificationId: string | number;
  personId: string | number;
  /** Un résultat par bloc passé ; vide pour une session programmée. */
  results: Array<ExamBlockResultInput>;
  /** AAAA-MM-JJ. Une session à venir est enregistrée sans résultats. */
  sessionDate: string;
};

export type RecordExitInput = {
  comment?: string | null | undefined;
  /** AAAA-MM-JJ : le dernier jour du parcours (fin du contrat), au plus tôt le premier jour de l’embauche que le motif désigne (docs/domain/exits.md). */
  exitDate: string;
  personId: string | number;
  /** ExitReason (motif de sortie) ; sa catégorie ASP en découle. */
  reason: string;
};

export type RecordExpenseInput = {
  /** Montant en centimes. */
  amountCents: number;
  /** AAAA-MM-JJ. */
  incurredOn: string;
  label: string;
  /** Référence de la facture ou du justificatif. */
  proofReference?: string | null | undefined;
};

export type RecordHireFromProposalInput = {
  /** HireContractType. */
  contractType: string;
  /** Par défaut, l’intitulé du besoin. */
  jobTitle?: string | null | undefined;
  proposalId: string | number;
  /** AAAA-MM-JJ. */
  startDate: string;
  version: number;
  /** Durée hebdomadaire en minutes (35 h = 2100). */
  weeklyMinutes: number;
};

export type RecordHireInput = {
  /** HireContractType : CDI, CDD, TEMPORARY, CDI_INCLUSION, PROFESSIONALISATION, CIVIL_SERVICE, OTHER. */
  contractType: string;
  /** Par défaut, le nom de l’organisation partenaire choisie. */
  employerName?: string | null | undefined;
  /** L’employeur s’il est une organisation partenaire (bailleur…). */
  employerOrganisationId?: string | number | null | undefined;
  jobTitle?: string | null | undefined;
  personId: string | number;
  /** AAAA-MM-JJ. */
  startDate: string;
  /** Durée hebdomadaire en minutes (35 h = 2100). */
  weeklyMinutes: number;
};

export type RecordImmersionInput = {
  comment?: string | null | undefined;
  /** AAAA-MM-JJ (30 jours calendaires au plus après le début, inclus). */
  endDate: string;
  /** Nom de la structure d’accueil ; par défaut, celui de l’organisation partenaire choisie. */
  hostName?: string | null | undefined;
  /** Le bailleur ou partenaire qui accueille, s’il est dans la liste. */
  hostOrganisationId?: string | number | null | undefined;
  hostTutorName: string;
  /** `ImmersionObjective` : DISCOVER_JOB, CONFIRM_PROJECT, INITIATE_RECRUITMENT. */
  objective: string;
  personId: string | number;
  /** AAAA-MM-JJ */
  startDate: string;
};

export type RecordMissionDaysInput = {
  /** Les jours modifiés seulement ; tout ou rien. */
  lines: Array<MissionDayLineInput>;
};

export type RecordMissionInput = {
  /** Le·la chargé·e d’accompagnement qui suit la personne pendant la mission (conseiller·ère ou direction). */
  coachId?: string | number | null | undefined;
  /** AAAA-MM-JJ */
  endDate: string;
  hostOrganisationId: string | number;
  /** `MissionKind` : TEST, REPLACEMENT, PLACEMENT (mise à disposition). */
  kind: string;
  /** Heures de la mission, en minutes. */
  minutes: number;
  personId: string | number;
  /** Résidence, adresse ou secteur. */
  site?: string | null | undefined;
  /** AAAA-MM-JJ */
  startDate: string;
  /** Le retour du tuteur ou de la tutrice d’accueil sur le travail fait (partagé sur la fiche avec cet employeur). */
  tutorFeedback?: string | null | undefined;
};

export type RecordOpcoDecisionInput = {
  /** AAAA-MM-JJ ; pour une acceptation tacite, le serveur retient dépôt + 20 jours. */
  decidedOn: string;
  /** OpcoDecisionKind : ACCEPTED, REFUSED ou TACIT_ACCEPTANCE. */
  decision: string;
  id: string | number;
  opcoFileNumber?: string | null | undefined;
  /** Obligatoire pour un refus. */
  refusalReason?: string | null | undefined;
  version: number;
};

export type RecordPassIaeInput = {
  /** 12 caractères, chiffres et lettres (espaces retirés, lettres mises en majuscules). */
  number: string;
  /** Date de fin affichée sur les emplois de l’inclusion, AAAA-MM-JJ, quand elle diffère de la date calculée : elle prime. Absente : inchangée ; null : retirée. */
  officialEndDate?: string | null | undefined;
  personId: string | number;
  /** Premier jour de validité, AAAA-MM-JJ. */
  startDate: string;
  /** Version lue : obligatoire pour corriger le PASS IAE en vigueur. Sans version, un PASS IAE déjà enregistré est suivi d’un nouveau (après la fin du précédent). */
  version?: number | null | undefined;
};

export type RecordPathwayEventInput = {
  /** Note confidentielle : visible des seuls rôles autorisés aux données sensibles. */
  confidential: boolean;
  /** `PathwayEventKind` : SELECTION_INTERVIEW, PROJECT_EVALUATION, INTERVIEW_SIMULATION, TUTOR_MEETING, FOLLOW_UP_INTERVIEW, ONBOARDING_FOLLOW_UP. */
  kind: string;
  notes?: string | null | undefined;
  /** AAAA-MM-JJ */
  occurredOn: string;
  personId: string | number;
  title: string;
};

export type RecordReferralInput = {
  personId: string | number;
  prescriberContactEmail?: string | null | undefined;
  prescriberContactName?: string | null | undefined;
  prescriberContactPhone?: string | null | undefined;
  /** Type de prescripteur (code du catalogue PrescriberKind). */
  prescriberKind: string;
  /** Nom de l’organisme prescripteur, par exemple « France Travail Rouen Saint-Sever ». */
  prescriberOrganisation: string;
  /** Date de l’orientation, AAAA-MM-JJ (pas dans le futur). */
  referredOn: string;
  /** Version lue : obligatoire pour modifier une orientation existante. */
  version?: number | null | undefined;
};

export type RecordRetentionCheckInput = {
  /** AAAA-MM-JJ. */
  checkedOn: string;
  comment?: string | null | undefined;
  hireId: string | number;
  /** Mois après l’embauche : 6 ou 12. */
  monthsAfter: number;
  stillEmployed: boolean;
};

export type RecordSkillsEvaluationInput = {
  /** Un bloc de la certification visée par la personne. */
  blockId: string | number;
  /** Jeton donné par l’appareil (un UUID, pas l’identifiant d’un enregistrement) à une évaluation saisie hors ligne : renvoyée avec le même, l’évaluation déjà enregistrée est rendue au lieu d’être créée deux fois. */
  clientId?: string | null | undefined;
  comment?: string | null | undefined;
  /** AAAA-MM-JJ */
  evaluatedOn: string;
  evaluatorName: string;
  /** `SkillLevel` : NOT_STARTED, BEGINNING, PROGRESSING, ACQUIRED. */
  level: string;
  personId: string | number;
  /** La version du bloc lue (`BlockProgress.version` : ses évaluations enregistrées) : si le bloc a été évalué depuis, l’évaluation est refusée (CONFLICT, `extensions.changedLines`). Sans ce champ, rien n’est vérifié. */
  version?: number | null | undefined;
};

export type RecordStaffTimeInput = {
  description: string;
  /** Coût horaire chargé, en centimes. */
  hourlyCostCents: number;
  /** Durée en minutes (24 h au plus). */
  minutes: number;
  /** La personne accompagnée, si le temps lui a été consacré. */
  personId?: string | number | null | undefined;
  /** Le membre de l’équipe ; vous par défaut. */
  userId?: string | number | null | undefined;
  /** AAAA-MM-JJ. */
  workedOn: string;
};

export type RemoveFundingAllocationInput = {
  id: string | number;
  /** La version de l’imputation lue : une imputation qui a grandi depuis (la même source imputée de nouveau à la convention) est refusée (CONFLICT) au lieu d’être retirée avec ce qui s’y est ajouté. */
  version?: number | null | undefined;
};

export type RenewProfessionalisationContractInput = {
  /** Fin du nouveau contrat, AAAA-MM-JJ. */
  endDate: string;
  id: string | number;
  /** ContractRenewalReason : fixe le type de contrat CERFA du nouveau contrat. */
  reason: string;
  /** Début du nouveau contrat, AAAA-MM-JJ. */
  startDate: string;
  version: number;
};

export type RequestPasswordResetInput = {
  email: string;
};

export type RequestReplacementInput = {
  /** Heure limite de réponse. */
  answerBy: string;
  /** Après le début ; une nuit passe minuit. */
  endsAt: string;
  jobLabel: string;
  /** `SkillLevel` minimum sur chaque bloc exigé. */
  minLevel: string;
  /** Heures travaillées, en minutes (pauses déduites). */
  minutes: number;
  partnerOrganisationId: string | number;
  /** Blocs de compétences exigés. */
  requiredBlockIds: Array<string | number>;
  /** `ClearanceCode`s exigés (habilitations, CACES…). */
  requiredClearances: Array<string>;
  /** Le site de l’employeur où a lieu le remplacement. */
  siteId: string | number;
  startsAt: string;
};

export type ResetPartnerReviewerPasswordInput = {
  id: string | number;
};

export type Role =
  | 'ADMINISTRATOR'
  | 'COUNSELLOR'
  | 'DIRECTOR'
  | 'PARTNER_REVIEWER'
  | 'SUPERVISOR';

export type RunImportInput = {
  /** Pour chaque colonne du fichier, dans l’ordre : son champ, ou null. */
  mapping: Array<ImportField | null | undefined>;
  uploadId: string | number;
};

/** Crée un objectif partagé par plusieurs partenariats de ma structure, ou le modifie (nom, partenariats ; version requise). */
export type SavePartnershipGroupInput = {
  /** L’objectif partagé à modifier ; vide pour en créer un. */
  id?: string | number | null | undefined;
  name: string;
  /** Les partenariats qui partagent l’objectif : deux au moins. */
  partnershipIds: Array<string | number>;
  /** La version lue, pour modifier un objectif partagé existant. */
  version?: number | null | undefined;
};

export type SavePartnershipInput = {
  /** AAAA-MM-JJ ; vide tant qu’il est en cours. */
  endedOn?: string | null | undefined;
  partnerOrganisationId: string | number;
  /** AAAA-MM-JJ. */
  startedOn: string;
  /** La version lue, pour modifier un partenariat existant. */
  version?: number | null | undefined;
};

export type SendReplacementOffersInput = {
  personIds: Array<string | number>;
  requestId: string | number;
};

export type SetCoachingAlertDaysInput = {
  /** Jours sans contact de suivi avant l’alerte (1 à 365). */
  alertDays: number;
};

export type SetHiringTargetInput = {
  /** Nombre d’embauches visées dans l’année. */
  hires: number;
  partnershipId: string | number;
  year: number;
};

export type SetMissionCoachInput = {
  /** Le·la chargé·e d’accompagnement ; null pour n’en nommer aucun·e ; omis, inchangé. */
  coachId?: string | number | null | undefined;
  missionId: string | number;
  /** La version de la mission lue (refus CONFLICT si elle a changé depuis). */
  version: number;
};

export type SetNetworkMembersInput = {
  networkId: string | number;
  structureIds: Array<string | number>;
};

export type SetPasswordWithLinkInput = {
  password: string;
  /** Le jeton du lien reçu par e-mail. */
  token: string;
};

export type SetPersonAvailabilityInput = {
  personId: string | number;
  /** Toutes les plages de la semaine (remplacent les anciennes). */
  ranges: Array<AvailabilityRangeInput>;
  /** La version des disponibilités lue (`personAvailability.version`). */
  version: number;
};

export type SetPersonClearanceInput = {
  /** `ClearanceCode`. */
  code: string;
  /** AAAA-MM-JJ ; vide : sans date de fin. */
  expiresOn?: string | null | undefined;
  personId: string | number;
};

export type SetPersonLegalHoldInput = {
  personId: string | number;
  /** Pourquoi garder le dossier au-delà de la durée de conservation (contrôle, litige…). */
  reason: string;
  /** AAAA-MM-JJ ; vide : jusqu’à la levée du gel. */
  until?: string | null | undefined;
};

/** L’objectif d’une année d’un objectif partagé par plusieurs bailleurs. */
export type SetSharedHiringTargetInput = {
  groupId: string | number;
  /** Nombre d’embauches visées dans l’année. */
  hires: number;
  year: number;
};

export type SetStructureActiveInput = {
  active: boolean;
  id: string | number;
};

export type SetStructureTargetInput = {
  /** Objectif d’emploi durable en points de base (2 500 = 25 %). */
  durableEmploymentRateBp: number;
  /** Objectif de sorties dynamiques en points de base (6 000 = 60 %). */
  dynamicExitRateBp: number;
  /** La version lue, pour modifier un objectif existant. */
  version?: number | null | undefined;
  year: number;
};

export type SetTargetCertificationInput = {
  /** La certification visée ; null pour n’en viser aucune. */
  certificationId?: string | number | null | undefined;
  personId: string | number;
};

export type ShareHiringNeedInput = {
  id: string | number;
  /** Vrai : les autres structures partenaires voient ce besoin ; faux : elles ne le voient plus. */
  shared: boolean;
  /** La version lue : une version périmée est refusée. */
  version: number;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type StaffRefInput = {
  userId: string | number;
};

export type StaffStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

export type StartProfessionalisationContractInput = {
  id: string | number;
  version: number;
};

/** Type de SIAE */
export type StructureKind =
  | 'ACI'
  | 'AI'
  | 'EI'
  | 'EITI'
  | 'ETTI'
  | 'GEIQ'
  | 'OTHER';

export type SubmitProfessionalisationContractInput = {
  id: string | number;
  /** Jour du dépôt à l’OPCO, AAAA-MM-JJ. */
  submittedOn: string;
  version: number;
};

export type SuspendPassIaeInput = {
  /** Dernier jour de la suspension, AAAA-MM-JJ. */
  endDate: string;
  passId: string | number;
  /** Motif (catalogue PassSuspensionReason). */
  reason: string;
  /** Premier jour de la suspension, AAAA-MM-JJ. */
  startDate: string;
};

export type TwoFactorCodeInput = {
  /** Code à 6 chiffres de l’application, ou code de secours (connexion seulement). */
  code: string;
};

export type UpdateContractBreakFollowUpInput = {
  /** Clôturer le suivi (OPCO informé et réorientation décidée). */
  close?: boolean | null | undefined;
  /** Le suivi de rupture. */
  id: string | number;
  /** Jour où l’OPCO a été informé de la rupture, AAAA-MM-JJ. */
  opcoInformedOn?: string | null | undefined;
  /** La réorientation décidée avec la personne. */
  reorientation?: string | null | undefined;
  version: number;
};

export type UpdateFseParticipantInput = {
  /** AAAA-MM-JJ, dans la période de l’opération. */
  entryDate?: string | null | undefined;
  /** AAAA-MM-JJ. */
  exitDate?: string | null | undefined;
  /** FseExitSituation : EMPLOYED, IN_EDUCATION_OR_TRAINING, GAINED_QUALIFICATION, JOB_SEARCHING, INACTIVE. */
  exitSituation?: string | null | undefined;
  /** FseGender : WOMAN, MAN, NON_BINARY. */
  gender?: string | null | undefined;
  id: string | number;
  /** FseIscedLevel : ISCED_0_2, ISCED_3_4, ISCED_5_8. */
  iscedLevel?: string | null | undefined;
  /** FseLabourMarketStatus : LONG_TERM_UNEMPLOYED, UNEMPLOYED, INACTIVE, EMPLOYED. */
  labourMarketStatus?: string | null | undefined;
  /** FseSituation déclarées (donnée sensible). */
  situations?: Array<string> | null | undefined;
  /** true : a répondu aux questions de situation ; false : a refusé d’y répondre ; vide : pas encore. */
  situationsAnswered?: boolean | null | undefined;
  /** AAAA-MM-JJ, à partir de 6 mois après la sortie. */
  sixMonthsCheckedOn?: string | null | undefined;
  sixMonthsEmployed?: boolean | null | undefined;
  sixMonthsImprovedSituation?: boolean | null | undefined;
  /** La version lue : une version périmée est refusée. */
  version: number;
};

export type UpdateFunderInput = {
  contactEmail?: string | null | undefined;
  /** Forfait horaire de l’OPCO, en centimes (915 = 9,15 €/h). */
  hourlyRateCents?: number | null | undefined;
  id: string | number;
  /** FunderKind : OPCO, FSE_PLUS, DDETS_AIDE_AU_POSTE, DDETS_FDI, CITY_POLICY, DEPARTMENT, REGION, PLIE, OTHER. */
  kind?: string | null | undefined;
  name?: string | null | undefined;
  /** La version lue : une version périmée est refusée. */
  version: number;
};

export type UpdateFundingAgreementInput = {
  /** Montant accordé, en centimes (entier). */
  amountGrantedCents?: number | null | undefined;
  /** Taux de cofinancement en points de base (6 000 = 60 %). */
  coFinancingRateBp?: number | null | undefined;
  /** AAAA-MM-JJ, incluse. */
  endDate?: string | null | undefined;
  funderId?: string | number | null | undefined;
  /** Valeur d’une heure de formation ou de mission imputée, en centimes ; vide : heures comptées seulement. */
  hourlyRateCents?: number | null | undefined;
  id: string | number;
  /** FundingIndicator exigés dans les bilans (aucun par défaut). */
  indicators?: Array<string> | null | undefined;
  /** Référence de la convention (unique dans la structure). */
  reference?: string | null | undefined;
  /** Périmètre : public, action, territoire. */
  scope?: string | null | undefined;
  /** FundingSourceKind financés : TRAINING_ATTENDANCE, MISSION, STAFF_TIME, EXPENSE. */
  sourceKinds?: Array<string> | null | undefined;
  /** AAAA-MM-JJ. */
  startDate?: string | null | undefined;
  title?: string | null | undefined;
  /** La version lue : une version périmée est refusée. */
  version: number;
};

export type UpdateHiringNeedInput = {
  id: string | number;
  jobTitle?: string | null | undefined;
  positions?: number | null | undefined;
  /** Prérequis (permis, certification…). */
  requirements?: string | null | undefined;
  /** Un site de l’employeur. */
  siteId?: string | number | null | undefined;
  /** AAAA-MM-JJ : prise de poste souhaitée. */
  startDate?: string | null | undefined;
  /** HiringNeedStatus : OPEN, FILLED, CLOSED. */
  status?: string | null | undefined;
  /** La version lue : une version périmée est refusée. */
  version: number;
};

export type UpdatePartnerOrganisationInput = {
  city?: string | null | undefined;
  id: string | number;
  /** Bailleur social ou autre employeur. */
  kind?: PartnerOrganisationKind | null | undefined;
  name?: string | null | undefined;
  /** SIRET du siège (14 chiffres, espaces acceptés) ; facultatif. */
  siret?: string | null | undefined;
  /** La date de dernière modification lue (updatedAt) : une organisation modifiée depuis est refusée. */
  updatedAt: string;
};

export type UpdatePartnerSiteInput = {
  addressLine?: string | null | undefined;
  city?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** La version lue : une version périmée est refusée. */
  version: number;
};

export type UpdatePersonInput = {
  addressLine?: string | null | undefined;
  /** AAAA-MM-JJ */
  birthDate?: string | null | undefined;
  city?: string | null | undefined;
  counsellorId?: string | number | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  id: string | number;
  lastName?: string | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** PersonSex : WOMAN (Femme), MAN (Homme), NON_BINARY (Non binaire) — les codes du genre FSE+. */
  sex?: string | null | undefined;
  version: number;
};

export type UpdateProfessionalisationContractInput = {
  /** Plafond de formation de l’accord de branche, en %. */
  branchAgreementMaxTrainingPercent?: number | null | undefined;
  /** Accord de branche permettant plus de 25 % de formation (article L6325-14). */
  branchAgreementReference?: string | null | undefined;
  /** Type de contrat du CERFA : 1 initial, 2 à 4 nouveau contrat, 5 avenant. */
  cerfaKind?: number | null | undefined;
  /** La certification visée. */
  certificationId?: string | number | null | undefined;
  /** Convention collective appliquée ; vide pour « néant ». */
  collectiveAgreement?: string | null | undefined;
  /** 14 chiffres. */
  employerSiret?: string | null | undefined;
  /** AAAA-MM-JJ, inclus : fin du CDD ou de l’action de professionnalisation du CDI. */
  endDate?: string | null | undefined;
  /** ContractForm : CDD ou CDI. */
  form?: string | null | undefined;
  /** Identifiant France Travail (obligatoire sur le CERFA si la personne était demandeuse d’emploi). */
  franceTravailId?: string | null | undefined;
  /** Salaire brut mensuel, en centimes. */
  grossMonthlyPayCents?: number | null | undefined;
  /** Expérience du·de la tuteur·rice d’accueil, en mois. */
  hostTutorExperienceMonths?: number | null | undefined;
  hostTutorId?: string | number | null | undefined;
  /** Le·la tuteur·rice d’accueil est l’employeur·se en personne (2 au plus). */
  hostTutorIsEmployer?: boolean | null | undefined;
  /** Forfait horaire de la branche pour ce contrat, en centimes. */
  hourlyRateCents?: number | null | undefined;
  id: string | number;
  jobTitle?: string | null | undefined;
  opcoFileNumber?: string | null | undefined;
  /** L’OPCO (financeur de type OPCO de la structure). */
  opcoFunderId?: string | number | null | undefined;
  /** Heures de formation prévues, en minutes. */
  plannedTrainingMinutes?: number | null | undefined;
  /** ContractPublic. */
  publicCategory?: string | null | undefined;
  /** AAAA-MM-JJ. */
  startDate?: string | null | undefined;
  structureTutorId?: string | number | null | undefined;
  trainingBodyName?: string | null | undefined;
  trainingBodySiret?: string | null | undefined;
  /** Durée de la période d’essai, en jours. */
  trialPeriodDays?: number | null | undefined;
  version: number;
  /** Durée hebdomadaire en minutes (35 h = 2100). */
  weeklyMinutes?: number | null | undefined;
  /** SIRET de l’établissement où s’exécute le contrat. */
  workplaceSiret?: string | null | undefined;
};

export type UpdateStructureInput = {
  annexEndsOn?: string | null | undefined;
  annexNumber?: string | null | undefined;
  annexStartsOn?: string | null | undefined;
  city?: string | null | undefined;
  conventionEndsOn?: string | null | undefined;
  conventionNumber?: string | null | undefined;
  conventionStartsOn?: string | null | undefined;
  /** Numéro de département : 01 à 95, 2A, 2B, 971 à 976. */
  departement?: string | null | undefined;
  /** Embauches prévues par l’annexe financière sur sa période. */
  hiringTarget?: number | null | undefined;
  id: string | number;
  kind?: StructureKind | null | undefined;
  name?: string | null | undefined;
  /** SIRET (14 chiffres, espaces acceptés), clé de Luhn vérifiée. */
  siret?: string | null | undefined;
  /** La date de dernière modification lue (updatedAt) : une structure modifiée depuis est refusée. */
  updatedAt: string;
};

export type UpdateTrainingGroupInput = {
  /** Personnes ajoutées au groupe. */
  addMemberIds?: Array<string | number> | null | undefined;
  /** AAAA-MM-JJ ; absent : inchangé ; null : sans date de fin. */
  endsOn?: string | null | undefined;
  id: string | number;
  /** Absent : inchangé. */
  name?: string | null | undefined;
  /** Personnes retirées du groupe. */
  removeMemberIds?: Array<string | number> | null | undefined;
  /** AAAA-MM-JJ ; absent : inchangé. */
  startsOn?: string | null | undefined;
  /** La liste complète des encadrant·es ; absent : inchangée. */
  supervisorIds?: Array<string | number> | null | undefined;
  /** La version du groupe lue ; un groupe modifié depuis est refusé (CONFLICT). */
  version: number;
};

export type WithdrawBoardProposalInput = {
  boardProposalId: string | number;
  version: number;
};

export type WithdrawProposalConsentInput = {
  proposalId: string | number;
  version: number;
};

export type WithdrawProposalInput = {
  proposalId: string | number;
  reason?: string | null | undefined;
  version: number;
};

export type TwoFactorStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type TwoFactorStatusQuery = { twoFactorStatus: { enabled: boolean, enabledAt: string | null, recoveryCodesLeft: number, requiredByStructure: boolean } };

export type StartTwoFactorEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoFactorEnrolmentMutation = { startTwoFactorEnrolment: { secret: string, otpauthUri: string, qrCodeDataUrl: string } };

export type ConfirmTwoFactorEnrolmentMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;


export type ConfirmTwoFactorEnrolmentMutation = { confirmTwoFactorEnrolment: Array<string> };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;


export type RegenerateRecoveryCodesMutation = { regenerateRecoveryCodes: Array<string> };

export type DisableTwoFactorMutationVariables = Exact<{
  input: DisableTwoFactorInput;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: boolean };

export type StructureTwoFactorRequiredQueryVariables = Exact<{ [key: string]: never; }>;


export type StructureTwoFactorRequiredQuery = { structureTwoFactorRequired: boolean };

export type SetStructureTwoFactorRequiredMutationVariables = Exact<{
  required: boolean;
}>;


export type SetStructureTwoFactorRequiredMutation = { setStructureTwoFactorRequired: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, createdAt: string, lastSeenAt: string, device: string, address: string, current: boolean }> };

export type EndSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type EndSessionMutation = { endSession: boolean };

export type EndOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type EndOtherSessionsMutation = { endOtherSessions: number };

export type AccountLinkQueryVariables = Exact<{
  token: string;
}>;


export type AccountLinkQuery = { accountLink: { kind: AccountLinkKind, email: string, firstName: string, lastName: string } };

export type SetPasswordWithLinkMutationVariables = Exact<{
  input: SetPasswordWithLinkInput;
}>;


export type SetPasswordWithLinkMutation = { setPasswordWithLink: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: string };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AdminStructuresQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminStructuresQuery = { adminStructures: Array<{ id: string, name: string, kind: StructureKind, siret: string, city: string | null, departement: string | null, conventionNumber: string | null, conventionStartsOn: string | null, conventionEndsOn: string | null, annexNumber: string | null, annexStartsOn: string | null, annexEndsOn: string | null, hiringTarget: number | null, active: boolean, staffCount: number, updatedAt: string }> };

export type CreateStructureMutationVariables = Exact<{
  input: CreateStructureInput;
}>;


export type CreateStructureMutation = { createStructure: { id: string, name: string } };

export type UpdateStructureMutationVariables = Exact<{
  input: UpdateStructureInput;
}>;


export type UpdateStructureMutation = { updateStructure: { id: string, name: string, updatedAt: string } };

export type SetStructureActiveMutationVariables = Exact<{
  input: SetStructureActiveInput;
}>;


export type SetStructureActiveMutation = { setStructureActive: { id: string, active: boolean } };

export type StaffMembersQueryVariables = Exact<{
  structureId?: string | number | null | undefined;
}>;


export type StaffMembersQuery = { staffMembers: Array<{ id: string, email: string, fullName: string, role: Role, status: StaffStatus }> };

export type InviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type InviteStaffMutation = { inviteStaff: { emailSent: boolean, link: string | null, member: { id: string, fullName: string } } };

export type ChangeStaffRoleMutationVariables = Exact<{
  input: ChangeStaffRoleInput;
}>;


export type ChangeStaffRoleMutation = { changeStaffRole: { id: string, role: Role } };

export type DeactivateStaffMutationVariables = Exact<{
  input: StaffRefInput;
}>;


export type DeactivateStaffMutation = { deactivateStaff: { id: string, status: StaffStatus } };

export type ReactivateStaffMutationVariables = Exact<{
  input: StaffRefInput;
}>;


export type ReactivateStaffMutation = { reactivateStaff: { id: string, status: StaffStatus } };

export type RecordPathwayEventMutationVariables = Exact<{
  input: RecordPathwayEventInput;
}>;


export type RecordPathwayEventMutation = { recordPathwayEvent: { id: string, kind: string, kindLabel: string, occurredOn: string, title: string, notes: string | null, confidential: boolean } };

export type PersonMissionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonMissionsQuery = { person: { id: string, missions: Array<{ id: string, kind: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, tutorFeedback: string | null, hoursStatus: string, hoursStatusLabel: string, hoursReviewedAt: string | null, hoursReviewComment: string | null, version: number, hostOrganisation: { id: string, name: string }, placementStatus: { level: string, message: string | null, minutesInWindow: number } | null }>, placementTotals: Array<{ hostOrganisationId: string, level: string, message: string | null, minutesInWindow: number, windowStart: string, windowEnd: string, hostOrganisation: { id: string, name: string } }> }, partnerOrganisations: Array<{ id: string, name: string, city: string | null }> };

export type RecordMissionMutationVariables = Exact<{
  input: RecordMissionInput;
}>;


export type RecordMissionMutation = { recordMission: { id: string, coachId: string | null, kind: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, tutorFeedback: string | null, hoursStatus: string, hoursStatusLabel: string, version: number, hostOrganisation: { id: string, name: string }, placementStatus: { level: string, message: string | null, minutesInWindow: number } | null } };

export type CorrectMissionHoursMutationVariables = Exact<{
  input: CorrectMissionHoursInput;
}>;


export type CorrectMissionHoursMutation = { correctMissionHours: { id: string, startDate: string, endDate: string, minutes: number, tutorFeedback: string | null, hoursStatus: string, hoursStatusLabel: string, hoursReviewedAt: string | null, hoursReviewComment: string | null, version: number } };

export type PersonNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonNotesQuery = { person: { id: string, events: Array<{ id: string, kind: string, kindLabel: string, occurredOn: string, title: string, notes: string | null, confidential: boolean, author: { id: string, fullName: string } | null }> } };

export type PersonRecruitmentQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonRecruitmentQuery = { person: { id: string, events: Array<{ id: string, kind: string, kindLabel: string, occurredOn: string, title: string, notes: string | null, confidential: boolean, author: { id: string, fullName: string } | null }>, immersions: Array<{ id: string, hostName: string, hostTutorName: string, objective: string, objectiveLabel: string, startDate: string, endDate: string, days: number, comment: string | null, hostOrganisation: { id: string, name: string } | null }>, missions: Array<{ id: string, kind: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, tutorFeedback: string | null, hoursStatus: string, hoursStatusLabel: string, hoursReviewedAt: string | null, hoursReviewComment: string | null, version: number, hostOrganisation: { id: string, name: string } }>, admissionDecisions: Array<{ id: string, outcome: string, outcomeLabel: string, decidedOn: string, comment: string | null }>, employmentContracts: Array<{ id: string, kind: string, kindLabel: string, startDate: string, endDate: string | null, weeklyMinutes: number }> }, partnerOrganisations: Array<{ id: string, name: string, city: string | null }> };

export type RecordImmersionMutationVariables = Exact<{
  input: RecordImmersionInput;
}>;


export type RecordImmersionMutation = { recordImmersion: { id: string, hostName: string, hostTutorName: string, objective: string, objectiveLabel: string, startDate: string, endDate: string, days: number } };

export type RecordAdmissionDecisionMutationVariables = Exact<{
  input: RecordAdmissionDecisionInput;
}>;


export type RecordAdmissionDecisionMutation = { recordAdmissionDecision: { id: string, outcome: string, outcomeLabel: string, decidedOn: string, comment: string | null } };

export type RecordEmploymentContractMutationVariables = Exact<{
  input: RecordEmploymentContractInput;
}>;


export type RecordEmploymentContractMutation = { recordEmploymentContract: { id: string, kind: string, kindLabel: string, startDate: string, endDate: string | null, weeklyMinutes: number } };

export type CollectiveSessionsQueryVariables = Exact<{
  kind?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type CollectiveSessionsQuery = { collectiveSessions: Array<{ id: string, kind: string, kindLabel: string, title: string, trainingBody: string | null, sessionDate: string, plannedMinutes: number, certificationBlockId: string | null, certificationBlock: { id: string, code: string, title: string } | null, group: { id: string, name: string } | null, roster: Array<{ id: string, firstName: string, lastName: string }>, attendances: Array<{ id: string, minutesAttended: number, absence: string | null, absenceLabel: string | null, version: number, person: { id: string, firstName: string, lastName: string } }> }> };

export type SessionCertificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionCertificationsQuery = { certifications: Array<{ id: string, title: string, blocks: Array<{ id: string, code: string, title: string, position: number }> }> };

export type CreateCollectiveSessionMutationVariables = Exact<{
  input: CreateCollectiveSessionInput;
}>;


export type CreateCollectiveSessionMutation = { createCollectiveSession: { id: string, kind: string, kindLabel: string, title: string, trainingBody: string | null, sessionDate: string, plannedMinutes: number, certificationBlockId: string | null } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string, plannedMinutes: number, attendances: Array<{ id: string, minutesAttended: number, absence: string | null, absenceLabel: string | null, version: number, person: { id: string, firstName: string, lastName: string } }> } };

export type PersonTrainingQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonTrainingQuery = { person: { id: string, trainingHours: { plannedMinutes: number, plannedToDateMinutes: number, attendedMinutes: number }, attendances: Array<{ id: string, minutesAttended: number, absence: string | null, absenceLabel: string | null, session: { id: string, kind: string, kindLabel: string, title: string, trainingBody: string | null, sessionDate: string, plannedMinutes: number } }> } };

export type PersonTutoringQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonTutoringQuery = { person: { id: string, targetCertification: { id: string, title: string } | null, tutorings: Array<{ id: string, startDate: string, endDate: string | null, active: boolean, tutor: { id: string, fullName: string, side: string, sideLabel: string, jobTitle: string | null, partnerOrganisation: { id: string, name: string } | null } }>, skillsProgress: Array<{ level: string, levelLabel: string, evaluatedOn: string | null, version: number, block: { id: string, code: string, title: string, position: number }, history: Array<{ level: string, levelLabel: string, evaluatedOn: string, evaluatorName: string }> }>, events: Array<{ id: string, kind: string, kindLabel: string, occurredOn: string, title: string, notes: string | null, confidential: boolean, author: { id: string, fullName: string } | null }> }, tutors: Array<{ id: string, fullName: string, side: string, sideLabel: string, jobTitle: string | null, activeTraineeCount: number, partnerOrganisation: { id: string, name: string } | null }>, partnerOrganisations: Array<{ id: string, name: string, city: string | null }> };

export type AssignTutorMutationVariables = Exact<{
  input: AssignTutorInput;
}>;


export type AssignTutorMutation = { assignTutor: { id: string, startDate: string, endDate: string | null, active: boolean } };

export type EndTutoringMutationVariables = Exact<{
  input: EndTutoringInput;
}>;


export type EndTutoringMutation = { endTutoring: { id: string, endDate: string | null, active: boolean } };

export type CreateTutorMutationVariables = Exact<{
  input: CreateTutorInput;
}>;


export type CreateTutorMutation = { createTutor: { id: string, fullName: string, side: string } };

export type RecordSkillsEvaluationMutationVariables = Exact<{
  input: RecordSkillsEvaluationInput;
}>;


export type RecordSkillsEvaluationMutation = { recordSkillsEvaluation: { id: string, blockId: string, level: string, evaluatedOn: string } };

export type AdminPartnerReviewerFieldsFragment = { id: string, email: string, firstName: string, lastName: string, fullName: string, active: boolean, createdAt: string, lastSignedInAt: string | null } & { ' $fragmentName'?: 'AdminPartnerReviewerFieldsFragment' };

export type AdminPartnerSiteFieldsFragment = { id: string, name: string, addressLine: string | null, postalCode: string | null, city: string | null, version: number } & { ' $fragmentName'?: 'AdminPartnerSiteFieldsFragment' };

export type AdminPartnerOrganisationFieldsFragment = { id: string, name: string, kind: PartnerOrganisationKind, siret: string | null, city: string | null, updatedAt: string, sites: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'AdminPartnerSiteFieldsFragment': AdminPartnerSiteFieldsFragment } }
  )>, reviewers: Array<(
    { id: string, active: boolean }
    & { ' $fragmentRefs'?: { 'AdminPartnerReviewerFieldsFragment': AdminPartnerReviewerFieldsFragment } }
  )> } & { ' $fragmentName'?: 'AdminPartnerOrganisationFieldsFragment' };

export type AdminPartnerOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPartnerOrganisationsQuery = { adminPartnerOrganisations: Array<(
    { id: string, kind: PartnerOrganisationKind, name: string, city: string | null, siret: string | null, sites: Array<{ id: string, name: string, city: string | null }>, reviewers: Array<{ id: string, fullName: string, email: string, active: boolean }> }
    & { ' $fragmentRefs'?: { 'AdminPartnerOrganisationFieldsFragment': AdminPartnerOrganisationFieldsFragment } }
  )> };

export type CreatePartnerOrganisationMutationVariables = Exact<{
  input: CreatePartnerOrganisationInput;
}>;


export type CreatePartnerOrganisationMutation = { createPartnerOrganisation: (
    { id: string }
    & { ' $fragmentRefs'?: { 'AdminPartnerOrganisationFieldsFragment': AdminPartnerOrganisationFieldsFragment } }
  ) };

export type UpdatePartnerOrganisationMutationVariables = Exact<{
  input: UpdatePartnerOrganisationInput;
}>;


export type UpdatePartnerOrganisationMutation = { updatePartnerOrganisation: { ' $fragmentRefs'?: { 'AdminPartnerOrganisationFieldsFragment': AdminPartnerOrganisationFieldsFragment } } };

export type AddPartnerSiteMutationVariables = Exact<{
  input: AddPartnerSiteInput;
}>;


export type AddPartnerSiteMutation = { addPartnerSite: { ' $fragmentRefs'?: { 'AdminPartnerSiteFieldsFragment': AdminPartnerSiteFieldsFragment } } };

export type UpdatePartnerSiteMutationVariables = Exact<{
  input: UpdatePartnerSiteInput;
}>;


export type UpdatePartnerSiteMutation = { updatePartnerSite: { ' $fragmentRefs'?: { 'AdminPartnerSiteFieldsFragment': AdminPartnerSiteFieldsFragment } } };

export type CreatePartnerReviewerMutationVariables = Exact<{
  input: CreatePartnerReviewerInput;
}>;


export type CreatePartnerReviewerMutation = { createPartnerReviewer: { initialPassword: string, reviewer: (
      { id: string, fullName: string, email: string }
      & { ' $fragmentRefs'?: { 'AdminPartnerReviewerFieldsFragment': AdminPartnerReviewerFieldsFragment } }
    ) } };

export type DeactivatePartnerReviewerMutationVariables = Exact<{
  input: DeactivatePartnerReviewerInput;
}>;


export type DeactivatePartnerReviewerMutation = { deactivatePartnerReviewer: { ' $fragmentRefs'?: { 'AdminPartnerReviewerFieldsFragment': AdminPartnerReviewerFieldsFragment } } };

export type ReactivatePartnerReviewerMutationVariables = Exact<{
  input: ReactivatePartnerReviewerInput;
}>;


export type ReactivatePartnerReviewerMutation = { reactivatePartnerReviewer: { initialPassword: string, reviewer: (
      { id: string, fullName: string, email: string }
      & { ' $fragmentRefs'?: { 'AdminPartnerReviewerFieldsFragment': AdminPartnerReviewerFieldsFragment } }
    ) } };

export type ResetPartnerReviewerPasswordMutationVariables = Exact<{
  input: ResetPartnerReviewerPasswordInput;
}>;


export type ResetPartnerReviewerPasswordMutation = { resetPartnerReviewerPassword: { initialPassword: string, reviewer: (
      { id: string, fullName: string, email: string }
      & { ' $fragmentRefs'?: { 'AdminPartnerReviewerFieldsFragment': AdminPartnerReviewerFieldsFragment } }
    ) } };

export type TrainingGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingGroupsQuery = { trainingGroups: Array<{ id: string, name: string, startsOn: string, endsOn: string | null, memberCount: number }> };

export type GroupNextSessionsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type GroupNextSessionsQuery = { collectiveSessions: Array<{ id: string, sessionDate: string, title: string, group: { id: string } | null }> };

export type TrainingGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingGroupQuery = { trainingGroup: { id: string, name: string, startsOn: string, endsOn: string | null, version: number, memberCount: number, members: Array<{ id: string, firstName: string, lastName: string }>, supervisors: Array<{ id: string, firstName: string, lastName: string }> } | null };

export type GroupSupervisorChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupSupervisorChoicesQuery = { supervisors: Array<{ id: string, fullName: string }> };

export type CreateTrainingGroupMutationVariables = Exact<{
  input: CreateTrainingGroupInput;
}>;


export type CreateTrainingGroupMutation = { createTrainingGroup: { id: string, name: string, startsOn: string, endsOn: string | null, version: number, memberCount: number } };

export type UpdateTrainingGroupMutationVariables = Exact<{
  input: UpdateTrainingGroupInput;
}>;


export type UpdateTrainingGroupMutation = { updateTrainingGroup: { id: string, name: string, startsOn: string, endsOn: string | null, version: number, memberCount: number, members: Array<{ id: string, firstName: string, lastName: string }>, supervisors: Array<{ id: string, firstName: string, lastName: string }> } };

export type CreateSessionSeriesMutationVariables = Exact<{
  input: CreateSessionSeriesInput;
}>;


export type CreateSessionSeriesMutation = { createSessionSeries: Array<{ id: string, sessionDate: string }> };

export type AttendanceWeekQueryVariables = Exact<{
  groupId: string | number;
  weekStart: string;
}>;


export type AttendanceWeekQuery = { attendanceWeek: { weekStart: string, group: { id: string, name: string, memberCount: number }, sessions: Array<{ id: string, title: string, kindLabel: string, sessionDate: string, plannedMinutes: number }>, rows: Array<{ attendedMinutes: number, plannedMinutes: number, person: { id: string, firstName: string, lastName: string }, cells: Array<{ sessionId: string, line: { id: string, minutesAttended: number, absence: string | null, absenceLabel: string | null, version: number } | null }> }> } };

export type RecordAttendanceLinesMutationVariables = Exact<{
  input: RecordAttendanceLinesInput;
}>;


export type RecordAttendanceLinesMutation = { recordAttendanceLines: Array<{ id: string, minutesAttended: number, absence: string | null, absenceLabel: string | null, version: number }> };

export type PersonAuditLogQueryVariables = Exact<{
  personId: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type PersonAuditLogQuery = { personAuditLog: { totalCount: number, items: Array<{ id: string, occurredAt: string, action: string, actionLabel: string, actorLabel: string, actorRole: string, actorRoleLabel: string, actorOrganisation: string | null, subjectType: string | null, details: string | null }> } };

export type StaffSecurityLogQueryVariables = Exact<{
  userId: string | number;
}>;


export type StaffSecurityLogQuery = { staffSecurityLog: Array<{ id: string, occurredAt: string, action: string, actionLabel: string, actorLabel: string, actorRoleLabel: string, details: string | null }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, firstName: string, lastName: string, fullName: string, email: string, role: Role, permissions: Array<string>, mustChangePassword: boolean, twoFactorEnrolmentRequired: boolean, structure: { id: string, name: string, kind: StructureKind, city: string | null } | null, partnerOrganisation: { id: string, name: string } | null } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { id: string, fullName: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type VerifyTwoFactorSignInMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;


export type VerifyTwoFactorSignInMutation = { verifyTwoFactorSignIn: { id: string, fullName: string } };

export type PersonAvailabilityQueryVariables = Exact<{
  personId: string | number;
}>;


export type PersonAvailabilityQuery = { personAvailability: { personId: string, version: number, slots: Array<{ weekday: number, startMinute: number, endMinute: number }>, absences: Array<{ id: string, startsOn: string, endsOn: string, reason: string | null, past: boolean }>, clearances: Array<{ code: string, label: string, expiresOn: string | null, expired: boolean }>, clearanceCatalogue: Array<{ code: string, label: string }> } };

export type SetPersonAvailabilityMutationVariables = Exact<{
  input: SetPersonAvailabilityInput;
}>;


export type SetPersonAvailabilityMutation = { setPersonAvailability: boolean };

export type AddPersonUnavailabilityMutationVariables = Exact<{
  input: AddPersonUnavailabilityInput;
}>;


export type AddPersonUnavailabilityMutation = { addPersonUnavailability: boolean };

export type RemovePersonUnavailabilityMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePersonUnavailabilityMutation = { removePersonUnavailability: boolean };

export type SetPersonClearanceMutationVariables = Exact<{
  input: SetPersonClearanceInput;
}>;


export type SetPersonClearanceMutation = { setPersonClearance: boolean };

export type RemovePersonClearanceMutationVariables = Exact<{
  personId: string | number;
  code: string;
}>;


export type RemovePersonClearanceMutation = { removePersonClearance: boolean };

export type CoachingCoachesQueryVariables = Exact<{ [key: string]: never; }>;


export type CoachingCoachesQuery = { counsellors: Array<{ id: string, fullName: string, role: Role }> };

export type PersonCoachingQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonCoachingQuery = { person: { id: string, missions: Array<{ id: string, kindLabel: string, site: string | null, startDate: string, endDate: string, version: number, coachId: string | null, coach: { id: string, fullName: string } | null, hostOrganisation: { id: string, name: string }, coachingContacts: Array<{ id: string, kind: string, kindLabel: string, status: string, statusLabel: string, occurredOn: string | null, note: string | null, confidential: boolean, requestMessage: string | null, requestedAt: string | null, author: { id: string, fullName: string } | null }> }> } };

export type SetMissionCoachMutationVariables = Exact<{
  input: SetMissionCoachInput;
}>;


export type SetMissionCoachMutation = { setMissionCoach: { id: string, version: number, coachId: string | null, coach: { id: string, fullName: string } | null } };

export type RecordCoachingContactMutationVariables = Exact<{
  input: RecordCoachingContactInput;
}>;


export type RecordCoachingContactMutation = { recordCoachingContact: { id: string, missionId: string, status: string } };

export type CoachingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoachingSettingsQuery = { coachingSettings: { alertDays: number } };

export type SetCoachingAlertDaysMutationVariables = Exact<{
  input: SetCoachingAlertDaysInput;
}>;


export type SetCoachingAlertDaysMutation = { setCoachingAlertDays: { alertDays: number } };

export type PortalMediationRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMediationRequestsQuery = { portalMediationRequests: Array<{ id: string, missionId: string, status: string, statusLabel: string, message: string, requestedAt: string, heldOn: string | null }> };

export type PortalRequestMediationMutationVariables = Exact<{
  input: PortalRequestMediationInput;
}>;


export type PortalRequestMediationMutation = { portalRequestMediation: { id: string, missionId: string, status: string, statusLabel: string, message: string, requestedAt: string, heldOn: string | null } };

export type ContractFieldsFragment = { id: string, personId: string, version: number, status: string, statusLabel: string, cerfaKind: number, cerfaKindLabel: string, form: string, formLabel: string, publicCategory: string, publicCategoryLabel: string, employerSiret: string, workplaceSiret: string, collectiveAgreement: string | null, jobTitle: string, franceTravailId: string | null, startDate: string, endDate: string, trialPeriodDays: number, weeklyMinutes: number, grossMonthlyPayCents: number, certificationId: string, trainingBodyName: string, trainingBodySiret: string | null, plannedTrainingMinutes: number, branchAgreementReference: string | null, branchAgreementMaxTrainingPercent: number | null, structureTutorId: string | null, hostTutorId: string | null, hostTutorExperienceMonths: number | null, hostTutorIsEmployer: boolean, opcoFunderId: string | null, opcoFileNumber: string | null, hourlyRateCents: number | null, depositDueOn: string, submittedOn: string | null, decisionDueOn: string | null, opcoDecision: string | null, opcoDecisionLabel: string | null, opcoDecidedOn: string | null, opcoRefusalReason: string | null, completedOn: string | null, brokenOn: string | null, breakReason: string | null, breakReasonLabel: string | null, breakComment: string | null, renewalReason: string | null, renewalReasonLabel: string | null, renewedFromId: string | null, canSubmit: boolean, certification: { id: string, title: string, rncpCode: string | null }, structureTutor: { id: string, fullName: string } | null, hostTutor: { id: string, fullName: string, partnerOrganisation: { id: string, name: string } | null } | null, opcoFunder: { id: string, name: string, hourlyRateCents: number | null } | null, checks: Array<{ code: string, field: string, severity: string, message: string }>, progress: { plannedMinutes: number, attendedMinutes: number, expectedMinutesToDate: number, elapsedPercent: number, attendedPercent: number, behind: boolean, justifiedMinutes: number, hourlyRateCents: number, opcoAmountCents: number }, breakFollowUp: { id: string, dueOn: string, opcoInformedOn: string | null, reorientation: string | null, closedOn: string | null, version: number } | null } & { ' $fragmentName'?: 'ContractFieldsFragment' };

export type PersonContractsQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonContractsQuery = { person: { id: string, stage: PathwayStage, targetCertification: { id: string, title: string } | null, professionalisationContracts: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'ContractFieldsFragment': ContractFieldsFragment } }
    )> } };

export type ContractFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractFormOptionsQuery = { certifications: Array<{ id: string, title: string, rncpCode: string | null, level: number }>, tutors: Array<{ id: string, fullName: string, side: string, jobTitle: string | null, activeTraineeCount: number, partnerOrganisation: { id: string, name: string } | null }> };

export type ContractFundersQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractFundersQuery = { funders: Array<{ id: string, kind: string, name: string, hourlyRateCents: number | null }> };

export type CreateProfessionalisationContractMutationVariables = Exact<{
  input: CreateProfessionalisationContractInput;
}>;


export type CreateProfessionalisationContractMutation = { createProfessionalisationContract: { id: string, version: number, status: string, canSubmit: boolean } };

export type UpdateProfessionalisationContractMutationVariables = Exact<{
  input: UpdateProfessionalisationContractInput;
}>;


export type UpdateProfessionalisationContractMutation = { updateProfessionalisationContract: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ContractFieldsFragment': ContractFieldsFragment } }
  ) };

export type SubmitProfessionalisationContractMutationVariables = Exact<{
  input: SubmitProfessionalisationContractInput;
}>;


export type SubmitProfessionalisationContractMutation = { submitProfessionalisationContract: { id: string, version: number, status: string, submittedOn: string | null, decisionDueOn: string | null } };

export type RecordOpcoDecisionMutationVariables = Exact<{
  input: RecordOpcoDecisionInput;
}>;


export type RecordOpcoDecisionMutation = { recordOpcoDecision: { id: string, version: number, status: string, opcoDecision: string | null, opcoDecidedOn: string | null } };

export type StartProfessionalisationContractMutationVariables = Exact<{
  input: StartProfessionalisationContractInput;
}>;


export type StartProfessionalisationContractMutation = { startProfessionalisationContract: { id: string, version: number, status: string } };

export type CompleteProfessionalisationContractMutationVariables = Exact<{
  input: CompleteProfessionalisationContractInput;
}>;


export type CompleteProfessionalisationContractMutation = { completeProfessionalisationContract: { id: string, version: number, status: string, completedOn: string | null } };

export type BreakProfessionalisationContractMutationVariables = Exact<{
  input: BreakProfessionalisationContractInput;
}>;


export type BreakProfessionalisationContractMutation = { breakProfessionalisationContract: { id: string, version: number, status: string, brokenOn: string | null } };

export type UpdateContractBreakFollowUpMutationVariables = Exact<{
  input: UpdateContractBreakFollowUpInput;
}>;


export type UpdateContractBreakFollowUpMutation = { updateContractBreakFollowUp: { id: string, version: number, status: string } };

export type RenewProfessionalisationContractMutationVariables = Exact<{
  input: RenewProfessionalisationContractInput;
}>;


export type RenewProfessionalisationContractMutation = { renewProfessionalisationContract: { id: string, version: number, status: string, renewedFromId: string | null } };

export type DashboardQueryVariables = Exact<{
  periodStart: string;
  periodEnd: string;
  structureId?: string | number | null | undefined;
}>;


export type DashboardQuery = { dashboard: { periodStart: string, periodEnd: string, structureName: string | null, sections: Array<{ title: string, figures: Array<{ code: string, label: string, value: number | null, unit: string, targetValue: number | null, targetLabel: string | null, percentValue: number | null, percentOf: string | null, definition: string | null, drillable: boolean, smallBaseNote: string | null, parts: Array<{ role: string, code: string, label: string, value: number | null, unit: string, definition: string | null, drillable: boolean }> }>, charts: Array<{ code: string, kind: string, title: string, unit: string, categories: Array<string>, series: Array<{ label: string, values: Array<number | null>, links: Array<{ code: string, label: string, month: string | null, periodStart: string, periodEnd: string } | null> }> }> }> } };

export type DashboardRecordsQueryVariables = Exact<{
  code: string;
  periodStart: string;
  periodEnd: string;
  month?: string | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type DashboardRecordsQuery = { dashboardRecords: { code: string, label: string, periodStart: string, periodEnd: string, month: string | null, totalCount: number, items: Array<{ personId: string | null, label: string, date: string | null, value: number | null, unit: string | null, detail: string | null }> } };

export type StructureTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type StructureTargetsQuery = { structureTargets: Array<{ id: string, year: number, dynamicExitRateBp: number, durableEmploymentRateBp: number, version: number }> };

export type SetStructureTargetMutationVariables = Exact<{
  input: SetStructureTargetInput;
}>;


export type SetStructureTargetMutation = { setStructureTarget: { id: string, year: number, dynamicExitRateBp: number, durableEmploymentRateBp: number, version: number } };

export type DashboardStructuresQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardStructuresQuery = { dashboardStructures: Array<{ id: string, name: string }> };

export type FundableSourcesQueryVariables = Exact<{
  filter: FundableSourcesFilter;
}>;


export type FundableSourcesQuery = { fundableSources: Array<{ sourceKind: string, sourceId: string, date: string, label: string, personId: string | null, personName: string | null, unit: string, totalQuantity: number, allocatedQuantity: number, remainingQuantity: number, version: string, allocations: Array<{ agreementId: string, agreementReference: string, quantity: number }> }> };

export type AllocateFundingMutationVariables = Exact<{
  input: AllocateFundingInput;
}>;


export type AllocateFundingMutation = { allocateFunding: { id: string, version: number, consumption: { allocatedMinutes: number, chargedCents: number, fundedCents: number, grantedCents: number, remainingCents: number, consumedPercent: number } } };

export type RemoveFundingAllocationMutationVariables = Exact<{
  input: RemoveFundingAllocationInput;
}>;


export type RemoveFundingAllocationMutation = { removeFundingAllocation: { id: string, version: number } };

export type RecordStaffTimeMutationVariables = Exact<{
  input: RecordStaffTimeInput;
}>;


export type RecordStaffTimeMutation = { recordStaffTime: { sourceKind: string, sourceId: string, date: string, label: string, personName: string | null, unit: string, totalQuantity: number } };

export type RecordExpenseMutationVariables = Exact<{
  input: RecordExpenseInput;
}>;


export type RecordExpenseMutation = { recordExpense: { sourceKind: string, sourceId: string, date: string, label: string, unit: string, totalQuantity: number } };

export type FseParticipantFieldsFragment = { id: string, agreementId: string, personId: string, personName: string, version: number, entryDate: string | null, gender: string | null, labourMarketStatus: string | null, iscedLevel: string | null, birthYear: number | null, situations: Array<string> | null, situationsAnswered: boolean | null, exitDate: string | null, exitSituation: string | null, sixMonthsCheckedOn: string | null, sixMonthsEmployed: boolean | null, sixMonthsImprovedSituation: boolean | null, missing: Array<string>, complete: boolean } & { ' $fragmentName'?: 'FseParticipantFieldsFragment' };

export type FseParticipantsQueryVariables = Exact<{
  id: string | number;
}>;


export type FseParticipantsQuery = { fundingAgreement: { id: string, reference: string, participants: Array<(
      { id: string, personId: string, personName: string, complete: boolean }
      & { ' $fragmentRefs'?: { 'FseParticipantFieldsFragment': FseParticipantFieldsFragment } }
    )> } };

export type EnrolFseParticipantMutationVariables = Exact<{
  input: EnrolFseParticipantInput;
}>;


export type EnrolFseParticipantMutation = { enrolFseParticipant: { ' $fragmentRefs'?: { 'FseParticipantFieldsFragment': FseParticipantFieldsFragment } } };

export type UpdateFseParticipantMutationVariables = Exact<{
  input: UpdateFseParticipantInput;
}>;


export type UpdateFseParticipantMutation = { updateFseParticipant: { ' $fragmentRefs'?: { 'FseParticipantFieldsFragment': FseParticipantFieldsFragment } } };

export type FseParticipantsCsvQueryVariables = Exact<{
  agreementId: string | number;
}>;


export type FseParticipantsCsvQuery = { fseParticipantsCsv: { filename: string, content: string } };

export type AgreementConsumptionFieldsFragment = { allocatedMinutes: number, chargedCents: number, fundedCents: number, grantedCents: number, remainingCents: number, consumedPercent: number } & { ' $fragmentName'?: 'AgreementConsumptionFieldsFragment' };

export type FundersQueryVariables = Exact<{ [key: string]: never; }>;


export type FundersQuery = { funders: Array<{ id: string, kind: string, kindLabel: string, name: string, hourlyRateCents: number | null, contactEmail: string | null, version: number, agreements: Array<{ id: string, reference: string, title: string, startDate: string, endDate: string, amountGrantedCents: number, coFinancingRateBp: number, sourceKinds: Array<string>, consumption: { allocatedMinutes: number, chargedCents: number, fundedCents: number, grantedCents: number, remainingCents: number, consumedPercent: number } }> }> };

export type FundingAgreementQueryVariables = Exact<{
  id: string | number;
}>;


export type FundingAgreementQuery = { fundingAgreement: { id: string, version: number, funderId: string, reference: string, title: string, startDate: string, endDate: string, amountGrantedCents: number, coFinancingRateBp: number, hourlyRateCents: number | null, sourceKinds: Array<string>, scope: string | null, indicators: Array<string>, indicatorLabels: Array<string>, funder: { id: string, kind: string, kindLabel: string, name: string, hourlyRateCents: number | null }, consumption: { allocatedMinutes: number, chargedCents: number, fundedCents: number, grantedCents: number, remainingCents: number, consumedPercent: number } } };

export type FundingAllocationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type FundingAllocationsQuery = { fundingAgreement: { id: string, reference: string, allocations: Array<{ id: string, agreementId: string, sourceKind: string, sourceKindLabel: string, sourceId: string, quantity: number, unit: string, sourceDate: string, sourceLabel: string, personName: string | null, version: number }> } };

export type CreateFunderMutationVariables = Exact<{
  input: CreateFunderInput;
}>;


export type CreateFunderMutation = { createFunder: { id: string, name: string, kind: string, kindLabel: string, hourlyRateCents: number | null, contactEmail: string | null, version: number } };

export type UpdateFunderMutationVariables = Exact<{
  input: UpdateFunderInput;
}>;


export type UpdateFunderMutation = { updateFunder: { id: string, name: string, kind: string, kindLabel: string, hourlyRateCents: number | null, contactEmail: string | null, version: number } };

export type CreateFundingAgreementMutationVariables = Exact<{
  input: CreateFundingAgreementInput;
}>;


export type CreateFundingAgreementMutation = { createFundingAgreement: { id: string, reference: string, title: string, version: number } };

export type UpdateFundingAgreementMutationVariables = Exact<{
  input: UpdateFundingAgreementInput;
}>;


export type UpdateFundingAgreementMutation = { updateFundingAgreement: { id: string, reference: string, title: string, version: number } };

export type ImportUploadQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportUploadQuery = { importUpload: { id: string, fileName: string, format: string, encoding: string | null, delimiter: string | null, headers: Array<string>, proposedMapping: Array<ImportField | null>, rowCount: number, sampleRows: Array<Array<string>> } };

export type ImportRowFieldsFragment = { line: number, outcome: ImportOutcome, outcomeLabel: string, name: string, personId: string | null, changes: Array<string>, problems: Array<{ column: string, message: string }>, notes: Array<{ column: string, message: string }> } & { ' $fragmentName'?: 'ImportRowFieldsFragment' };

export type DryRunImportMutationVariables = Exact<{
  input: RunImportInput;
}>;


export type DryRunImportMutation = { dryRunImport: { counts: { created: number, completed: number, unchanged: number, refused: number }, rows: Array<{ line: number, outcome: ImportOutcome, outcomeLabel: string, name: string, personId: string | null, changes: Array<string>, problems: Array<{ column: string, message: string }>, notes: Array<{ column: string, message: string }> }> } };

export type RunImportMutationVariables = Exact<{
  input: RunImportInput;
}>;


export type RunImportMutation = { runImport: { counts: { created: number, completed: number, unchanged: number, refused: number }, rows: Array<{ line: number, outcome: ImportOutcome, outcomeLabel: string, name: string, personId: string | null, changes: Array<string>, problems: Array<{ column: string, message: string }>, notes: Array<{ column: string, message: string }> }>, log: { id: string } | null } };

export type ImportLogsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportLogsQuery = { importLogs: Array<{ id: string, fileName: string, sha256: string, createdAt: string, importedByName: string | null, counts: { created: number, completed: number, unchanged: number, refused: number } }> };

export type LesEmploisLinkQueryVariables = Exact<{ [key: string]: never; }>;


export type LesEmploisLinkQuery = { lesEmploisLink: { linked: boolean, keyConfigured: boolean, apiUrl: string, tokenEnd: string | null, linkedAt: string | null, linkedByName: string | null } };

export type LinkLesEmploisMutationVariables = Exact<{
  token: string;
}>;


export type LinkLesEmploisMutation = { linkLesEmplois: { linked: boolean, keyConfigured: boolean, apiUrl: string, tokenEnd: string | null, linkedAt: string | null, linkedByName: string | null } };

export type UnlinkLesEmploisMutationVariables = Exact<{ [key: string]: never; }>;


export type UnlinkLesEmploisMutation = { unlinkLesEmplois: { linked: boolean, keyConfigured: boolean, apiUrl: string, tokenEnd: string | null, linkedAt: string | null, linkedByName: string | null } };

export type SyncLesEmploisMutationVariables = Exact<{ [key: string]: never; }>;


export type SyncLesEmploisMutation = { syncLesEmplois: { counts: { created: number, completed: number, unchanged: number, refused: number }, rows: Array<{ line: number, outcome: ImportOutcome, outcomeLabel: string, name: string, personId: string | null, changes: Array<string>, problems: Array<{ column: string, message: string }>, notes: Array<{ column: string, message: string }> }>, log: { id: string } | null } };

export type PersonIntakeQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonIntakeQuery = { person: { id: string, version: number, informationGivenOn: string | null, consentGivenOn: string | null, referral: { id: string, version: number, prescriberKind: string, prescriberKindLabel: string, prescriberMasked: boolean, prescriberOrganisation: string | null, prescriberContactName: string | null, prescriberContactPhone: string | null, prescriberContactEmail: string | null, referredOn: string } | null, eligibilityDiagnoses: Array<{ id: string, author: string, authorLabel: string, authorName: string | null, diagnosedOn: string, validUntil: string, valid: boolean, expiredProofCount: number, criteriaWithheld: boolean, criteria: Array<{ code: string, label: string, level: number, sensitive: boolean, proofLabel: string, proofReference: string | null, proofDate: string, proofExpiresOn: string | null, proofExpired: boolean }> }>, passIae: { id: string, version: number, number: string, startDate: string, endDate: string, officialEndDate: string | null, computedEndDate: string, waitingPeriodEndsOn: string, status: string, statusLabel: string, suspensions: Array<{ id: string, startDate: string, endDate: string, reason: string, reasonLabel: string }>, prolongations: Array<{ id: string, requestedOn: string, startDate: string, endDate: string, days: number, reason: string, reasonLabel: string }> } | null, employmentContracts: Array<{ id: string, startDate: string }> } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, version: number, informationGivenOn: string | null, consentGivenOn: string | null } };

export type RecordReferralMutationVariables = Exact<{
  input: RecordReferralInput;
}>;


export type RecordReferralMutation = { recordReferral: { id: string, version: number } };

export type RecordEligibilityDiagnosisMutationVariables = Exact<{
  input: RecordEligibilityDiagnosisInput;
}>;


export type RecordEligibilityDiagnosisMutation = { recordEligibilityDiagnosis: { id: string, valid: boolean, validUntil: string } };

export type RecordPassIaeMutationVariables = Exact<{
  input: RecordPassIaeInput;
}>;


export type RecordPassIaeMutation = { recordPassIae: { id: string, version: number, endDate: string } };

export type SuspendPassIaeMutationVariables = Exact<{
  input: SuspendPassIaeInput;
}>;


export type SuspendPassIaeMutation = { suspendPassIae: { id: string, version: number, endDate: string } };

export type ProlongPassIaeMutationVariables = Exact<{
  input: ProlongPassIaeInput;
}>;


export type ProlongPassIaeMutation = { prolongPassIae: { id: string, version: number, endDate: string } };

export type BoardOfferFieldsFragment = { id: string, sourceKind: string, sourceLabel: string, jobTitle: string, town: string | null, postalCode: string | null, contractKind: string | null, contractKindLabel: string | null, description: string | null, ownerStructureName: string, sharedAt: string, mine: boolean } & { ' $fragmentName'?: 'BoardOfferFieldsFragment' };

export type JobBoardQueryVariables = Exact<{
  search?: JobBoardSearchInput | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type JobBoardQuery = { jobBoard: { totalCount: number, items: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'BoardOfferFieldsFragment': BoardOfferFieldsFragment } }
    )> } };

export type BoardPersonChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type BoardPersonChoicesQuery = { persons: { edges: Array<{ node: { id: string, firstName: string, lastName: string } }> } };

export type BoardProposalPreviewQueryVariables = Exact<{
  input: BoardProposalPreviewInput;
}>;


export type BoardProposalPreviewQuery = { boardProposalPreview: { displayName: string, phone: string | null, email: string | null, structureName: string, message: string | null, certification: { title: string, code: string | null, statusLabel: string, obtained: boolean, blocks: Array<{ code: string, title: string, levelLabel: string | null, evaluatedOn: string | null, resultLabel: string | null }> } | null, evaluations: Array<{ blockTitle: string, levelLabel: string, evaluatedOn: string, evaluatorName: string, comment: string | null }>, training: { attendedMinutes: number, plannedMinutes: number | null }, missions: Array<{ id: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, hoursStatus: string, hoursStatusLabel: string, tutorFeedback: string | null }> } };

export type ProposeToBoardOfferMutationVariables = Exact<{
  input: ProposeToBoardOfferInput;
}>;


export type ProposeToBoardOfferMutation = { proposeToBoardOffer: { id: string, status: string, version: number } };

export type IncomingBoardProposalsQueryVariables = Exact<{
  offset?: number | null | undefined;
}>;


export type IncomingBoardProposalsQuery = { incomingBoardProposals: { totalCount: number, items: Array<{ id: string, proposedAt: string, jobTitle: string, card: { displayName: string, phone: string | null, email: string | null, structureName: string, message: string | null, certification: { title: string, code: string | null, statusLabel: string, obtained: boolean, blocks: Array<{ code: string, title: string, levelLabel: string | null, evaluatedOn: string | null, resultLabel: string | null }> } | null, evaluations: Array<{ blockTitle: string, levelLabel: string, evaluatedOn: string, evaluatorName: string, comment: string | null }>, training: { attendedMinutes: number, plannedMinutes: number | null }, missions: Array<{ id: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, hoursStatus: string, hoursStatusLabel: string, tutorFeedback: string | null }> } }> } };

export type JobOfferFieldsFragment = { id: string, jobTitle: string, town: string, postalCode: string | null, contractKind: string, contractKindLabel: string, description: string | null, status: string, shared: boolean, version: number } & { ' $fragmentName'?: 'JobOfferFieldsFragment' };

export type JobOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type JobOffersQuery = { jobOffers: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'JobOfferFieldsFragment': JobOfferFieldsFragment } }
  )> };

export type CreateJobOfferMutationVariables = Exact<{
  input: CreateJobOfferInput;
}>;


export type CreateJobOfferMutation = { createJobOffer: (
    { id: string }
    & { ' $fragmentRefs'?: { 'JobOfferFieldsFragment': JobOfferFieldsFragment } }
  ) };

export type ShareJobOfferMutationVariables = Exact<{
  jobOfferId: string | number;
  shared: boolean;
}>;


export type ShareJobOfferMutation = { shareJobOffer: boolean };

export type SharedHiringNeedsQueryVariables = Exact<{
  hiringNeedIds: Array<string | number> | string | number;
}>;


export type SharedHiringNeedsQuery = { sharedHiringNeeds: Array<string> };

export type ShareHiringNeedMutationVariables = Exact<{
  hiringNeedId: string | number;
  shared: boolean;
}>;


export type ShareHiringNeedMutation = { shareHiringNeed: boolean };

export type PersonBoardProposalsQueryVariables = Exact<{
  personId: string | number;
}>;


export type PersonBoardProposalsQuery = { boardProposals: Array<{ id: string, status: string, proposedAt: string, version: number, jobTitle: string, ownerStructureName: string }> };

export type WithdrawBoardProposalMutationVariables = Exact<{
  input: WithdrawBoardProposalInput;
}>;


export type WithdrawBoardProposalMutation = { withdrawBoardProposal: { id: string, status: string, version: number } };

export type NetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworksQuery = { networks: Array<{ id: string, name: string, hasFeedToken: boolean, version: number, members: Array<{ id: string, name: string }> }> };

export type NetworkStructureChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkStructureChoicesQuery = { adminStructures: Array<{ id: string, name: string }> };

export type CreateNetworkMutationVariables = Exact<{
  name: string;
}>;


export type CreateNetworkMutation = { createNetwork: string };

export type SetNetworkMembersMutationVariables = Exact<{
  input: SetNetworkMembersInput;
}>;


export type SetNetworkMembersMutation = { setNetworkMembers: boolean };

export type RenewNetworkFeedTokenMutationVariables = Exact<{
  networkId: string | number;
}>;


export type RenewNetworkFeedTokenMutation = { renewNetworkFeedToken: { token: string, jsonPath: string, csvPath: string } };

export type MissionHostOrganisationsQueryVariables = Exact<{
  weekStart?: string | null | undefined;
}>;


export type MissionHostOrganisationsQuery = { missionHostOrganisations: Array<{ id: string, name: string, sites: Array<string> }> };

export type MissionHoursWeekQueryVariables = Exact<{
  hostOrganisationId: string | number;
  site?: string | null | undefined;
  weekStart: string;
}>;


export type MissionHoursWeekQuery = { missionHoursWeek: { weekStart: string, days: Array<string>, hostOrganisation: { id: string, name: string }, rows: Array<{ weekMinutes: number, mission: { id: string, kindLabel: string, site: string | null, startDate: string, endDate: string, hoursStatus: string, hoursStatusLabel: string, minutes: number, version: number }, person: { id: string, firstName: string, lastName: string }, cells: Array<{ day: string, minutes: number | null, version: number | null, inMission: boolean }> }> } };

export type RecordMissionDaysMutationVariables = Exact<{
  input: RecordMissionDaysInput;
}>;


export type RecordMissionDaysMutation = { recordMissionDays: Array<{ weekMinutes: number, mission: { id: string, minutes: number, version: number } }> };

export type NotificationFieldsFragment = { id: string, kind: string, title: string, body: string, link: string | null, createdAt: string, readAt: string | null } & { ' $fragmentName'?: 'NotificationFieldsFragment' };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, items: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'NotificationFieldsFragment': NotificationFieldsFragment } }
    )> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number, items: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'NotificationFieldsFragment': NotificationFieldsFragment } }
    )> } };

export type FieldGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type FieldGroupsQuery = { trainingGroups: Array<{ id: string, name: string }> };

export type FieldAttendanceWeekQueryVariables = Exact<{
  groupId: string | number;
  weekStart: string;
}>;


export type FieldAttendanceWeekQuery = { attendanceWeek: { weekStart: string, sessions: Array<{ id: string, title: string, kindLabel: string, sessionDate: string, plannedMinutes: number }>, rows: Array<{ person: { id: string, firstName: string, lastName: string }, skillsProgress: Array<{ version: number, block: { id: string, code: string, title: string } }>, cells: Array<{ sessionId: string, line: { id: string, minutesAttended: number, absence: string | null, absenceLabel: string | null, version: number } | null }> }> } };

export type FieldRecordAttendanceLinesMutationVariables = Exact<{
  input: RecordAttendanceLinesInput;
}>;


export type FieldRecordAttendanceLinesMutation = { recordAttendanceLines: Array<{ id: string, minutesAttended: number, absence: string | null, absenceLabel: string | null, version: number, person: { id: string } }> };

export type FieldMissionHostsQueryVariables = Exact<{
  weekStart?: string | null | undefined;
}>;


export type FieldMissionHostsQuery = { missionHostOrganisations: Array<{ id: string, name: string }> };

export type FieldMissionHoursWeekQueryVariables = Exact<{
  hostOrganisationId: string | number;
  weekStart: string;
}>;


export type FieldMissionHoursWeekQuery = { missionHoursWeek: { rows: Array<{ mission: { id: string, site: string | null, startDate: string, endDate: string, hoursStatus: string, version: number }, person: { id: string, firstName: string, lastName: string }, cells: Array<{ day: string, minutes: number | null, version: number | null, inMission: boolean }> }> } };

export type FieldRecordMissionDaysMutationVariables = Exact<{
  input: RecordMissionDaysInput;
}>;


export type FieldRecordMissionDaysMutation = { recordMissionDays: Array<{ mission: { id: string, version: number }, cells: Array<{ day: string, minutes: number | null, version: number | null, inMission: boolean }> }> };

export type FieldRecordSkillsEvaluationMutationVariables = Exact<{
  input: RecordSkillsEvaluationInput;
}>;


export type FieldRecordSkillsEvaluationMutation = { recordSkillsEvaluation: { id: string } };

export type PersonCertificationQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonCertificationQuery = { person: { id: string, version: number, certificationOutcome: string | null, certificationOutcomeLabel: string | null, targetCertification: { id: string, title: string, rncpCode: string | null, level: number, certifier: string, blocks: Array<{ id: string, code: string, title: string, position: number }> } | null, examSessions: Array<{ id: string, sessionDate: string, centre: string, outcome: string | null, outcomeLabel: string | null, certification: { id: string, title: string }, results: Array<{ result: string, resultLabel: string, block: { id: string, code: string, title: string } }> }> }, certifications: Array<{ id: string, title: string, rncpCode: string | null, level: number, certifier: string }> };

export type SetTargetCertificationMutationVariables = Exact<{
  input: SetTargetCertificationInput;
}>;


export type SetTargetCertificationMutation = { setTargetCertification: { id: string, version: number } };

export type RecordExamSessionMutationVariables = Exact<{
  input: RecordExamSessionInput;
}>;


export type RecordExamSessionMutation = { recordExamSession: { id: string, outcome: string | null } };

export type ExitPresenceFieldsFragment = { counts: boolean, explanation: string, rule: string, ruleKind: string, exitDate: string, contractStart: string | null, minutesWorked: number, annex: { reference: string, startDate: string, endDate: string } | null, hours: Array<{ source: string, id: string, kindLabel: string, startDate: string, endDate: string, minutes: number, label: string, place: string | null }> } & { ' $fragmentName'?: 'ExitPresenceFieldsFragment' };

export type PersonExitQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonExitQuery = { person: { id: string, stage: PathwayStage, hires: Array<{ id: string, employerName: string, contractType: string, contractTypeLabel: string, startDate: string, weeklyMinutes: number, jobTitle: string | null, employerOrganisation: { id: string, name: string } | null, retentionChecks: Array<{ id: string, monthsAfter: number, checkedOn: string, stillEmployed: boolean, comment: string | null }>, nextRetentionCheck: { monthsAfter: number, dueOn: string } | null }>, exit: { id: string, exitDate: string, reason: string | null, reasonLabel: string | null, category: string, categoryLabel: string, counts: boolean, presenceExplanation: string, minutesWorked: number, contractStart: string | null, comment: string | null, warnings: Array<string>, presence: { counts: boolean, explanation: string, rule: string, ruleKind: string, exitDate: string, contractStart: string | null, minutesWorked: number, annex: { reference: string, startDate: string, endDate: string } | null, hours: Array<{ source: string, id: string, kindLabel: string, startDate: string, endDate: string, minutes: number, label: string, place: string | null }> } } | null }, partnerOrganisations: Array<{ id: string, name: string, city: string | null }> };

export type RecordHireMutationVariables = Exact<{
  input: RecordHireInput;
}>;


export type RecordHireMutation = { recordHire: { id: string } };

export type RecordRetentionCheckMutationVariables = Exact<{
  input: RecordRetentionCheckInput;
}>;


export type RecordRetentionCheckMutation = { recordRetentionCheck: { id: string, retentionChecks: Array<{ id: string, monthsAfter: number, checkedOn: string, stillEmployed: boolean }>, nextRetentionCheck: { monthsAfter: number, dueOn: string } | null } };

export type RecordExitMutationVariables = Exact<{
  input: RecordExitInput;
}>;


export type RecordExitMutation = { recordExit: { id: string, exitDate: string, counts: boolean } };

export type PersonExitPreviewQueryVariables = Exact<{
  id: string | number;
  exitDate: string;
  reason?: string | null | undefined;
}>;


export type PersonExitPreviewQuery = { person: { id: string, exitPreview: { warnings: Array<string>, presence: { counts: boolean, explanation: string, rule: string, ruleKind: string, exitDate: string, contractStart: string | null, minutesWorked: number, annex: { reference: string, startDate: string, endDate: string } | null, hours: Array<{ source: string, id: string, kindLabel: string, startDate: string, endDate: string, minutes: number, label: string, place: string | null }> }, errors: Array<{ field: string, message: string }> } } };

export type HiringProgressFieldsFragment = { year: number, target: number | null, hires: number, ownHires: number, rateBp: number | null, shared: boolean, groupName: string | null, sharedWith: Array<string> } & { ' $fragmentName'?: 'HiringProgressFieldsFragment' };

export type PartnershipFieldsFragment = { id: string, version: number, startedOn: string, endedOn: string | null, partnerOrganisation: { id: string, name: string, city: string | null, kind: PartnerOrganisationKind }, sites: Array<{ id: string, name: string, city: string | null }>, hiringTargets: Array<{ id: string, year: number, hires: number, version: number }>, group: { id: string, name: string } | null, progress: { year: number, target: number | null, hires: number, ownHires: number, rateBp: number | null, shared: boolean, groupName: string | null, sharedWith: Array<string> } } & { ' $fragmentName'?: 'PartnershipFieldsFragment' };

export type PartnershipGroupFieldsFragment = { id: string, name: string, version: number, partnerships: Array<{ id: string, partnerOrganisation: { id: string, name: string } }>, hiringTargets: Array<{ id: string, year: number, hires: number, version: number }>, progress: { year: number, target: number | null, hires: number, ownHires: number, rateBp: number | null, shared: boolean, groupName: string | null, sharedWith: Array<string> } } & { ' $fragmentName'?: 'PartnershipGroupFieldsFragment' };

export type PartnerHiringNeedFieldsFragment = { id: string, version: number, jobTitle: string, positions: number, startDate: string, requirements: string | null, status: string, statusLabel: string, enteredByPartner: boolean, partnerOrganisation: { id: string, name: string }, site: { id: string, name: string, city: string | null } | null } & { ' $fragmentName'?: 'PartnerHiringNeedFieldsFragment' };

export type PartnershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipsQuery = { partnerships: Array<(
    { id: string, version: number, startedOn: string, endedOn: string | null, partnerOrganisation: { id: string, name: string, city: string | null }, sites: Array<{ id: string, name: string, city: string | null }>, hiringTargets: Array<{ id: string, year: number, hires: number }>, group: { id: string } | null, progress: { year: number, target: number | null, hires: number } }
    & { ' $fragmentRefs'?: { 'PartnershipFieldsFragment': PartnershipFieldsFragment } }
  )>, partnershipGroups: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'PartnershipGroupFieldsFragment': PartnershipGroupFieldsFragment } }
  )> };

export type PartnershipCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipCandidatesQuery = { partnerOrganisations: Array<{ id: string, name: string, city: string | null, kind: PartnerOrganisationKind }> };

export type PartnersHiringNeedsQueryVariables = Exact<{
  partnerOrganisationId?: string | number | null | undefined;
  status?: string | null | undefined;
}>;


export type PartnersHiringNeedsQuery = { hiringNeeds: Array<(
    { id: string, partnerOrganisation: { id: string } }
    & { ' $fragmentRefs'?: { 'PartnerHiringNeedFieldsFragment': PartnerHiringNeedFieldsFragment } }
  )> };

export type SavePartnershipMutationVariables = Exact<{
  input: SavePartnershipInput;
}>;


export type SavePartnershipMutation = { savePartnership: (
    { id: string, partnerOrganisation: { id: string, name: string } }
    & { ' $fragmentRefs'?: { 'PartnershipFieldsFragment': PartnershipFieldsFragment } }
  ) };

export type SetHiringTargetMutationVariables = Exact<{
  input: SetHiringTargetInput;
}>;


export type SetHiringTargetMutation = { setHiringTarget: { ' $fragmentRefs'?: { 'PartnershipFieldsFragment': PartnershipFieldsFragment } } };

export type CreateHiringNeedMutationVariables = Exact<{
  input: CreateHiringNeedInput;
}>;


export type CreateHiringNeedMutation = { createHiringNeed: { ' $fragmentRefs'?: { 'PartnerHiringNeedFieldsFragment': PartnerHiringNeedFieldsFragment } } };

export type UpdateHiringNeedMutationVariables = Exact<{
  input: UpdateHiringNeedInput;
}>;


export type UpdateHiringNeedMutation = { updateHiringNeed: { ' $fragmentRefs'?: { 'PartnerHiringNeedFieldsFragment': PartnerHiringNeedFieldsFragment } } };

export type SavePartnershipGroupMutationVariables = Exact<{
  input: SavePartnershipGroupInput;
}>;


export type SavePartnershipGroupMutation = { savePartnershipGroup: { ' $fragmentRefs'?: { 'PartnershipGroupFieldsFragment': PartnershipGroupFieldsFragment } } };

export type DeletePartnershipGroupMutationVariables = Exact<{
  input: DeletePartnershipGroupInput;
}>;


export type DeletePartnershipGroupMutation = { deletePartnershipGroup: Array<{ ' $fragmentRefs'?: { 'PartnershipFieldsFragment': PartnershipFieldsFragment } }> };

export type SetSharedHiringTargetMutationVariables = Exact<{
  input: SetSharedHiringTargetInput;
}>;


export type SetSharedHiringTargetMutation = { setSharedHiringTarget: { ' $fragmentRefs'?: { 'PartnershipGroupFieldsFragment': PartnershipGroupFieldsFragment } } };

export type PersonHeaderQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonHeaderQuery = { person: { id: string, firstName: string, lastName: string, age: number, stage: PathwayStage, version: number, counsellor: { id: string, fullName: string } | null, passIae: { id: string, endDate: string, statusLabel: string } | null, alerts: Array<{ code: string, label: string, severity: string, message: string, dueDate: string | null }> } };

export type PersonPathwayQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonPathwayQuery = { person: { id: string, stage: PathwayStage, version: number, nextStageGate: { toStage: PathwayStage, missing: Array<string> } | null, stageHistory: Array<{ id: string, fromStage: PathwayStage | null, toStage: PathwayStage, effectiveOn: string, reason: string | null, overrideReason: string | null, missingEvidence: Array<string>, author: { id: string, fullName: string } | null }>, timeline: Array<{ id: string, date: string, kind: string, kindLabel: string, title: string, detail: string | null, confidential: boolean }> } };

export type ChangeStageMutationVariables = Exact<{
  input: ChangeStageInput;
}>;


export type ChangeStageMutation = { changeStage: { id: string, stage: PathwayStage, version: number } };

export type PersonSearchQueryVariables = Exact<{
  search: string;
}>;


export type PersonSearchQuery = { persons: { totalCount: number, edges: Array<{ node: { id: string, firstName: string, lastName: string, counsellor: { id: string, fullName: string } | null } }> } };

export type PersonsQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PersonsQuery = { persons: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, firstName: string, lastName: string, age: number, stage: PathwayStage, city: string | null, nextDeadline: string | null, counsellor: { id: string, fullName: string } | null, alerts: Array<{ code: string, label: string, severity: string, message: string }> } }> } };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { person: { id: string, version: number, firstName: string, lastName: string, birthDate: string, age: number, sex: string | null, stage: PathwayStage, email: string | null, phone: string | null, addressLine: string | null, postalCode: string | null, city: string | null, updatedAt: string, counsellor: { id: string, fullName: string } | null } };

export type CounsellorsQueryVariables = Exact<{ [key: string]: never; }>;


export type CounsellorsQuery = { counsellors: Array<{ id: string, fullName: string, role: Role }> };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string, firstName: string, lastName: string } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, version: number, firstName: string, lastName: string, birthDate: string, age: number, sex: string | null, stage: PathwayStage, email: string | null, phone: string | null, addressLine: string | null, postalCode: string | null, city: string | null, updatedAt: string, counsellor: { id: string, fullName: string } | null } };

export type PortalMissionMonthsFragment = { id: string, months: Array<{ month: string, minutes: number }> } & { ' $fragmentName'?: 'PortalMissionMonthsFragment' };

export type PortalHiringNeedFieldsFragment = { id: string, jobTitle: string, positions: number, startDate: string, requirements: string | null, status: string, statusLabel: string, enteredByPartner: boolean, sharedWithPartners: boolean, version: number, site: { id: string, name: string, city: string | null } | null } & { ' $fragmentName'?: 'PortalHiringNeedFieldsFragment' };

export type PortalProposalFieldsFragment = { id: string, status: string, statusLabel: string, proposedAt: string, structureName: string, traineeName: string, certificationTitle: string | null, decidedAt: string | null, declineReason: string | null, declineReasonLabel: string | null, decisionComment: string | null, version: number, hiringNeed: { id: string, jobTitle: string, startDate: string, site: { id: string, name: string, city: string | null } | null } } & { ' $fragmentName'?: 'PortalProposalFieldsFragment' };

export type PortalMissionFieldsFragment = { id: string, structureName: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, hoursStatus: string, hoursStatusLabel: string, hoursReviewComment: string | null, hoursReviewedAt: string | null, traineeName: string | null, version: number } & { ' $fragmentName'?: 'PortalMissionFieldsFragment' };

export type PortalOverviewQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type PortalOverviewQuery = { portalOverview: { organisationName: string, proposalsAwaitingDecision: number, hoursAwaitingConfirmation: number, progress: { year: number, target: number | null, hires: number, ownHires: number, rateBp: number | null, shared: boolean, groupName: string | null, sharedWith: Array<string> }, partnerships: Array<{ structureName: string, progress: { year: number, target: number | null, hires: number, ownHires: number, rateBp: number | null, shared: boolean, groupName: string | null, sharedWith: Array<string> } }> } };

export type PortalProposalsQueryVariables = Exact<{
  status?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type PortalProposalsQuery = { portalProposals: { totalCount: number, items: Array<(
      { id: string, status: string }
      & { ' $fragmentRefs'?: { 'PortalProposalFieldsFragment': PortalProposalFieldsFragment } }
    )> } };

export type PortalMissionsQueryVariables = Exact<{
  hoursStatus?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type PortalMissionsQuery = { portalMissions: { totalCount: number, items: Array<(
      { id: string, version: number, hoursStatus: string, minutes: number }
      & { ' $fragmentRefs'?: { 'PortalMissionFieldsFragment': PortalMissionFieldsFragment;'PortalMissionMonthsFragment': PortalMissionMonthsFragment } }
    )> } };

export type PortalHiringNeedsQueryVariables = Exact<{
  status?: string | null | undefined;
}>;


export type PortalHiringNeedsQuery = { portalHiringNeeds: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'PortalHiringNeedFieldsFragment': PortalHiringNeedFieldsFragment } }
  )> };

export type PortalSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSitesQuery = { portalSites: Array<{ id: string, name: string, addressLine: string | null, postalCode: string | null, city: string | null, version: number }> };

export type PortalProposalEventFieldsFragment = { id: string, kind: string, kindLabel: string, occurredAt: string, actorLabel: string, reason: string | null, reasonLabel: string | null, comment: string | null } & { ' $fragmentName'?: 'PortalProposalEventFieldsFragment' };

export type PortalProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalProposalQuery = { portalProposal: { proposal: (
      { id: string, status: string, statusLabel: string, structureName: string, proposedAt: string, hiringNeed: { id: string, jobTitle: string, startDate: string, site: { id: string, name: string, city: string | null } | null } }
      & { ' $fragmentRefs'?: { 'PortalProposalFieldsFragment': PortalProposalFieldsFragment } }
    ), card: { displayName: string, phone: string | null, email: string | null, structureName: string, message: string | null, certification: { title: string, code: string | null, statusLabel: string, obtained: boolean, blocks: Array<{ code: string, title: string, levelLabel: string | null, evaluatedOn: string | null, resultLabel: string | null }> } | null, evaluations: Array<{ blockTitle: string, levelLabel: string, evaluatedOn: string, evaluatorName: string, comment: string | null }>, training: { attendedMinutes: number, plannedMinutes: number | null }, missions: Array<{ id: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, hoursStatus: string, hoursStatusLabel: string, tutorFeedback: string | null }> }, events: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'PortalProposalEventFieldsFragment': PortalProposalEventFieldsFragment } }
    )> } };

export type PortalDecideProposalMutationVariables = Exact<{
  input: DecideProposalInput;
}>;


export type PortalDecideProposalMutation = { portalDecideProposal: { proposal: { ' $fragmentRefs'?: { 'PortalProposalFieldsFragment': PortalProposalFieldsFragment } }, card: { displayName: string, phone: string | null, email: string | null, structureName: string, message: string | null, certification: { title: string, code: string | null, statusLabel: string, obtained: boolean, blocks: Array<{ code: string, title: string, levelLabel: string | null, evaluatedOn: string | null, resultLabel: string | null }> } | null, evaluations: Array<{ blockTitle: string, levelLabel: string, evaluatedOn: string, evaluatorName: string, comment: string | null }>, training: { attendedMinutes: number, plannedMinutes: number | null }, missions: Array<{ id: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, hoursStatus: string, hoursStatusLabel: string, tutorFeedback: string | null }> }, events: Array<{ ' $fragmentRefs'?: { 'PortalProposalEventFieldsFragment': PortalProposalEventFieldsFragment } }> } };

export type PortalConfirmMissionHoursMutationVariables = Exact<{
  input: ConfirmMissionHoursInput;
}>;


export type PortalConfirmMissionHoursMutation = { portalConfirmMissionHours: Array<{ ' $fragmentRefs'?: { 'PortalMissionFieldsFragment': PortalMissionFieldsFragment } }> };

export type PortalDisputeMissionHoursMutationVariables = Exact<{
  input: DisputeMissionHoursInput;
}>;


export type PortalDisputeMissionHoursMutation = { portalDisputeMissionHours: { ' $fragmentRefs'?: { 'PortalMissionFieldsFragment': PortalMissionFieldsFragment } } };

export type PortalCreateHiringNeedMutationVariables = Exact<{
  input: PortalCreateHiringNeedInput;
}>;


export type PortalCreateHiringNeedMutation = { portalCreateHiringNeed: { ' $fragmentRefs'?: { 'PortalHiringNeedFieldsFragment': PortalHiringNeedFieldsFragment } } };

export type PortalUpdateHiringNeedMutationVariables = Exact<{
  input: UpdateHiringNeedInput;
}>;


export type PortalUpdateHiringNeedMutation = { portalUpdateHiringNeed: { ' $fragmentRefs'?: { 'PortalHiringNeedFieldsFragment': PortalHiringNeedFieldsFragment } } };

export type PortalShareHiringNeedMutationVariables = Exact<{
  input: ShareHiringNeedInput;
}>;


export type PortalShareHiringNeedMutation = { portalShareHiringNeed: { ' $fragmentRefs'?: { 'PortalHiringNeedFieldsFragment': PortalHiringNeedFieldsFragment } } };

export type PortalCreateSiteMutationVariables = Exact<{
  input: CreatePartnerSiteInput;
}>;


export type PortalCreateSiteMutation = { portalCreateSite: { id: string, name: string, addressLine: string | null, postalCode: string | null, city: string | null, version: number } };

export type SignInPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInPolicyQuery = { me: { id: string, structure: { id: string, name: string, passwordSignInAllowed: boolean } | null } };

export type SetPasswordSignInAllowedMutationVariables = Exact<{
  allowed: boolean;
}>;


export type SetPasswordSignInAllowedMutation = { setPasswordSignInAllowed: { id: string, passwordSignInAllowed: boolean } };

export type HiringNeedOptionFieldsFragment = { id: string, jobTitle: string, positions: number, startDate: string, status: string, statusLabel: string, partnerOrganisation: { id: string, name: string }, site: { id: string, name: string, city: string | null } | null } & { ' $fragmentName'?: 'HiringNeedOptionFieldsFragment' };

export type ProposalFieldsFragment = { id: string, personId: string, status: string, statusLabel: string, consentGivenOn: string, shareFullName: boolean, shareContact: boolean, consentWithdrawnAt: string | null, message: string | null, proposedAt: string, decidedAt: string | null, declineReason: string | null, declineReasonLabel: string | null, decisionComment: string | null, withdrawnAt: string | null, withdrawalReason: string | null, version: number, hiringNeed: { id: string, jobTitle: string, startDate: string, partnerOrganisation: { id: string, name: string }, site: { id: string, name: string, city: string | null } | null }, hire: { id: string, contractTypeLabel: string, startDate: string, weeklyMinutes: number, jobTitle: string | null } | null, events: Array<{ id: string, kind: string, kindLabel: string, occurredAt: string, actorLabel: string, reason: string | null, reasonLabel: string | null, comment: string | null }> } & { ' $fragmentName'?: 'ProposalFieldsFragment' };

export type PersonProposalsQueryVariables = Exact<{
  personId: string | number;
}>;


export type PersonProposalsQuery = { proposals: Array<(
    { id: string, status: string, hiringNeed: { id: string } }
    & { ' $fragmentRefs'?: { 'ProposalFieldsFragment': ProposalFieldsFragment } }
  )> };

export type OpenHiringNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenHiringNeedsQuery = { hiringNeeds: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'HiringNeedOptionFieldsFragment': HiringNeedOptionFieldsFragment } }
  )> };

export type ProposalPreviewQueryVariables = Exact<{
  input: ProposalPreviewInput;
}>;


export type ProposalPreviewQuery = { proposalPreview: { displayName: string, phone: string | null, email: string | null, structureName: string, message: string | null, certification: { title: string, code: string | null, statusLabel: string, obtained: boolean, blocks: Array<{ code: string, title: string, levelLabel: string | null, evaluatedOn: string | null, resultLabel: string | null }> } | null, evaluations: Array<{ blockTitle: string, levelLabel: string, evaluatedOn: string, evaluatorName: string, comment: string | null }>, training: { attendedMinutes: number, plannedMinutes: number | null }, missions: Array<{ id: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, hoursStatus: string, hoursStatusLabel: string, tutorFeedback: string | null }> } };

export type ProposeTraineeMutationVariables = Exact<{
  input: ProposeTraineeInput;
}>;


export type ProposeTraineeMutation = { proposeTrainee: { ' $fragmentRefs'?: { 'ProposalFieldsFragment': ProposalFieldsFragment } } };

export type WithdrawProposalMutationVariables = Exact<{
  input: WithdrawProposalInput;
}>;


export type WithdrawProposalMutation = { withdrawProposal: { ' $fragmentRefs'?: { 'ProposalFieldsFragment': ProposalFieldsFragment } } };

export type WithdrawProposalConsentMutationVariables = Exact<{
  input: WithdrawProposalConsentInput;
}>;


export type WithdrawProposalConsentMutation = { withdrawProposalConsent: { ' $fragmentRefs'?: { 'ProposalFieldsFragment': ProposalFieldsFragment } } };

export type RecordHireFromProposalMutationVariables = Exact<{
  input: RecordHireFromProposalInput;
}>;


export type RecordHireFromProposalMutation = { recordHireFromProposal: { ' $fragmentRefs'?: { 'ProposalFieldsFragment': ProposalFieldsFragment } } };

export type TraineeCardFieldsFragment = { displayName: string, phone: string | null, email: string | null, structureName: string, message: string | null, certification: { title: string, code: string | null, statusLabel: string, obtained: boolean, blocks: Array<{ code: string, title: string, levelLabel: string | null, evaluatedOn: string | null, resultLabel: string | null }> } | null, evaluations: Array<{ blockTitle: string, levelLabel: string, evaluatedOn: string, evaluatorName: string, comment: string | null }>, training: { attendedMinutes: number, plannedMinutes: number | null }, missions: Array<{ id: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, hoursStatus: string, hoursStatusLabel: string, tutorFeedback: string | null }> } & { ' $fragmentName'?: 'TraineeCardFieldsFragment' };

export type ReplacementRequestFieldsFragment = { id: string, status: string, statusLabel: string, jobLabel: string, startsAt: string, endsAt: string, minutes: number, answerBy: string, requiredClearances: Array<string>, minLevelLabel: string, requiredBlocks: Array<{ id: string, code: string, title: string }> } & { ' $fragmentName'?: 'ReplacementRequestFieldsFragment' };

export type ReplacementRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplacementRequestsQuery = { replacementRequests: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'ReplacementRequestFieldsFragment': ReplacementRequestFieldsFragment } }
  )> };

export type ReplacementCandidatesQueryVariables = Exact<{
  requestId: string | number;
}>;


export type ReplacementCandidatesQuery = { replacementCandidates: { request: (
      { id: string, status: string }
      & { ' $fragmentRefs'?: { 'ReplacementRequestFieldsFragment': ReplacementRequestFieldsFragment } }
    ), candidates: Array<{ personId: string, firstName: string, lastName: string, score: number, distanceKm: number | null, travelMinutes: number | null, reasons: Array<{ kind: string, ok: boolean, text: string }> }>, excluded: Array<{ personId: string, firstName: string, lastName: string, reasons: Array<{ kind: string, ok: boolean, text: string }> }>, offers: Array<{ personId: string, status: string }> } };

export type SendReplacementOffersMutationVariables = Exact<{
  input: SendReplacementOffersInput;
}>;


export type SendReplacementOffersMutation = { sendReplacementOffers: Array<{ id: string, personId: string, status: string }> };

export type RequiredBlockChoiceFragment = { id: string, title: string, blocks: Array<{ id: string, code: string, title: string }> } & { ' $fragmentName'?: 'RequiredBlockChoiceFragment' };

export type PortalReplacementFormQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalReplacementFormQuery = { portalReplacementStructures: Array<{ id: string, name: string }>, portalSites: Array<{ id: string, name: string, city: string | null }>, portalCertifications: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'RequiredBlockChoiceFragment': RequiredBlockChoiceFragment } }
  )> };

export type ReplacementRequestFormQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplacementRequestFormQuery = { partnerships: Array<{ id: string, endedOn: string | null, partnerOrganisation: { id: string, name: string }, sites: Array<{ id: string, name: string, city: string | null }> }>, certifications: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'RequiredBlockChoiceFragment': RequiredBlockChoiceFragment } }
  )> };

export type RequestReplacementMutationVariables = Exact<{
  input: RequestReplacementInput;
}>;


export type RequestReplacementMutation = { requestReplacement: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ReplacementRequestFieldsFragment': ReplacementRequestFieldsFragment } }
  ) };

export type PortalReplacementRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalReplacementRequestsQuery = { portalReplacementRequests: Array<(
    { id: string, status: string }
    & { ' $fragmentRefs'?: { 'ReplacementRequestFieldsFragment': ReplacementRequestFieldsFragment } }
  )> };

export type PortalRequestReplacementMutationVariables = Exact<{
  input: PortalRequestReplacementInput;
}>;


export type PortalRequestReplacementMutation = { portalRequestReplacement: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ReplacementRequestFieldsFragment': ReplacementRequestFieldsFragment } }
  ) };

export type ReplacementOfferQueryVariables = Exact<{
  token: string;
}>;


export type ReplacementOfferQuery = { replacementOffer: { firstName: string, jobLabel: string, organisationName: string, siteCity: string | null, startsAt: string, endsAt: string, minutes: number, answerBy: string, status: string, answerable: boolean, message: string | null } };

export type AnswerReplacementOfferMutationVariables = Exact<{
  input: AnswerReplacementOfferInput;
}>;


export type AnswerReplacementOfferMutation = { answerReplacementOffer: { status: string, answerable: boolean, message: string | null } };

export type PortalReplacementCardQueryVariables = Exact<{
  requestId: string | number;
}>;


export type PortalReplacementCardQuery = { portalReplacementCard: { displayName: string, phone: string | null, email: string | null, structureName: string, message: string | null, certification: { title: string, code: string | null, statusLabel: string, obtained: boolean, blocks: Array<{ code: string, title: string, levelLabel: string | null, evaluatedOn: string | null, resultLabel: string | null }> } | null, evaluations: Array<{ blockTitle: string, levelLabel: string, evaluatedOn: string, evaluatorName: string, comment: string | null }>, training: { attendedMinutes: number, plannedMinutes: number | null }, missions: Array<{ id: string, kindLabel: string, site: string | null, startDate: string, endDate: string, minutes: number, hoursStatus: string, hoursStatusLabel: string, tutorFeedback: string | null }> } };

export type ReplacementStatsQueryVariables = Exact<{
  year: number;
}>;


export type ReplacementStatsQuery = { replacementStats: { year: number, requests: number, filled: number, medianMinutesToFill: number | null, byEmployer: Array<{ partnerOrganisationId: string, name: string, requests: number, filled: number, fillRate: number }> } };

export type ReportJobFieldsFragment = { id: string, kind: string, kindLabel: string, agreementId: string | null, partnershipId: string | null, status: string, statusLabel: string, progress: number, progressLabel: string | null, periodStart: string, periodEnd: string, subjectLabel: string, requestedBy: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, error: string | null, figuresSha256: string | null, pdfSha256: string | null, xlsxSha256: string | null, pdfPages: number | null, pdfUrl: string | null, xlsxUrl: string | null } & { ' $fragmentName'?: 'ReportJobFieldsFragment' };

export type ReportSubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportSubjectsQuery = { reportSubjects: { agreements: Array<{ id: string, reference: string, title: string, funderName: string, funderKind: string, reportKind: string | null, startDate: string, endDate: string }>, partnerships: Array<{ id: string, partnerName: string }> } };

export type ReportJobsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReportJobsQuery = { reportJobs: Array<(
    { id: string, status: string, kind: string, kindLabel: string, subjectLabel: string, agreementId: string | null, partnershipId: string | null, periodStart: string, periodEnd: string }
    & { ' $fragmentRefs'?: { 'ReportJobFieldsFragment': ReportJobFieldsFragment } }
  )> };

export type GenerateReportMutationVariables = Exact<{
  input: GenerateReportInput;
}>;


export type GenerateReportMutation = { generateReport: (
    { id: string, kindLabel: string, subjectLabel: string }
    & { ' $fragmentRefs'?: { 'ReportJobFieldsFragment': ReportJobFieldsFragment } }
  ) };

export type PersonDataRetentionQueryVariables = Exact<{
  personId: string | number;
}>;


export type PersonDataRetentionQuery = { personDataRetention: { personId: string, lastContactOn: string | null, anonymisationOn: string | null, legalHoldReason: string | null, legalHoldUntil: string | null, fseHoldUntil: string | null, noticeSentAt: string | null, anonymisedAt: string | null } };

export type SetPersonLegalHoldMutationVariables = Exact<{
  input: SetPersonLegalHoldInput;
}>;


export type SetPersonLegalHoldMutation = { setPersonLegalHold: { personId: string, lastContactOn: string | null, anonymisationOn: string | null, legalHoldReason: string | null, legalHoldUntil: string | null, fseHoldUntil: string | null, noticeSentAt: string | null, anonymisedAt: string | null } };

export type LiftPersonLegalHoldMutationVariables = Exact<{
  input: LiftPersonLegalHoldInput;
}>;


export type LiftPersonLegalHoldMutation = { liftPersonLegalHold: { personId: string, lastContactOn: string | null, anonymisationOn: string | null, legalHoldReason: string | null, legalHoldUntil: string | null, fseHoldUntil: string | null, noticeSentAt: string | null, anonymisedAt: string | null } };
