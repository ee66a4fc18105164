import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { problemOf } from '../../app/graphql-errors';
import { RequestLine } from '../../features/replacements/components/RequestLine';
import { ReplacementRequestsDocument } from '../../features/replacements/graphql/replacements.generated';

/** « Remplacements »: the urgent replacements asked to my structure, the next slot first. */
export function ReplacementsPage() {
  const { data, error, loading } = useQuery(ReplacementRequestsDocument, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    document.title = 'Remplacements · Tremplin';
  }, []);
  const rows = data?.replacementRequests ?? [];
  return (
    <Stack>
      <Title order={1}>Remplacements</Title>
      {loading && !data ? <Loader role="status" aria-label="Chargement des demandes" /> : null}
      {error ? (
        <Alert color="red" role="alert">
          {problemOf(error).message}
        </Alert>
      ) : null}
      {data && !rows.length ? <Text>Aucune demande de remplacement pour l’instant.</Text> : null}
      {rows.map((r) => (
        <RequestLine key={r.id} request={r} to={`/remplacements/${r.id}`} />
      ))}
    </Stack>
  );
}
