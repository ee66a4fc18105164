import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ERROR_MESSAGES, type Permission } from '@tremplin/domain';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-errors';
import type { AuthenticatedRequest, AuthUser } from './auth.types';

export const PUBLIC_KEY = 'tremplin:public';
export const PERMISSIONS_KEY = 'tremplin:permissions';
export const DURING_TWO_FACTOR_ENROLMENT_KEY = 'tremplin:during-two-factor-enrolment';
export const TEMPORARY_PASSWORD_KEY = 'tremplin:temporary-password';

/** Open to anyone, signed in or not (sign-in, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Open to signed-in users whose role holds every listed permission. `@Allow()` with no permission opens the
 * operation to any signed-in user. An operation with neither `@Public` nor `@Allow` is refused (deny by default).
 */
export const Allow = (...permissions: Permission[]) => SetMetadata(PERMISSIONS_KEY, permissions);

/**
 * Also open to a signed-in user who must enrol in two-factor sign-in and has not yet (who they are, sign-out, the
 * enrolment itself, their sessions). Every other operation refuses them until they have enrolled.
 */
export const OpenDuringTwoFactorEnrolment = () => SetMetadata(DURING_TWO_FACTOR_ENROLMENT_KEY, true);

/**
 * Open to a user whose password is a one-time one to replace (`must_change_password`): reading who she is, changing
 * the password, signing out. Every other operation refuses her until she has chosen her own (docs/security.md).
 */
export const AllowWithTemporaryPassword = () => SetMetadata(TEMPORARY_PASSWORD_KEY, true);

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The signed-in user (the guard has resolved it). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const auth = requestOf(context).auth;
  if (!auth) throw new UnauthenticatedError();
  return auth;
});

/** The caller's structure id, from the session — never from input. Refused to users outside a structure. */
export const CurrentStructure = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const auth = requestOf(context).auth;
  if (!auth) throw new UnauthenticatedError();
  if (!auth.structureId) throw new ForbiddenError(ERROR_MESSAGES.noStructure);
  return auth.structureId;
});

/** The caller's partner organisation id, from the session — never from input. Refused to users outside one. */
export const CurrentPartner = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const auth = requestOf(context).auth;
  if (!auth) throw new UnauthenticatedError();
  if (!auth.partnerOrganisationId) throw new ForbiddenError(ERROR_MESSAGES.noPartnerOrganisation);
  return auth.partnerOrganisationId;
});
