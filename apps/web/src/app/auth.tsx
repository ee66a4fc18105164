import { useQuery } from '@apollo/client/react';
import { Center, Loader } from '@mantine/core';
import type { Permission } from '@tremplin/domain';
import { createContext, type ReactNode, useContext } from 'react';
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
  // A one-time password must be replaced before anything else (the API refuses every other operation).
  if (data?.me?.mustChangePassword && location.pathname !== '/mon-compte') return <Navigate to="/mon-compte" replace />;
  if (data?.me) return <CurrentUserContext.Provider value={data.me}>{children}</CurrentUserContext.Provider>;
  if (error && isUnauthenticated(error)) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/connexion${back !== '/' ? `?retour=${encodeURIComponent(back)}` : ''}`} replace />;
  }
  if (error) return <ErrorPage error={error} />;
  return (
    <Center h="60vh" aria-busy={loading}>
      <Loader aria-label="Chargement de votre session" />
    </Center>
  );
}
