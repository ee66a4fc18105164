import { ErrorCode, type FieldError } from '@tremplin/domain';
import { AppError } from '../../core/errors/app-errors';
export { IsIsoDay, trim, trimOrNull } from '../../core/graphql/input-transforms';
export { fundingReader } from '../../core/access/funding-reader';
export { pathwayReader } from '../../core/access/pathway-reader';

/** Not-found and conflict messages of funding (unknown ids and another structure's ids read the same). */
export const FUNDING_MESSAGES = {
  funderNotFound: 'Ce financeur est introuvable dans votre structure.',
  agreementNotFound: 'Cette convention de financement est introuvable dans votre structure.',
  allocationNotFound: 'Cette imputation est introuvable dans votre structure.',
  sourceNotFound: 'Une des heures ou dépenses choisies est introuvable dans votre structure.',
  userNotFound: 'Ce membre de l’équipe est introuvable dans votre structure.',
  participantNotFound: 'Ce ou cette participant·e FSE+ est introuvable dans votre structure.',
  funderConflict:
    'Ce financeur a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez-le pour voir ses changements : vos saisies ne sont pas enregistrées.',
  agreementConflict:
    'Cette convention a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez-la pour voir ses changements : vos saisies ne sont pas enregistrées.',
  participantConflict:
    'Ces données FSE+ ont été modifiées par quelqu’un d’autre depuis que vous les avez ouvertes. Rechargez-les pour voir leurs changements : vos saisies ne sont pas enregistrées.',
} as const;

/** The figures of one source an allocation would fund beyond 100 % (`extensions.conflicts`). */
export interface AllocationConflictExtension {
  sourceId: string;
  totalQuantity: number;
  allocatedQuantity: number;
  requestedQuantity: number;
  remainingQuantity: number;
}

/** BAD_USER_INPUT refusing an over-allocation: the message lists the amounts, `conflicts` carries them. */
export class AllocationConflictError extends AppError {
  constructor(fieldErrors: FieldError[], message: string, conflicts: AllocationConflictExtension[]) {
    super(ErrorCode.BAD_USER_INPUT, message, { fieldErrors, conflicts });
  }
}

/** A PostgreSQL unique violation (two concurrent inserts of the same key). */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = err?.driverError?.code ?? err?.code;
  const name = err?.driverError?.constraint ?? err?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}
