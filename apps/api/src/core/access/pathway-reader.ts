import { ERROR_MESSAGES, hasPermissions, Permission } from '@tremplin/domain';
import type { AuthUser, GqlContext } from '../auth/auth.types';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-errors';
import { canSeeSensitive } from './person-access';

/**
 * The caller of a pathway field added to `Person` (or to a record type). Field resolvers do not go through the global
 * guard — it guards root operations; `fieldResolverEnhancers` is off so that relation fields stay cheap — so every
 * pathway field calls this: PATHWAY_READ is required, the structure comes from the session to scope the field's
 * loader, and `sensitive` says whether sensitive data and confidential notes may be shown.
 */
export function pathwayReader(ctx: GqlContext): { auth: AuthUser; structureId: string; sensitive: boolean } {
  const auth = ctx.req.auth;
  if (!auth) throw new UnauthenticatedError();
  if (!hasPermissions(auth.role, [Permission.PATHWAY_READ])) throw new ForbiddenError();
  if (!auth.structureId) throw new ForbiddenError(ERROR_MESSAGES.noStructure);
  return { auth, structureId: auth.structureId, sensitive: canSeeSensitive(auth) };
}
