import { useQuery } from '@apollo/client/react';
import { Center, Loader } from '@mantine/core';
import type { Permission } from '@tremplin/domain';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { MeDocument } from '../features/auth/graphql/auth.generated';
import type { MeQuery } from '../gql/graphql';
import { isUnauthenticated } from './graphql-errors';
import { ErrorPage } from '../pages/error/ErrorPage';

export type CurrentUser = MeQuery['me'];

const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only inside `RequireAuth`. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser hors de RequireAuth');
  return user;
}

export function can(user: CurrentUser, permission: Permission): boolean {
  return user.permissions.includes(permission);
}

/** Renders its children for a signed-in user; sends anyone else to the sign-in page, remembering where they were. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, error, loading } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const meId = data?.me?.id;
  // Offline data kept here for someone else is deleted when another person signs in (ADR 0014).
  useEffect(() => {
    if (meId) void import('../features/offline/offline-session').then((m) => m.forgetOtherOwner(meId));
  }, [meId]);
  // No answer from the server (offline reload of « Mon terrain »): the user kept by it on this device, if any.
  const unreachable = Boolean(error) && !CombinedGraphQLErrors.is(error);
  const [offlineMe, setOfflineMe] = useState<CurrentUser | null | undefined>(undefined);
  useEffect(() => {
    if (unreachable)
      void import('../features/offline/offline-session')
        .then((m) => m.offlineOwner())
        .then((owner) => setOfflineMe((owner?.me as CurrentUser | undefined) ?? null));
  }, [unreachable]);
  if (!data?.me && unreachable && offlineMe)
    return <CurrentUserContext.Provider value={offlineMe}>{children}</CurrentUserContext.Provider>;
  // A one-time password must be replaced before anything else (the API refuses every other operation).
  if (data?.me?.mustChangePassword && location.pathname !== '/mon-compte') return <Navigate to="/mon-compte" replace />;
  if (data?.me) return <CurrentUserContext.Provider value={data.me}>{children}</CurrentUserContext.Provider>;
  if (error && isUnauthenticated(error)) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/connexion${back !== '/' ? `?retour=${encodeURIComponent(back)}` : ''}`} replace />;
  }
  if (error && !(unreachable && offlineMe === undefined)) return <ErrorPage error={error} />;
  return (
    <Center h="60vh" aria-busy={loading}>
      <Loader role="status" aria-label="Chargement de votre session" />
    </Center>
  );
}
