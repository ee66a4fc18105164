import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, ERROR_MESSAGES } from '@tremplin/domain';
import { AppError } from '../errors/app-errors';
import { QueryLimitError, tokenLimitMessage } from './request-limits';

const logger = new Logger('GraphQL');

/** Codes Apollo itself produces for malformed requests; their message is safe to show. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface FormatErrorOptions {
  /**
   * Production: a query or variables the schema refuses get a French message that names nothing of the schema (no
   * field, type or argument, no « Did you mean »): introspection is closed there, error messages must not reopen it.
   */
  hideSchemaDetails: boolean;
}

/** The message a malformed request gets back (Apollo's own, in English, is kept for developers outside production). */
function clientMessage(code: string, message: string, original: unknown, { hideSchemaDetails }: FormatErrorOptions) {
  if (original instanceof QueryLimitError) return message;
  if (code === 'GRAPHQL_PARSE_FAILED') return tokenLimitMessage(message) ?? message;
  if (!hideSchemaDetails) return message;
  if (code === 'GRAPHQL_VALIDATION_FAILED') return ERROR_MESSAGES.queryInvalid;
  if (code === 'BAD_USER_INPUT') return ERROR_MESSAGES.queryVariablesInvalid; // variables Apollo could not coerce
  return message;
}

/**
 * Every error leaves with a code and a message meant for a person. Our own errors keep theirs; errors of the
 * GraphQL layer (bad query) keep theirs, hiding the schema in production; anything else is logged with its stack and
 * replaced by a neutral message, so that internals never leak.
 */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
      return {
        message: clientMessage(code, formatted.message, original, options),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    logger.error({
      msg: 'Erreur interne',
      err: original instanceof Error ? { message: original.message, stack: original.stack } : original,
      path: formatted.path,
    });
    return {
      message: ERROR_MESSAGES.internal,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
