import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { countLabel } from '@tremplin/domain';
import { EmptyState, FilterBar, NoMatchState, QueryError } from '@tremplin/web-ui';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { BoardOfferFieldsFragment } from '../../../gql/graphql';
import { Pager } from '../../funding/components/Pager';
import { JOB_CONTRACT_OPTIONS, placeLabel } from '../format';
import { BoardOfferFieldsFragmentDoc, JobBoardDocument } from '../graphql/job-board.generated';

const PER_PAGE = 20;
const SEARCH_DELAY_MS = 300;

/** One offer of the board, read with its fragment (ADR 0013); « Proposer une personne » hands the offer read. */
function OfferCard({
  from,
  onPropose,
}: {
  from: { __typename?: 'BoardOffer'; id: string } & FragmentType<typeof BoardOfferFieldsFragmentDoc>;
  onPropose: (offer: BoardOfferFieldsFragment) => void;
}) {
  const { data: offer, complete } = useFragment({ fragment: BoardOfferFieldsFragmentDoc, from });
  if (!complete) return null;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={offer.jobTitle}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={3} size="h5">
            {offer.jobTitle}
          </Title>
          <Text size="sm">
            {placeLabel(offer.town, offer.postalCode)} · {offer.contractKindLabel ?? 'Contrat non précisé'}
          </Text>
          <Text size="sm" c="dimmed">
            {offer.sourceLabel} · partagée par {offer.ownerStructureName}
          </Text>
          {offer.description ? (
            <Text size="sm" lineClamp={3}>
              {offer.description}
            </Text>
          ) : null}
        </Stack>
        {offer.mine ? (
          <Badge variant="outline" color="blue.9" tt="none">
            Offre de ma structure
          </Badge>
        ) : (
          <Button size="xs" onClick={() => onPropose(offer)}>
            Proposer une personne
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** « Offres du réseau »: the offers shared in my structure's networks, searched by job, place and contract, paged. */
export function BoardOffers({ onPropose }: { onPropose: (offer: BoardOfferFieldsFragment) => void }) {
  const [text, setText] = useState('');
  const [place, setPlace] = useState('');
  const [contractKind, setContractKind] = useState('');
  const [page, setPage] = useState(1);
  const [search] = useDebouncedValue(
    { text: text.trim() || null, place: place.trim() || null, contractKind: contractKind || null },
    SEARCH_DELAY_MS,
  );
  const { data, previousData, loading, error } = useQuery(JobBoardDocument, {
    variables: { search, first: PER_PAGE, offset: (page - 1) * PER_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const board = (data ?? previousData)?.jobBoard;
  const filtered = Boolean(text || place || contractKind);
  const clear = () => {
    setText('');
    setPlace('');
    setContractKind('');
    setPage(1);
  };
  const onFilter = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPage(1);
  };

  return (
    <Stack gap="md">
      <FilterBar label="Rechercher une offre" filtered={filtered} onClear={clear}>
        <TextInput label="Métier ou mot-clé" value={text} onChange={(e) => onFilter(setText)(e.currentTarget.value)} />
        <TextInput
          label="Commune ou code postal"
          value={place}
          onChange={(e) => onFilter(setPlace)(e.currentTarget.value)}
        />
        <NativeSelect
          label="Contrat"
          value={contractKind}
          data={[{ value: '', label: 'Tous les contrats' }, ...JOB_CONTRACT_OPTIONS]}
          onChange={(e) => onFilter(setContractKind)(e.currentTarget.value)}
        />
      </FilterBar>
      <QueryError title="Les offres ne peuvent pas être affichées" message={error ? problemOf(error).message : null} />
      {!board ? (
        loading ? (
          <Skeleton height={240} role="status" aria-label="Chargement des offres" />
        ) : null
      ) : (
        <>
          <Text size="sm" aria-live="polite">
            {countLabel(board.totalCount, 'offre', 'offres')}
          </Text>
          {board.totalCount === 0 ? (
            filtered ? (
              <NoMatchState title="Aucune offre ne correspond à ces critères." onClear={clear} />
            ) : (
              <EmptyState title="Aucune offre partagée dans vos réseaux">
                Les offres que les structures de vos réseaux partagent apparaissent ici. Partagez les vôtres dans « Nos
                offres ».
              </EmptyState>
            )
          ) : (
            <Stack gap="sm">
              {board.items.map((o) => (
                <OfferCard key={o.id} from={o} onPropose={onPropose} />
              ))}
            </Stack>
          )}
          <Pager
            page={page}
            pages={Math.ceil(board.totalCount / PER_PAGE)}
            onChange={setPage}
            label="Pages des offres du réseau"
          />
        </>
      )}
    </Stack>
  );
}
