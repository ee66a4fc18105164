import { Anchor, Stack, Text } from '@mantine/core';
import { PROCONNECT_LOGIN_PATH } from '../proconnect';
import classes from './ProConnectButton.module.css';

/**
 * ProConnect's button as its guidelines describe it (« S’identifier avec ProConnect », then « Qu’est-ce que
 * ProConnect ? » to proconnect.gouv.fr): a link, since it leaves for ProConnect.
 */
export function ProConnectButton({ returnPath }: { returnPath: string }) {
  const href = `${PROCONNECT_LOGIN_PATH}${returnPath !== '/' ? `?retour=${encodeURIComponent(returnPath)}` : ''}`;
  return (
    <Stack gap={4} align="center">
      <a className={classes.button} href={href}>
        <span className={classes.login}>S’identifier avec</span> <span className={classes.brand}>ProConnect</span>
      </a>
      <Text size="sm">
        <Anchor href="https://proconnect.gouv.fr/" target="_blank" rel="noopener noreferrer">
          Qu’est-ce que ProConnect ?<span className={classes.srOnly}> (nouvelle fenêtre)</span>
        </Anchor>
      </Text>
    </Stack>
  );
}
