import { countLabel } from './format';

/**
 * The error catalogue: every error the API returns carries one of these codes in `extensions.code`
 * and a French message a person can act on.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The password was right; the account asks for its second factor (docs/security.md, « Double authentification »). */
  TWO_FACTOR_REQUIRED = 'TWO_FACTOR_REQUIRED',
  /** The structure requires two-factor sign-in of this account, which has not enrolled yet: only enrolment is open. */
  TWO_FACTOR_ENROLMENT_REQUIRED = 'TWO_FACTOR_ENROLMENT_REQUIRED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export const ERROR_MESSAGES = {
  unauthenticated: 'Votre session a expiré ou vous n’êtes pas connecté·e. Connectez-vous pour continuer.',
  forbidden: 'Votre rôle ne permet pas cette action. Demandez l’accès à la direction de votre structure.',
  noAccessPolicy: 'Cette opération n’est pas ouverte.',
  noStructure: 'Votre compte n’est rattaché à aucune structure d’insertion : cette action lui est fermée.',
  noPartnerOrganisation: 'Votre compte n’est rattaché à aucun employeur partenaire : le portail lui est fermé.',
  badCredentials: 'Adresse e-mail ou mot de passe incorrect.',
  /** Given only once the password is right: it tells nothing to someone who does not know it. */
  passwordSignInDisabled:
    'Votre structure a choisi la connexion avec ProConnect : le mot de passe n’est plus accepté pour votre compte. Utilisez le bouton « S’identifier avec ProConnect ».',
  rateLimited: (minutes: number) =>
    `Trop de tentatives de connexion. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  twoFactorRequired:
    'Saisissez le code à 6 chiffres de votre application d’authentification pour terminer la connexion.',
  twoFactorEnrolmentRequired:
    'Votre structure exige la double authentification pour votre compte : activez-la pour continuer.',
  twoFactorBadCode:
    'Code incorrect ou déjà utilisé. Saisissez le code affiché maintenant par votre application, ou un code de secours.',
  twoFactorChallengeExpired:
    'La vérification a expiré (5 minutes) ou n’a pas été demandée. Saisissez de nouveau votre adresse e-mail et votre mot de passe.',
  invalidInput: 'Certains champs sont à corriger.',
  personNotFound: 'Cette personne est introuvable dans votre structure.',
  personConflict:
    'Cette fiche a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez-la pour voir ses changements : vos saisies ne sont pas enregistrées.',
  internal: 'Une erreur inattendue est survenue. Réessayez ; si elle persiste, signalez-la à votre administrateur.',
  /** A value the database refused as data (class 22: out of range, malformed) that no check had caught first. */
  invalidValue:
    'Une valeur saisie n’est pas acceptée (trop grande, mal formée ou hors des limites) : vérifiez la saisie. Rien n’a été enregistré.',
  /** graphql-js stopped reading the variables after 50 errors. */
  tooManyVariableErrors:
    'Requête refusée : trop de valeurs invalides dans ses variables (50 au moins). Corrigez les premières.',
  /** An id that is no UUID, which no service had checked first: not found, as an id of another structure. */
  notFound: 'Introuvable : cet identifiant ne désigne rien que vous puissiez voir.',
  invalidCursor: 'Le curseur de pagination est invalide : revenez à la première page.',
  pageSize: (max: number) => `La taille de page doit être comprise entre 1 et ${max}.`,
  pagingDirection: 'Utilisez soit first/after, soit last/before, pas les deux.',
  queryTooDeep: (max: number) =>
    `Requête trop imbriquée : ${countLabel(max, 'niveau', 'niveaux')} au plus. Demandez ces données en plusieurs requêtes.`,
  queryTooManyAliases: (max: number) =>
    `Requête refusée : ${countLabel(max, 'alias', 'alias')} au plus. Demandez ces données en plusieurs requêtes.`,
  queryTooManyDirectives: (max: number) =>
    `Requête refusée : ${countLabel(max, 'directive')} au plus. Retirez les directives en trop.`,
  queryTooLong: (max: number) =>
    `Requête trop longue : ${countLabel(max, 'élément')} au plus. Demandez ces données en plusieurs requêtes.`,
  queryTooCostly: (max: number) =>
    `Requête trop coûteuse : son coût estimé dépasse ${countLabel(max, 'unité')}. Demandez moins de lignes par page ou moins de listes imbriquées.`,
  /** Production: a query the schema refuses, without saying what the schema holds. */
  queryInvalid:
    'Requête refusée : elle ne correspond pas à l’API de Tremplin. Rechargez la page ; si le problème persiste, signalez-le à votre administrateur.',
  /** Production: variables of the wrong type or shape, without naming the schema's types or fields. */
  queryVariablesInvalid:
    'Requête refusée : ses variables ne correspondent pas à l’API de Tremplin. Rechargez la page ; si le problème persiste, signalez-le à votre administrateur.',
} as const;

/** One field that failed validation: `field` is the input field name, `message` says what to fix. */
export interface FieldError {
  field: string;
  message: string;
}
