import { Alert, Button, Group, Text } from '@mantine/core';
import { countLabel } from '@tremplin/domain';

interface Props {
  online: boolean;
  pending: number;
  refused: number;
  sending: boolean;
  unreachable: boolean;
  onRetry: () => void;
}

const waiting = (n: number) => countLabel(n, 'saisie en attente d’envoi', 'saisies en attente d’envoi');

/**
 * The state of the outbox, at the top of « Mon terrain »: « Hors ligne — N saisies en attente d’envoi » without a
 * network; with one, what is still waiting (server unreachable, refused entries) and « Réessayer ».
 */
export function OutboxBanner({ online, pending, refused, sending, unreachable, onRetry }: Props) {
  if (!online)
    return (
      <Alert color="warning" variant="light" role="status">
        <Text size="sm">
          {pending ? `Hors ligne — ${waiting(pending)}` : 'Hors ligne — vos saisies seront gardées sur cet appareil'}.
          Elles partiront d’elles-mêmes au retour du réseau.
        </Text>
      </Alert>
    );
  if (!pending && !refused) return null;
  return (
    <Alert color={refused ? 'red' : 'warning'} variant="light" role="status">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">
          {sending
            ? `Envoi en cours — ${waiting(pending)}`
            : [
                pending ? `${waiting(pending)}${unreachable ? ' : le serveur ne répond pas' : ''}` : '',
                refused ? countLabel(refused, 'saisie refusée', 'saisies refusées') : '',
              ]
                .filter(Boolean)
                .join(' · ')}
        </Text>
        <Button size="sm" variant="outline" onClick={onRetry} disabled={sending}>
          Réessayer
        </Button>
      </Group>
    </Alert>
  );
}
