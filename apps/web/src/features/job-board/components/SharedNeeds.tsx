import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { EmptyState, QueryError } from '@tremplin/web-ui';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { HiringNeedOptionFieldsFragment } from '../../../gql/graphql';
import { hiringNeedLabel } from '../../proposals/format';
import {
  HiringNeedOptionFieldsFragmentDoc,
  OpenHiringNeedsDocument,
} from '../../proposals/graphql/proposals.generated';
import { ShareHiringNeedDocument, SharedHiringNeedsDocument } from '../graphql/job-board.generated';

/**
 * « Besoins des employeurs partenaires »: the open needs my structure reaches, each with its « Partager avec le
 * réseau » toggle (which ones are shared: one query for the whole list).
 */
export function SharedNeeds({ onNotice }: { onNotice: (message: string) => void }) {
  const needs = useQuery(OpenHiringNeedsDocument, { fetchPolicy: 'cache-and-network' });
  const options = useFragment({ fragment: HiringNeedOptionFieldsFragmentDoc, from: needs.data?.hiringNeeds ?? [] });
  const list: HiringNeedOptionFieldsFragment[] = options.complete ? options.data : [];
  const ids = list.map((n) => n.id);
  const shared = useQuery(SharedHiringNeedsDocument, { variables: { hiringNeedIds: ids }, skip: !ids.length });
  const [share] = useMutation(ShareHiringNeedDocument, { refetchQueries: [SharedHiringNeedsDocument] });
  const [error, setError] = useState<string | null>(null);
  const sharedIds = new Set(shared.data?.sharedHiringNeeds ?? []);

  if (!needs.data)
    return needs.error ? (
      <QueryError title="Les besoins ne peuvent pas être affichés" message={problemOf(needs.error).message} />
    ) : (
      <Skeleton height={120} role="status" aria-label="Chargement des besoins des employeurs" />
    );
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Besoins des employeurs partenaires
      </Title>
      <QueryError title="Le partage n’est pas enregistré" message={error} />
      {list.length === 0 ? (
        <EmptyState title="Aucun besoin de recrutement ouvert chez vos partenaires" />
      ) : (
        list.map((n) => (
          <Paper key={n.id} withBorder p="sm" radius="md">
            <Stack gap={4}>
              <Text size="sm">{hiringNeedLabel(n)}</Text>
              <Switch
                label="Partager avec le réseau"
                checked={sharedIds.has(n.id)}
                disabled={!shared.data}
                onChange={async (e) => {
                  const on = e.currentTarget.checked;
                  setError(null);
                  try {
                    await share({ variables: { hiringNeedId: n.id, shared: on } });
                    onNotice(
                      on
                        ? `Le besoin « ${n.jobTitle} » est partagé avec vos réseaux.`
                        : `Le besoin « ${n.jobTitle} » n’est plus partagé.`,
                    );
                  } catch (err) {
                    setError(problemOf(err).message);
                  }
                }}
              />
            </Stack>
          </Paper>
        ))
      )}
    </Stack>
  );
}
