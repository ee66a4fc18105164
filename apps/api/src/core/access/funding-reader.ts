import { ERROR_MESSAGES, hasPermissions, Permission } from '@tremplin/domain';
import type { AuthUser, GqlContext } from '../auth/auth.types';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-errors';
import { canSeeSensitive } from './person-access';

/**
 * The caller of a funding field (funders, agreements, consumption, allocations). Like `pathwayReader`: field
 * resolvers are not guarded, so each one calls this; FUNDING_READ is required and the structure comes from the session.
 */
export function fundingReader(ctx: GqlContext): { auth: AuthUser; structureId: string; sensitive: boolean } {
  const auth = ctx.req.auth;
  if (!auth) throw new UnauthenticatedError();
  if (!hasPermissions(auth.role, [Permission.FUNDING_READ])) throw new ForbiddenError();
  if (!auth.structureId) throw new ForbiddenError(ERROR_MESSAGES.noStructure);
  return { auth, structureId: auth.structureId, sensitive: canSeeSensitive(auth) };
}
