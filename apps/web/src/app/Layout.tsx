import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, AppShell, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { Permission, ROLE_LABELS, type Role } from '@tremplin/domain';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { SignOutDocument } from '../features/auth/graphql/auth.generated';
import { NotificationsBell } from '../features/notifications/components/NotificationsBell';
import { fetchProConnectStatus, PROCONNECT_LOGOUT_PATH } from '../features/proconnect/proconnect';
import { can, useCurrentUser } from './auth';
import classes from './Layout.module.css';
import { PageSuspense } from './PageLoading';

/** The frame of every signed-in page: skip link, header with navigation and account, then the page. */
export function Layout() {
  const user = useCurrentUser();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  const location = useLocation();
  /** The structure requires two-factor sign-in of this account, not yet enrolled: only « Sécurité du compte ». */
  const mustEnrol = user.twoFactorEnrolmentRequired;

  const onSignOut = async () => {
    try {
      await signOut();
    } finally {
      // Nothing of this session's data may stay in memory for the next person at this computer.
      await client.clearStore();
      // A session opened with ProConnect ends there too (the API sends the browser through ProConnect's logout).
      if ((await fetchProConnectStatus()).session) window.location.assign(PROCONNECT_LOGOUT_PATH);
      else navigate('/connexion', { replace: true, state: { signedOut: true } });
    }
  };

  const enrolmentPaths = ['/compte/securite', '/compte/sessions'];
  if (mustEnrol && !enrolmentPaths.includes(location.pathname)) return <Navigate to="/compte/securite" replace />;

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a href="#contenu" className={classes.skipLink}>
        Aller au contenu
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Anchor component={NavLink} to="/" fw={700} size="lg" underline="never" c="blue.9">
              Tremplin
            </Anchor>
            {mustEnrol ? null : (
              <nav aria-label="Navigation principale">
                <Group gap="md" wrap="nowrap">
                  {can(user, Permission.PERSON_READ) ? (
                    <Anchor component={NavLink} to="/personnes" className={classes.navLink}>
                      Portefeuille
                    </Anchor>
                  ) : null}
                  {can(user, Permission.CASELOAD_IMPORT) ? (
                    <Anchor component={NavLink} to="/importer" className={classes.navLink}>
                      Importer
                    </Anchor>
                  ) : null}
                  {can(user, Permission.PATHWAY_READ) ? (
                    <Anchor component={NavLink} to="/sessions" className={classes.navLink}>
                      Sessions collectives
                    </Anchor>
                  ) : null}
                  {can(user, Permission.FUNDING_READ) ? (
                    <Anchor component={NavLink} to="/financements" className={classes.navLink}>
                      Financements
                    </Anchor>
                  ) : null}
                  {can(user, Permission.DASHBOARD_READ) ? (
                    <Anchor component={NavLink} to="/tableau-de-bord" className={classes.navLink}>
                      Tableau de bord
                    </Anchor>
                  ) : null}
                  {can(user, Permission.REPORT_WRITE) ? (
                    <Anchor component={NavLink} to="/rapports" className={classes.navLink}>
                      Rapports
                    </Anchor>
                  ) : null}
                  {can(user, Permission.PATHWAY_READ) ? (
                    <Anchor component={NavLink} to="/partenaires" className={classes.navLink}>
                      Partenaires
                    </Anchor>
                  ) : null}
                  {can(user, Permission.PARTNER_ADMIN) ? (
                    <Anchor component={NavLink} to="/administration/partenaires" className={classes.navLink}>
                      Partenaires employeurs
                    </Anchor>
                  ) : null}
                  {can(user, Permission.STRUCTURE_ADMIN) ? (
                    <Anchor component={NavLink} to="/administration/structures" className={classes.navLink}>
                      Structures
                    </Anchor>
                  ) : null}
                  {can(user, Permission.STAFF_ADMIN) && user.structure ? (
                    <Anchor component={NavLink} to="/equipe" className={classes.navLink}>
                      Équipe
                    </Anchor>
                  ) : null}
                  {can(user, Permission.PROPOSAL_WRITE) && user.structure ? (
                    <Anchor component={NavLink} to="/remplacements" className={classes.navLink}>
                      Remplacements
                    </Anchor>
                  ) : null}
                  {can(user, Permission.PARTNER_PORTAL) ? (
                    <Anchor component={NavLink} to="/portail" end className={classes.navLink}>
                      Portail employeur
                    </Anchor>
                  ) : null}
                  {can(user, Permission.PARTNER_PORTAL) ? (
                    <Anchor component={NavLink} to="/portail/remplacements" className={classes.navLink}>
                      Remplacements
                    </Anchor>
                  ) : null}
                </Group>
              </nav>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {mustEnrol ? null : <NotificationsBell />}
            {/* The account (password, security, sessions): the name links to it; on narrow screens, a short link. */}
            <Anchor component={NavLink} to="/mon-compte" size="sm" className={classes.navLink} hiddenFrom="lg">
              Mon compte
            </Anchor>
            <Text size="sm" visibleFrom="lg">
              <Anchor component={NavLink} to="/mon-compte" size="sm" underline="always" className={classes.navLink}>
                {user.fullName}
                <VisuallyHidden> (mon compte)</VisuallyHidden>
              </Anchor>
              <VisuallyHidden>, </VisuallyHidden>
              <Text span c="dimmed" size="sm">
                {' '}
                · {ROLE_LABELS[user.role as Role]}
                {user.structure
                  ? ` · ${user.structure.name}`
                  : user.partnerOrganisation
                    ? ` · ${user.partnerOrganisation.name}`
                    : ''}
              </Text>
            </Text>
            <Button variant="outline" size="xs" onClick={onSignOut} loading={loading}>
              Se déconnecter
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="contenu" tabIndex={-1} className={classes.main}>
        <PageSuspense>
          <Outlet />
        </PageSuspense>
      </AppShell.Main>
    </AppShell>
  );
}
