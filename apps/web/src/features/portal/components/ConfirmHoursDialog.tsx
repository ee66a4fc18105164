import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { formatMinutes } from '@tremplin/domain';
import type { PortalMissionFieldsFragment } from '../../../gql/graphql';
import { dayRangeFr } from './portal-format';

/** What confirming means, said before each confirmation (one line or all of them). */
export const CONFIRM_LOCKS = 'Une fois confirmées, ces heures ne pourront plus être modifiées.';

type Line = Pick<PortalMissionFieldsFragment, 'minutes' | 'startDate' | 'endDate' | 'site'> & { worker: string };

/** « Confirmer 12 h 30 pour Awa D., du 02/03/2026 au 06/03/2026 à Résidence Les Tilleuls ? » */
export function confirmQuestion(m: Line): string {
  return `Confirmer ${formatMinutes(m.minutes)} pour ${m.worker}, ${dayRangeFr(m.startDate, m.endDate)}${m.site ? ` à ${m.site}` : ''} ?`;
}

/**
 * The confirmation of one line of hours: confirmed hours are locked for good, so a click only asks. Mantine's modal
 * traps the focus, starts on « Confirmer », closes on Escape (nothing confirmed) and gives the focus back to the line.
 */
export function ConfirmHoursDialog({
  line,
  loading,
  onConfirm,
  onClose,
}: {
  /** The line to confirm; null: closed. */
  line: Line | null;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={line !== null}
      onClose={onClose}
      title="Confirmer ces heures ?"
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer sans confirmer' }}
    >
      {line ? (
        <Stack gap="sm">
          <Text size="sm">{confirmQuestion(line)}</Text>
          <Text size="sm">{CONFIRM_LOCKS}</Text>
          <Group gap="sm">
            <Button onClick={onConfirm} loading={loading} data-autofocus>
              Confirmer
            </Button>
            <Button variant="subtle" onClick={onClose} disabled={loading}>
              Annuler
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
