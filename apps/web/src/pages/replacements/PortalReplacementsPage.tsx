import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { PortalReplacementForm } from '../../features/replacements/components/PortalReplacementForm';
import { ReplacementCard } from '../../features/replacements/components/ReplacementCard';
import { RequestLine } from '../../features/replacements/components/RequestLine';
import { PortalReplacementRequestsDocument } from '../../features/replacements/graphql/replacements.generated';

/** The employer's replacements: « Demander un remplacement », then its requests and their status. */
export function PortalReplacementsPage() {
  const { data } = useQuery(PortalReplacementRequestsDocument, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    document.title = 'Remplacements · Portail employeur · Tremplin';
  }, []);
  const rows = data?.portalReplacementRequests ?? [];
  return (
    <Stack>
      <Title order={1}>Remplacements</Title>
      <section aria-labelledby="ask">
        <Title order={2} size="h3" id="ask" mb="xs">
          Demander un remplacement
        </Title>
        <PortalReplacementForm />
      </section>
      <section aria-labelledby="mine">
        <Title order={2} size="h3" id="mine" mb="xs">
          Mes demandes
        </Title>
        <Stack gap="xs">
          {data && !rows.length ? <Text>Aucune demande pour l’instant.</Text> : null}
          {rows.map((r) => (
            <Stack key={r.id} gap={4}>
              <RequestLine request={r} />
              {r.status === 'FILLED' ? <ReplacementCard requestId={r.id} /> : null}
            </Stack>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
