import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type ChangedLine, ERROR_MESSAGES, type FieldError } from '@tremplin/domain';

/** What the API said about a failed operation, in the terms the screens need. */
export interface ApiProblem {
  code: string;
  message: string;
  fieldErrors: FieldError[];
}

export function problemOf(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as { code?: string; fieldErrors?: FieldError[] };
    return {
      code: ext.code ?? 'INTERNAL_SERVER_ERROR',
      message: first?.message ?? ERROR_MESSAGES.internal,
      fieldErrors: Array.isArray(ext.fieldErrors) ? ext.fieldErrors : [],
    };
  }
  return {
    code: 'NETWORK',
    message: 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez : votre saisie est conservée.',
    fieldErrors: [],
  };
}

export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
}

/**
 * The lines a multi-row editor sent that someone else changed since they were read (`extensions.changedLines` of a
 * CONFLICT), with what they hold now; empty for any other error.
 */
export function changedLinesOf<C, V = number>(error: unknown): ChangedLine<C, V>[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const first = error.errors[0];
  if (first?.extensions?.['code'] !== 'CONFLICT') return [];
  const raw = first.extensions['changedLines'];
  return Array.isArray(raw) ? (raw as ChangedLine<C, V>[]) : [];
}
