import { Role } from './roles';

/**
 * Accounts: passwords, invitations, structures (issue 15, points 1–4). Rules shared by the API and the web app;
 * docs/security.md (« Mots de passe », « Invitations et liens à usage unique ») says where each comes from.
 */

/** CNIL, délibération n° 2022-100 du 21 juillet 2022, « Mot de passe seul » : 12 caractères au moins, entropie ≥ 80 bits. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn-ts score (0–4) a password must reach: 3 = « safely unguessable » (about 10^8 guesses or more). */
export const PASSWORD_MIN_SCORE = 3;

/** The rule, shown above the password field before anything is typed. */
export const PASSWORD_RULE =
  'Au moins 12 caractères, difficile à deviner : évitez les mots de passe courants, les suites (azerty, 123456), votre nom ou votre adresse e-mail. Une phrase de plusieurs mots est un bon choix.';

/** Lifetime of an invitation link (72 h) and of a « mot de passe oublié » link (1 h). */
export const INVITATION_LIFETIME_HOURS = 72;
export const PASSWORD_RESET_LIFETIME_MINUTES = 60;

/** The roles a structure's staff can be invited with, or moved to. */
export const STAFF_ROLES: readonly Role[] = [Role.DIRECTOR, Role.COUNSELLOR, Role.SUPERVISOR];

/** Départements: 01–95 with 2A/2B, overseas 971–976. */
export function isValidDepartement(value: string): boolean {
  return /^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/.test(value) && value !== '20';
}

export const ACCOUNT_MESSAGES = {
  passwordTooShort: `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`,
  passwordTooLong: `Le mot de passe est trop long (${PASSWORD_MAX_LENGTH} caractères au plus).`,
  passwordTooWeak: (hint: string | null) =>
    `Ce mot de passe est trop facile à deviner${hint ? ` : ${hint}` : '.'} Allongez-le, par exemple avec une phrase de plusieurs mots.`,
  passwordSameAsCurrent: 'Le nouveau mot de passe doit être différent de l’actuel.',
  currentPasswordWrong: 'Le mot de passe actuel est incorrect.',
  linkInvalid:
    'Ce lien n’est plus valable : il a déjà servi ou il a expiré. Demandez un nouveau lien (« Mot de passe oublié » ou une nouvelle invitation).',
  resetRequested:
    'Si un compte existe pour cette adresse, un e-mail vient de lui être envoyé avec un lien valable 1 heure. Pensez à regarder dans les indésirables.',
  emailTaken: 'Un compte existe déjà avec cette adresse e-mail.',
  staffNotFound: 'Ce compte n’existe pas ou n’appartient pas à votre structure.',
  structureNotFound: 'Cette structure n’existe pas.',
  structureInactive: 'Cette structure est désactivée : réactivez-la avant d’y inviter quelqu’un.',
  siretInvalid:
    'Le SIRET doit compter 14 chiffres et sa clé de contrôle (Luhn) doit être juste : vérifiez-le sur l’avis de situation Insee.',
  siretTaken: 'Une structure existe déjà avec ce SIRET.',
  departementInvalid: 'Saisissez le numéro du département : 01 à 95, 2A, 2B ou 971 à 976.',
  periodInvalid: 'La fin de la période doit être après son début.',
  structureConflict:
    'Cette structure a été modifiée entre-temps par quelqu’un d’autre : rechargez la page pour voir ses nouvelles valeurs, puis refaites votre modification.',
  roleNotStaff: 'Choisissez un rôle de l’équipe : direction, chargé·e d’insertion ou encadrant·e technique.',
  lastDirector:
    'La structure doit garder au moins une direction active : nommez ou invitez d’abord une autre personne à la direction.',
  notYourself: 'Vous ne pouvez pas désactiver votre propre compte.',
  administratorExists: 'Un compte administrateur existe déjà : admin:create ne sert qu’au premier démarrage.',
  mustChangePassword:
    'Votre mot de passe est provisoire : choisissez-en un nouveau (« Mon compte ») avant de continuer.',
} as const;
