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

/**
 * graphql-js's refusals of an input's shape, in French (outside production; there, nothing of the schema is named):
 * a field the input type does not have, a required field left out.
 */
export function frenchInputMessage(message: string): string | null {
  const unknown = /Field "([^"]+)" is not defined by type "([^"]+)"/.exec(message);
  if (unknown) return `Le champ « ${unknown[1]} » n’existe pas dans « ${unknown[2]} » : retirez-le de la saisie.`;
  const missing = /Field "([^".]+)\.([^"]+)" of required type "([^"]+)" was not provided/.exec(message);
  if (missing) return `Le champ « ${missing[2]} » de « ${missing[1]} » est obligatoire.`;
  return null;
}

/** The message a malformed request gets back (Apollo's own, in English, is kept for developers outside production). */
function clientMessage(code: string, message: string, original: unknown, { hideSchemaDetails }: FormatErrorOptions) {
  if (original instanceof QueryLimitError) return message;
  if (code === 'GRAPHQL_PARSE_FAILED') return tokenLimitMessage(message) ?? message;
  if (!hideSchemaDetails) return frenchInputMessage(message) ?? message;
  if (code === 'GRAPHQL_VALIDATION_FAILED') return ERROR_MESSAGES.queryInvalid;
  if (code === 'BAD_USER_INPUT') return ERROR_MESSAGES.queryVariablesInvalid; // variables Apollo could not coerce
  return message;
}

/**
 * A PostgreSQL data exception (SQLSTATE class 22: a number out of range, a malformed value, a NUL byte): the input
 * was refused by the database, its transaction rolled back. The input guard and the validators should have refused
 * it first, so it is still logged (warning) to be fixed at its field; the caller gets a BAD_USER_INPUT, not an
 * internal error.
 */
export function isDataException(e: unknown): boolean {
  const err = e as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = err?.driverError?.code ?? err?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
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
    if (isDataException(original)) {
      logger.warn({
        msg: 'Valeur refusée par la base de données',
        err: original instanceof Error ? { message: original.message } : original,
        path: formatted.path,
      });
      // An id that is no UUID names nothing: not found, as an id of another structure (the services' convention).
      const malformedId = original instanceof Error && /invalid input syntax for type uuid/.test(original.message);
      return malformedId
        ? { message: ERROR_MESSAGES.notFound, path: formatted.path, extensions: { code: ErrorCode.NOT_FOUND } }
        : {
            message: ERROR_MESSAGES.invalidValue,
            path: formatted.path,
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          };
    }
    // graphql-js stops coercing variables after 50 errors with an error of its own, without a code.
    if (/^Too many errors processing variables/.test(formatted.message))
      return {
        message: ERROR_MESSAGES.tooManyVariableErrors, // names nothing of the schema: production too
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
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
