import { GraphQLError } from 'graphql';
import { type ChangedLine, ErrorCode, ERROR_MESSAGES, type FieldError } from '@tremplin/domain';

/** Errors the API returns on purpose. Their message is French and meant for the user. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message: string = ERROR_MESSAGES.unauthenticated) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string = ERROR_MESSAGES.forbidden) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(ErrorCode.NOT_FOUND, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extra);
  }
}

/**
 * CONFLICT of a multi-row editor: lines changed by someone else since the caller read them. `changedLines` names
 * each and what it holds now; nothing of the request is written (docs/domain/concurrent-edits.md).
 */
export class ChangedLinesError<C, V = number> extends ConflictError {
  constructor(message: string, changedLines: ChangedLine<C, V>[]) {
    super(message, { changedLines });
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterMinutes: number) {
    super(ErrorCode.RATE_LIMITED, ERROR_MESSAGES.rateLimited(retryAfterMinutes), { retryAfterMinutes });
  }
}

export class BadUserInputError extends AppError {
  constructor(fieldErrors: FieldError[], message?: string) {
    super(ErrorCode.BAD_USER_INPUT, message ?? summarize(fieldErrors), { fieldErrors });
  }
}

function summarize(fieldErrors: FieldError[]): string {
  if (fieldErrors.length === 1) return fieldErrors[0].message;
  return `${ERROR_MESSAGES.invalidInput} ${fieldErrors.map((f) => f.message).join(' ')}`;
}
