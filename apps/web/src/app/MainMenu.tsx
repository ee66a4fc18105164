import { Anchor, Button, Divider, Drawer, Stack, Text } from '@mantine/core';
import { NavLink } from 'react-router';
import { useCurrentUser } from './auth';
import classes from './Layout.module.css';
import { type NavItem, roleLine } from './navigation';

export const MAIN_MENU_ID = 'menu-principal';

interface MainMenuProps {
  opened: boolean;
  onClose: () => void;
  links: NavItem[];
  onSignOut: () => void;
  signingOut: boolean;
}

/**
 * The « Menu » panel of narrow screens (under 992 px): every link of the navigation, the account and « Se déconnecter ».
 * Mantine's Drawer keeps the focus inside while it is open, closes on Escape and gives the focus back to « Menu ».
 */
export function MainMenu({ opened, onClose, links, onSignOut, signingOut }: MainMenuProps) {
  const user = useCurrentUser();
  return (
    <Drawer
      id={MAIN_MENU_ID}
      opened={opened}
      onClose={onClose}
      title="Menu"
      position="left"
      size="min(20rem, 85vw)"
      closeButtonProps={{ 'aria-label': 'Fermer le menu' }}
      keepMounted
    >
      <Stack gap="md">
        {links.length ? (
          <nav aria-label="Navigation principale">
            <ul className={classes.menuList}>
              {links.map((item) => (
                <li key={item.to}>
                  <Anchor component={NavLink} to={item.to} className={classes.navLink} onClick={onClose}>
                    {item.label}
                  </Anchor>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <Divider />
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {user.fullName}
          </Text>
          <Text size="sm" c="dimmed">
            {roleLine(user)}
          </Text>
          <Anchor component={NavLink} to="/mon-compte" size="sm" className={classes.navLink} onClick={onClose}>
            Mon compte
          </Anchor>
        </Stack>
        <Button variant="outline" onClick={onSignOut} loading={signingOut}>
          Se déconnecter
        </Button>
      </Stack>
    </Drawer>
  );
}
