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
  /**
   * The structure requires two-factor sign-in of this account and it has not enrolled: only the operations marked
   * `@OpenDuringTwoFactorEnrolment()` are open (docs/security.md, « Double authentification »).
   */
  mustEnrolTwoFactor: boolean;
  /** A one-time password shown to an administrator: only `me`, `changePassword` and `signOut` until it is replaced. */
  mustChangePassword?: boolean;
}

export interface AuthenticatedRequest extends Request {
  /** Resolved once per request (several root fields share it). */
  authPromise?: Promise<AuthUser | null>;
  auth?: AuthUser | null;
}

export const SESSION_COOKIE = 'tremplin_session';
/** The pending second step of a sign-in (a few minutes; not a session). */
export const TWO_FACTOR_COOKIE = 'tremplin_2fa';

import type { Loaders } from '../graphql/data-loaders';

export interface GqlContext {
  req: AuthenticatedRequest;
  res: Response;
  loaders: Loaders;
}
