import { useQuery } from '@apollo/client/react';
import { Alert, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { formatMinutes } from '@tremplin/domain';
import { TableScroll } from '@tremplin/web-ui';
import { useId } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import { ReplacementStatsDocument } from '../graphql/replacements.generated';

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** « 135 » minutes → « 2 h 15 » ; under an hour, « 40 min ». */
export function timeToFill(minutes: number | null): string {
  if (minutes === null) return '—';
  return minutes < 60 ? `${minutes} min` : formatMinutes(minutes);
}

/**
 * « Remplacements urgents » on the director's dashboard: the year's requests (their slot starts in it, cancelled left
 * out), how many were filled, the median time from request to acceptance, and the fill rate per employer.
 */
export function ReplacementStatsBlock({ year }: { year: number }) {
  const id = useId();
  const { data, loading, error } = useQuery(ReplacementStatsDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const stats = data?.replacementStats;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        Remplacements urgents — {year}
      </Title>
      {error ? (
        <Alert color="red" role="alert" title="Les remplacements n’ont pas pu être chargés">
          {problemOf(error).message}
        </Alert>
      ) : !stats ? (
        loading ? (
          <Stack role="status" aria-label="Chargement des remplacements" gap="xs">
            <Skeleton height={48} />
            <Skeleton height={96} />
          </Stack>
        ) : null
      ) : stats.requests === 0 ? (
        <Text c="dimmed">Aucune demande de remplacement dont le créneau tombe en {year}.</Text>
      ) : (
        <Stack gap="sm">
          <Group gap="xl" wrap="wrap">
            <Figure label="Demandes" value={String(stats.requests)} />
            <Figure label="Pourvues" value={String(stats.filled)} />
            <Figure label="Taux de remplacement" value={percent.format(stats.filled / stats.requests)} />
            <Figure label="Délai médian pour pourvoir" value={timeToFill(stats.medianMinutesToFill ?? null)} />
          </Group>
          <TableScroll label={`Remplacements ${year} par employeur`} minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Employeur</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Demandes
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Pourvues
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Taux
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stats.byEmployer.map((e) => (
                  <Table.Tr key={e.partnerOrganisationId}>
                    <Table.Th scope="row" fw={400}>
                      {e.name}
                    </Table.Th>
                    <Table.Td ta="right">{e.requests}</Table.Td>
                    <Table.Td ta="right">{e.filled}</Table.Td>
                    <Table.Td ta="right">{percent.format(e.fillRate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {stats.requests < 5 ? (
            <Text size="sm" c="dimmed">
              Calculé sur {stats.requests} demande{stats.requests > 1 ? 's' : ''} : trop peu pour conclure.
            </Text>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </div>
  );
}
