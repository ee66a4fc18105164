import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, ERROR_MESSAGES } from '@tremplin/domain';
import { AppError } from '../errors/app-errors';
import { tokenLimitMessage } from './request-limits';

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

/**
 * Every error leaves with a code and a message meant for a person. Our own errors keep theirs; errors of the
 * GraphQL layer (bad query) keep theirs; anything else is logged with its stack and replaced by a neutral message,
 * so that internals never leak.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
    return {
      // The parser's token limit (request-limits.ts) is worded in French; Apollo's other messages are kept.
      message: (code === 'GRAPHQL_PARSE_FAILED' && tokenLimitMessage(formatted.message)) || formatted.message,
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
}
