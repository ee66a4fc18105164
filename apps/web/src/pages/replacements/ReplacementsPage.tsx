import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { problemOf } from '../../app/graphql-errors';
import { RequestLine } from '../../features/replacements/components/RequestLine';
import { ReplacementRequestsDocument } from '../../features/replacements/graphql/replacements.generated';

/**
 * « Remplacements »: the urgent replacements asked to my structure, the next slot first; « Nouvelle demande » posts
 * one on a partner employer's behalf.
 */
export function ReplacementsPage() {
  const { data, error, loading } = useQuery(ReplacementRequestsDocument, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    document.title = 'Remplacements · Tremplin';
  }, []);
  const rows = data?.replacementRequests ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>Remplacements</Title>
        <Button component={Link} to="/remplacements/nouvelle">
          Nouvelle demande
        </Button>
      </Group>
      {loading && !data ? <Loader role="status" aria-label="Chargement des demandes" /> : null}
      {error ? (
        <Alert color="red" role="alert">
          {problemOf(error).message}
        </Alert>
      ) : null}
      {data && !rows.length ? (
        <Text>
          Aucune demande de remplacement pour l’instant : un employeur partenaire la saisit dans son portail, ou
          saisissez-la pour lui avec « Nouvelle demande ».
        </Text>
      ) : null}
      {rows.map((r) => (
        <RequestLine key={r.id} request={r} to={`/remplacements/${r.id}`} />
      ))}
    </Stack>
  );
}
