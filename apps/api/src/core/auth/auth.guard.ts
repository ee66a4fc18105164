import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCOUNT_MESSAGES, ErrorCode, ERROR_MESSAGES, hasPermissions, type Permission } from '@tremplin/domain';
import { AppError, ForbiddenError, UnauthenticatedError } from '../errors/app-errors';
import {
  DURING_TWO_FACTOR_ENROLMENT_KEY,
  PERMISSIONS_KEY,
  PUBLIC_KEY,
  requestOf,
  TEMPORARY_PASSWORD_KEY,
} from './auth.decorators';
import { SessionService } from './session.service';

/**
 * The global guard: every resolver and controller is refused unless it is marked `@Public()` or `@Allow(...)`,
 * and `@Allow` requires a live session whose role holds the permissions.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const permissions = this.reflector.getAllAndOverride<Permission[] | undefined>(PERMISSIONS_KEY, targets);
    const req = requestOf(context);

    if (isPublic) {
      // Public operations still see who is signed in (sign-out, for instance), but never require it.
      req.auth = await this.sessions.resolve(req);
      return true;
    }
    if (!permissions) {
      this.logger.warn(
        `Opération sans règle d'accès refusée : ${context.getClass().name}.${context.getHandler().name}`,
      );
      throw new ForbiddenError(ERROR_MESSAGES.noAccessPolicy);
    }
    const auth = await this.sessions.resolve(req);
    req.auth = auth;
    if (!auth) throw new UnauthenticatedError();
    if (auth.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(TEMPORARY_PASSWORD_KEY, targets))
      throw new ForbiddenError(ACCOUNT_MESSAGES.mustChangePassword);
    if (!hasPermissions(auth.role, permissions)) throw new ForbiddenError();
    if (auth.mustEnrolTwoFactor && !this.reflector.getAllAndOverride<boolean>(DURING_TWO_FACTOR_ENROLMENT_KEY, targets))
      throw new AppError(ErrorCode.TWO_FACTOR_ENROLMENT_REQUIRED, ERROR_MESSAGES.twoFactorEnrolmentRequired);
    return true;
  }
}
