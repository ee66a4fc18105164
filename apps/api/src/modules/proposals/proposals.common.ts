import { PROPOSAL_STATUS_LABELS, type ProposalStatus } from '@tremplin/domain';
import type { AuthUser } from '../../core/auth/auth.types';

/** Messages of proposals (unknown ids and other organisations' ids read the same). */
export const PROPOSAL_MESSAGES = {
  proposalNotFound: 'Cette proposition est introuvable.',
  needNotFound: 'Ce besoin de recrutement est introuvable : choisissez-le dans la liste.',
  conflict:
    'Cette proposition a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez la page : ' +
    'votre action n’est pas enregistrée.',
  notAwaitingDecision: 'Cette proposition n’attend plus de décision',
} as const;

/** `« Validé·e pour embauche »`: a status as a person reads it, quoted. */
export function statusName(status: string): string {
  return `« ${PROPOSAL_STATUS_LABELS[status as ProposalStatus] ?? status} »`;
}

/** « Claire Martin (Rouen Insertion) »: the actor of an event, copied at the time. */
export function actorLabel(user: AuthUser, organisationName: string | null): string {
  const name = `${user.firstName} ${user.lastName}`.trim();
  return (organisationName ? `${name} (${organisationName})` : name).slice(0, 300);
}

/** Notification titles are at most 200 characters. */
export function title(text: string): string {
  return text.length <= 200 ? text : `${text.slice(0, 199)}…`;
}

/** Whether a database error is the violation of the named unique constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && name === constraint;
}
