import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Drawer, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { countLabel, formatIsoDateFr } from '@tremplin/domain';
import { EmptyState } from '@tremplin/web-ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemOf } from '../../../app/graphql-errors';
import { DashboardRecordsDocument } from '../graphql/dashboard.generated';
import { formatValue, ShareLine, TargetLine } from './FigureCard';
import { type Period, periodText } from '../period';

/** What the drawer opens: a figure, a rate's count, or a chart's value (one month of a figure, for a monthly chart). */
export interface DrillTarget {
  code: string;
  /** The drawer's title: the figure's label, with the month for a monthly chart's value. */
  label: string;
  value: number | null;
  unit: string;
  definition?: string | null;
  targetValue?: number | null;
  targetLabel?: string | null;
  percentValue?: number | null;
  percentOf?: string | null;
  /** AAAA-MM: the records of that month of the period only. */
  month?: string | null;
  /** The days those records cover, when fewer than the dashboard's period (a month, cut by the period). */
  period?: Period | null;
}

/** Records fetched at a time (« Voir plus » fetches as many again). */
export const RECORDS_PAGE = 50;

/** Units whose figure is the sum of its records' values (the others count records). */
const SUMMED = new Set(['minutes', 'cents']);

function RecordsTable({
  items,
  unit,
  label,
}: {
  items: {
    personId?: string | null;
    label: string;
    date?: string | null;
    value?: number | null;
    unit?: string | null;
    detail?: string | null;
  }[];
  unit: string;
  label: string;
}) {
  const withDate = items.some((r) => r.date);
  // A count's records are worth 1 each: their value column would say nothing.
  const withValue = items.some(
    (r) => r.value !== null && r.value !== undefined && ((r.unit ?? unit) !== 'count' || r.value !== 1),
  );
  const withDetail = items.some((r) => r.detail);
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table fz="sm" striped verticalSpacing={6}>
        <caption>
          <VisuallyHidden>Enregistrements derrière le chiffre « {label} »</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Personne</Table.Th>
            {withDate ? <Table.Th scope="col">Date</Table.Th> : null}
            {withValue ? (
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                Valeur
              </Table.Th>
            ) : null}
            {withDetail ? <Table.Th scope="col">Détail</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r, i) => (
            <Table.Tr key={`${r.personId ?? ''}-${r.date ?? ''}-${i}`}>
              <Table.Td style={{ minWidth: 150 }}>
                {r.personId ? (
                  <Anchor component={Link} to={`/personnes/${r.personId}`} fw={600}>
                    {r.label}
                  </Anchor>
                ) : (
                  r.label
                )}
              </Table.Td>
              {withDate ? (
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.date ? formatIsoDateFr(r.date) : '—'}</Table.Td>
              ) : null}
              {withValue ? (
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {formatValue(r.value, r.unit ?? unit)}
                </Table.Td>
              ) : null}
              {withDetail ? <Table.Td>{r.detail ?? ''}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The records behind a figure, in a drawer titled with its label: how it is counted, how many records, the records
 * (a person's name opens their file), « Voir plus » for the next ones. Focus is kept inside; Escape closes it.
 */
export function RecordsDrawer({
  figure,
  period,
  onClose,
}: {
  figure: DrillTarget | null;
  period: Period;
  onClose: () => void;
}) {
  const narrow = useMediaQuery('(max-width: 48em)');
  return (
    <Drawer
      opened={figure !== null}
      onClose={onClose}
      position="right"
      size={narrow ? '100%' : 640}
      title={figure?.label ?? ''}
      closeButtonProps={{ 'aria-label': 'Fermer le détail' }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
    >
      {figure ? (
        <RecordsBody
          key={`${figure.code}|${figure.month ?? ''}|${period.start}|${period.end}`}
          figure={figure}
          period={period}
        />
      ) : null}
    </Drawer>
  );
}

function RecordsBody({ figure, period }: { figure: DrillTarget; period: Period }) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const { data, loading, error, fetchMore } = useQuery(DashboardRecordsDocument, {
    variables: {
      code: figure.code,
      periodStart: period.start,
      periodEnd: period.end,
      month: figure.month ?? null,
      first: RECORDS_PAGE,
      offset: 0,
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const page = data?.dashboardRecords;
  const items = page?.items ?? [];
  const total = page?.totalCount ?? 0;
  const summed = SUMMED.has(figure.unit);
  const sum = items.reduce((n, r) => n + (r.value ?? 0), 0);

  const more = async () => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { offset: items.length },
        updateQuery: (prev, { fetchMoreResult }) =>
          fetchMoreResult && prev.dashboardRecords
            ? {
                dashboardRecords: {
                  ...fetchMoreResult.dashboardRecords,
                  items: [...prev.dashboardRecords.items, ...fetchMoreResult.dashboardRecords.items],
                },
              }
            : (prev as typeof fetchMoreResult),
      });
    } catch (e) {
      setMoreError(problemOf(e).message);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {periodText(figure.period ?? period).replace(/^du/, 'Du')}
      </Text>
      <Group gap="md" wrap="wrap" align="baseline">
        <Text size="xl" fw={700}>
          {formatValue(figure.value, figure.unit)}
        </Text>
        <ShareLine figure={figure} />
        <TargetLine figure={figure} />
      </Group>
      {figure.definition ? (
        <Text size="sm">
          <Text span fw={600} inherit>
            Comment c’est compté :{' '}
          </Text>
          {figure.definition}
        </Text>
      ) : null}

      {error ? (
        <Alert color="red" role="alert" title="Le détail n’a pas pu être chargé">
          {problemOf(error).message}
        </Alert>
      ) : null}

      {!page ? (
        loading ? (
          <Stack gap={6} aria-busy="true" role="status" aria-label="Chargement du détail">
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} height={28} />
            ))}
          </Stack>
        ) : null
      ) : total === 0 ? (
        figure.month ? (
          <EmptyState title="Aucun enregistrement derrière ce chiffre ce mois-là.">
            Les autres mois du graphique, ou le chiffre sur toute la période, ont peut-être les leurs.
          </EmptyState>
        ) : (
          <EmptyState title="Aucun enregistrement derrière ce chiffre sur la période.">
            Élargissez la période avec « Du » et « Au », ou vérifiez que les parcours de la période sont bien saisis.
          </EmptyState>
        )
      ) : (
        <>
          <Text size="sm" aria-live="polite" aria-atomic="true">
            {countLabel(total, 'enregistrement')}
            {items.length < total ? ` · ${items.length} affichés` : ''}
            {summed && items.length === total ? ` · total ${formatValue(sum, figure.unit)}` : ''}
          </Text>
          <RecordsTable items={items} unit={figure.unit} label={figure.label} />
          {moreError ? (
            <Alert color="red" role="alert">
              {moreError}
            </Alert>
          ) : null}
          {items.length < total ? (
            <Group justify="center">
              <Button variant="outline" onClick={more} loading={loadingMore}>
                Voir plus
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
