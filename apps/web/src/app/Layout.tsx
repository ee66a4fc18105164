import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, AppShell, Box, Burger, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { SignOutDocument } from '../features/auth/graphql/auth.generated';
import { NotificationsBell } from '../features/notifications/components/NotificationsBell';
import { fetchProConnectStatus, PROCONNECT_LOGOUT_PATH } from '../features/proconnect/proconnect';
import { useCurrentUser } from './auth';
import classes from './Layout.module.css';
import { MAIN_MENU_ID, MainMenu } from './MainMenu';
import { navItemsFor, roleLine } from './navigation';
import { PageSuspense } from './PageLoading';

/**
 * The frame of every signed-in page: skip link, header, then the page. From 992 px (Mantine's `md`) the header has two
 * rows (name, notifications and « Se déconnecter », then every link); below, a « Menu » button opens a panel with the
 * links, the account and « Se déconnecter », and the notifications stay in the bar (docs/testing.md, « Chaque écran, deux tailles »).
 */
export function Layout() {
  const user = useCurrentUser();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  const location = useLocation();
  const [menuOpened, menu] = useDisclosure(false);
  /** The structure requires two-factor sign-in of this account, not yet enrolled: only « Sécurité du compte ». */
  const mustEnrol = user.twoFactorEnrolmentRequired;
  const links = mustEnrol ? [] : navItemsFor(user);

  // Any navigation (a link of the menu, the browser's back button) closes the menu.
  useEffect(() => menu.close(), [location.pathname]); // eslint-disable-line react-hooks/exhaustive-deps

  const onSignOut = async () => {
    // Entries of « Mon terrain » not sent yet are wiped with the rest (ADR 0014): the person decides.
    const warning = await import('../features/offline/offline-session')
      .then((m) => m.unsentWarning())
      .catch(() => null);
    if (warning && !window.confirm(warning)) return;
    try {
      await signOut();
    } finally {
      // Nothing of this session's data may stay in memory for the next person at this computer.
      await client.clearStore();
      // Nor on the device: « Mon terrain »'s week and outbox (ADR 0014).
      await import('../features/offline/offline-session').then((m) => m.wipeOfflineData()).catch(() => undefined);
      // A session opened with ProConnect ends there too (the API sends the browser through ProConnect's logout).
      if ((await fetchProConnectStatus()).session) window.location.assign(PROCONNECT_LOGOUT_PATH);
      else navigate('/connexion', { replace: true, state: { signedOut: true } });
    }
  };

  const enrolmentPaths = ['/compte/securite', '/compte/sessions'];
  if (mustEnrol && !enrolmentPaths.includes(location.pathname)) return <Navigate to="/compte/securite" replace />;

  return (
    <AppShell header={{ height: { base: 56, md: 100 } }} padding="md">
      <a href="#contenu" className={classes.skipLink}>
        Aller au contenu
      </a>
      <AppShell.Header>
        <Group h={56} px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap">
            <Burger
              hiddenFrom="md"
              size="sm"
              opened={menuOpened}
              onClick={menu.toggle}
              aria-label="Menu"
              aria-expanded={menuOpened}
              aria-controls={MAIN_MENU_ID}
            />
            <Anchor component={NavLink} to="/" fw={700} size="lg" underline="never" c="blue.9">
              Tremplin
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap" miw={0}>
            {mustEnrol ? null : <NotificationsBell />}
            <Text size="sm" visibleFrom="md" truncate="end" miw={0}>
              <Anchor component={NavLink} to="/mon-compte" size="sm" underline="always" className={classes.navLink}>
                {user.fullName}
                <VisuallyHidden> (mon compte)</VisuallyHidden>
              </Anchor>
              <VisuallyHidden>, </VisuallyHidden>
              <Text span c="dimmed" size="sm">
                {' '}
                · {roleLine(user)}
              </Text>
            </Text>
            <Box visibleFrom="md" className={classes.noShrink}>
              <Button variant="outline" size="xs" onClick={onSignOut} loading={loading}>
                Se déconnecter
              </Button>
            </Box>
          </Group>
        </Group>
        {links.length ? (
          <Box component="nav" aria-label="Navigation principale" visibleFrom="md" className={classes.navRow}>
            <ul className={classes.navList}>
              {links.map((item) => (
                <li key={item.to}>
                  <Anchor component={NavLink} to={item.to} size="sm" className={classes.navLink}>
                    {item.label}
                  </Anchor>
                </li>
              ))}
            </ul>
          </Box>
        ) : null}
      </AppShell.Header>
      <MainMenu opened={menuOpened} onClose={menu.close} links={links} onSignOut={onSignOut} signingOut={loading} />
      <AppShell.Main id="contenu" tabIndex={-1} className={classes.main}>
        <PageSuspense>
          <Outlet />
        </PageSuspense>
      </AppShell.Main>
    </AppShell>
  );
}
