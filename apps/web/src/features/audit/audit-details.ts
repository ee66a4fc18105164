import {
  AUDIT_ACTION_LABELS,
  DECLINE_REASON_LABELS,
  formatIsoDateFr,
  formatMinutes,
  HIRE_CONTRACT_TYPE_LABELS,
  MISSION_HOURS_STATUS_LABELS,
  PROPOSAL_DECISION_LABELS,
  PROPOSAL_STATUS_LABELS,
} from '@tremplin/domain';

/** Names of the keys the API writes in an audit entry's details, in French. */
const KEY_LABELS: Record<string, string> = {
  operation: 'écran',
  fields: 'données',
  decision: 'décision',
  declineReason: 'motif',
  comment: 'commentaire',
  reason: 'motif',
  count: 'nombre',
  before: 'avant',
  after: 'après',
  previousStatus: 'statut précédent',
  status: 'statut',
  startDate: 'début',
  endDate: 'fin',
  minutes: 'heures',
  weeklyMinutes: 'heures par semaine',
  contractType: 'contrat',
  shareFullName: 'nom complet partagé',
  shareContact: 'coordonnées partagées',
  // Account security (two-factor, « Mes sessions »).
  recoveryCodes: 'codes de secours',
  step: 'étape',
  codeKind: 'code saisi',
  scope: 'sessions',
  proof: 'confirmé par',
};

/** Values whose meaning depends on their key (account security). */
const VALUE_LABELS_BY_KEY: Record<string, Record<string, string>> = {
  step: {
    SIGN_IN: 'connexion',
    RECOVERY_CODES_RENEWAL: 'renouvellement des codes de secours',
    DISABLE: 'désactivation',
  },
  codeKind: { APP: 'code de l’application', RECOVERY: 'code de secours' },
  scope: { ONE: 'une session', OTHERS: 'toutes les autres' },
  proof: { CODE: 'code de l’application', PASSWORD: 'mot de passe' },
};

/** The fields a partner was shown (`fields`), as the director reads them. */
const FIELD_LABELS: Record<string, string> = {
  traineeName: 'nom',
  displayName: 'nom',
  structureName: 'structure',
  phone: 'téléphone',
  email: 'adresse e-mail',
  message: 'message de la structure',
  certification: 'certification visée',
  certificationTitle: 'certification visée',
  evaluations: 'évaluations',
  training: 'heures de formation',
  missions: 'missions chez l’employeur',
  kindLabel: 'type de mission',
  site: 'site',
  startDate: 'début',
  endDate: 'fin',
  minutes: 'heures',
  hoursStatus: 'statut des heures',
  hoursReviewComment: 'commentaire sur les heures',
};

/** Operations, as the director reads them. */
const OPERATION_LABELS: Record<string, string> = {
  portalProposal: 'fiche de la proposition (portail)',
  portalProposals: 'liste des propositions (portail)',
  portalMissions: 'heures de mission (portail)',
  portalDecideProposal: 'décision (portail)',
  portalConfirmMissionHours: 'confirmation des heures (portail)',
  portalDisputeMissionHours: 'contestation des heures (portail)',
  proposeTrainee: 'proposition à un employeur',
  withdrawProposal: 'retrait de la proposition',
  withdrawProposalConsent: 'retrait du consentement',
  recordHireFromProposal: 'embauche depuis la proposition',
  correctMissionHours: 'correction des heures',
};

const LABELS: Record<string, string> = {
  ...MISSION_HOURS_STATUS_LABELS,
  ...AUDIT_ACTION_LABELS,
  ...PROPOSAL_STATUS_LABELS,
  ...PROPOSAL_DECISION_LABELS,
  ...DECLINE_REASON_LABELS,
  ...HIRE_CONTRACT_TYPE_LABELS,
};

function show(key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map((v) => show(key, v)).join(', ');
  if (typeof value === 'object') return `(${formatObject(value as Record<string, unknown>)})`;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (/minutes$/i.test(key) && typeof value === 'number') return formatMinutes(value);
  if (typeof value === 'string') {
    if (key === 'operation') return OPERATION_LABELS[value] ?? value;
    if (key === 'fields') return FIELD_LABELS[value] ?? value;
    const byKey = VALUE_LABELS_BY_KEY[key]?.[value];
    if (byKey) return byKey;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIsoDateFr(value);
    return LABELS[value] ?? value;
  }
  return String(value);
}

/** Technical identifiers say nothing to a reader: the entry's line already names who and what. */
const hidden = (key: string) => key === 'id' || /Ids?$/.test(key);

function formatObject(obj: Record<string, unknown>): string {
  return Object.entries(obj)
    .filter(([k]) => !hidden(k))
    .map(([k, v]) => `${KEY_LABELS[k] ?? k} : ${show(k, v)}`)
    .join(' · ');
}

/**
 * An audit entry's details (JSON text from the API) as one readable line: `écran : fiche de la proposition (portail) ·
 * données : displayName, evaluations`. Identifiers are left out; text that is not a JSON object is shown as it is.
 */
export function formatAuditDetails(details: string | null | undefined): string {
  if (!details) return '—';
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return show('', parsed);
  return formatObject(parsed as Record<string, unknown>) || '—';
}
