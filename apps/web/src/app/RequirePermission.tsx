import { Permission } from '@tremplin/domain';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { can, useCurrentUser } from './auth';

/** The addresses a partner reviewer (landlord) may open: their portal, and their own account. */
const PORTAL_SIDE = [/^\/$/, /^\/portail(\/|$)/, /^\/mon-compte\/?$/, /^\/compte\//];
const PORTAL = /^\/portail(\/|$)/;

/** Renders its children when the signed-in user holds `permission`; sends anyone else to `otherwise` (`/`). */
export function RequirePermission({
  permission,
  otherwise = '/',
  children,
}: {
  permission: Permission;
  otherwise?: string;
  children: ReactNode;
}) {
  const user = useCurrentUser();
  return can(user, permission) ? children : <Navigate to={otherwise} replace />;
}

/**
 * The two sides of the application never open each other's screens (inside `RequireAuth`, around the frame): a
 * partner reviewer who follows a counsellor's address (`/personnes`, `/sessions`, any staff screen, present or future)
 * lands on their portal, not on a counsellor's frame with an error; structure staff opening `/portail…` go home. The
 * API refuses the data either way (deny by default); this only spares the dead end.
 */
export function RequireOwnSide({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  if (can(user, Permission.PARTNER_PORTAL)) {
    return PORTAL_SIDE.some((p) => p.test(pathname)) ? children : <Navigate to="/portail" replace />;
  }
  if (PORTAL.test(pathname)) {
    return (
      <RequirePermission permission={Permission.PARTNER_PORTAL} otherwise="/">
        {children}
      </RequirePermission>
    );
  }
  return children;
}
