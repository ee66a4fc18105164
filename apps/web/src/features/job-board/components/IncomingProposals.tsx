import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Text } from '@mantine/core';
import { countLabel, formatIsoDateFr } from '@tremplin/domain';
import { EmptyState, QueryError } from '@tremplin/web-ui';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import { Pager } from '../../funding/components/Pager';
import { TraineeCardView } from '../../proposals/components/TraineeCardView';
import { IncomingBoardProposalsDocument } from '../graphql/job-board.generated';

/** The page size written in the IncomingBoardProposals document. */
const PER_PAGE = 10;

/**
 * « Propositions reçues »: the people other structures of the network propose to my offers — their competences card
 * only (the shared set the person agreed to), nothing else of them or of their structure.
 */
export function IncomingProposals() {
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error } = useQuery(IncomingBoardProposalsDocument, {
    variables: { offset: (page - 1) * PER_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const incoming = (data ?? previousData)?.incomingBoardProposals;
  if (!incoming)
    return error ? (
      <QueryError title="Les propositions ne peuvent pas être affichées" message={problemOf(error).message} />
    ) : loading ? (
      <Skeleton height={240} role="status" aria-label="Chargement des propositions reçues" />
    ) : null;
  if (incoming.totalCount === 0)
    return (
      <EmptyState title="Aucune proposition reçue">
        Quand une autre structure du réseau propose une personne à l’une de vos offres partagées, sa fiche apparaît ici.
      </EmptyState>
    );
  return (
    <Stack gap="md">
      <Text size="sm" aria-live="polite">
        {countLabel(incoming.totalCount, 'proposition reçue', 'propositions reçues')}
      </Text>
      {incoming.items.map((p) => (
        <Stack key={p.id} gap={4}>
          <Text size="sm" fw={600}>
            Pour « {p.jobTitle} », le {formatIsoDateFr(p.proposedAt.slice(0, 10))}
          </Text>
          <TraineeCardView card={p.card} headingOrder={3} />
        </Stack>
      ))}
      <Pager
        page={page}
        pages={Math.ceil(incoming.totalCount / PER_PAGE)}
        onChange={setPage}
        label="Pages des propositions reçues"
      />
    </Stack>
  );
}
