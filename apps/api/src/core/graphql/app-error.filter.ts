import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode } from '@tremplin/domain';
import { AppError } from '../errors/app-errors';

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * Refusals the API makes on purpose (unauthenticated, forbidden, not found, bad input, conflict) go straight to the
 * response. Without this filter Nest's external exception handler logs each of them at error level with a stack
 * trace, and anonymous traffic floods the error logs. Unexpected errors are not caught here: they are still logged,
 * once, by `formatError`.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter {
  catch(exception: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType() !== 'http') return exception; // GraphQL: becomes an entry of `errors`
    const code = String(exception.extensions['code']);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[code] ?? 400)
      .json({ code, message: exception.message });
  }
}
