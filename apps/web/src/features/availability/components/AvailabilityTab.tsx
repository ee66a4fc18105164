import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Divider, Skeleton, Stack, Text } from '@mantine/core';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import { PersonAvailabilityDocument, SetPersonAvailabilityDocument } from '../graphql/availability.generated';
import { AbsencesSection } from './AbsencesSection';
import { ClearancesSection } from './ClearancesSection';
import { WeeklySlotsEditor } from './WeeklySlotsEditor';

/**
 * Tab « Disponibilités » (issue 18, point 2): what the ranking of urgent replacements reads — the weekly pattern, the
 * dated absences and the clearances with their expiry (docs/domain/replacements.md). Read-only without PATHWAY_WRITE.
 */
export function AvailabilityTab({ personId, canWrite }: PersonTabProps) {
  const { data, error, refetch } = useQuery(PersonAvailabilityDocument, { variables: { personId } });
  const [setAvailability] = useMutation(SetPersonAvailabilityDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const a = data?.personAvailability;

  if (!a && error)
    return (
      <Alert color="red" role="alert" title="Les disponibilités ne peuvent pas être affichées">
        {problemOf(error).message}
      </Alert>
    );
  if (!a) return <Skeleton height={300} role="status" aria-label="Chargement des disponibilités" />;

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        Ce que lit le classement des remplacements urgents : une personne n’est proposée que sur ses plages, hors de ses
        absences, et avec les habilitations demandées encore valables le jour du remplacement.
      </Text>
      <WeeklySlotsEditor
        slots={a.slots}
        version={a.version}
        canWrite={canWrite}
        onReload={() => void refetch()}
        onSave={async (slots) => {
          try {
            await setAvailability({ variables: { input: { personId, version: a.version, ranges: slots } } });
            return null;
          } catch (e) {
            return problemOf(e);
          }
        }}
      />
      <Divider />
      <AbsencesSection personId={personId} absences={a.absences} canWrite={canWrite} />
      <Divider />
      <ClearancesSection
        personId={personId}
        clearances={a.clearances}
        catalogue={a.clearanceCatalogue}
        canWrite={canWrite}
      />
    </Stack>
  );
}
