import type { Request, Response } from 'express';
import type { Role } from '@tremplin/domain';

/** The signed-in user of a request, as resolved from the session cookie. */
export interface AuthUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  structureId: string | null;
  partnerOrganisationId: string | null;
  sessionId: string;
  /** A one-time password shown to an administrator: only `me`, `changePassword` and `signOut` until it is replaced. */
  mustChangePassword?: boolean;
}

export interface AuthenticatedRequest extends Request {
  /** Resolved once per request (several root fields share it). */
  authPromise?: Promise<AuthUser | null>;
  auth?: AuthUser | null;
}

export const SESSION_COOKIE = 'tremplin_session';

import type { Loaders } from '../graphql/data-loaders';

export interface GqlContext {
  req: AuthenticatedRequest;
  res: Response;
  loaders: Loaders;
}
