import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NumberInput, Text } from '@mantine/core';
import { COACHING_ALERT_MAX_DAYS, COACHING_ALERT_MIN_DAYS, Permission } from '@tremplin/domain';
import { useState } from 'react';
import { can, useCurrentUser } from '../../../app/auth';
import { problemOf } from '../../../app/graphql-errors';
import { CoachingSettingsDocument, SetCoachingAlertDaysDocument } from '../graphql/coaching.generated';

/**
 * The structure's threshold of the alert « Pas de contact de suivi en mission »: read by everyone, set by the director.
 */
export function CoachingAlertDays() {
  const user = useCurrentUser();
  const allowed = can(user, Permission.COACHING_SETTINGS);
  const { data } = useQuery(CoachingSettingsDocument);
  const [value, setValue] = useState<string | number>('');
  const [message, setMessage] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetCoachingAlertDaysDocument, { refetchQueries: 'active' });
  const days = data?.coachingSettings.alertDays;
  if (days === undefined) return null;
  if (!allowed)
    return (
      <Text size="sm" c="dimmed">
        Alerte après {days} jours sans contact de suivi pendant une mission en cours.
      </Text>
    );
  const submit = async () => {
    setMessage(null);
    try {
      await save({ variables: { input: { alertDays: Number(value === '' ? days : value) } } });
      setMessage('Seuil enregistré.');
    } catch (e) {
      setMessage(problemOf(e).message);
    }
  };
  return (
    <Group align="end" gap="xs">
      <NumberInput
        label="Alerte après combien de jours sans contact de suivi ?"
        description="Pour toute la structure, pendant une mission en cours (14 par défaut)."
        min={COACHING_ALERT_MIN_DAYS}
        max={COACHING_ALERT_MAX_DAYS}
        value={value === '' ? days : value}
        onChange={setValue}
        w={320}
      />
      <Button size="sm" variant="light" loading={loading} onClick={() => void submit()}>
        Enregistrer le seuil
      </Button>
      {message ? (
        <Text size="sm" role="status">
          {message}
        </Text>
      ) : null}
    </Group>
  );
}
