import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { QueryError } from '@tremplin/web-ui';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { NetworksQuery, RenewNetworkFeedTokenMutation } from '../../../gql/graphql';
import {
  NetworksDocument,
  RenewNetworkFeedTokenDocument,
  SetNetworkMembersDocument,
} from '../graphql/networks.generated';

type Network = NetworksQuery['networks'][number];
type FeedToken = RenewNetworkFeedTokenMutation['renewNetworkFeedToken'];

/** One network: its member structures (editable), and its feed token (a new one shown once). */
export function NetworkCard({
  network,
  structures,
  onNotice,
}: {
  network: Network;
  structures: { value: string; label: string }[];
  onNotice: (message: string) => void;
}) {
  const [members, setMembers] = useState(network.members.map((m) => m.id));
  const [error, setError] = useState<string | null>(null);
  const [token, setToken] = useState<FeedToken | null>(null);
  const [save, saving] = useMutation(SetNetworkMembersDocument, { refetchQueries: [NetworksDocument] });
  const [renew, renewing] = useMutation(RenewNetworkFeedTokenDocument, { refetchQueries: [NetworksDocument] });
  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={`Réseau ${network.name}`}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {network.name}
        </Title>
        <QueryError title="La modification n’est pas enregistrée" message={error} />
        <MultiSelect
          label="Structures membres"
          data={structures}
          value={members}
          onChange={setMembers}
          searchable
          nothingFoundMessage="Aucune structure de ce nom"
        />
        <Group>
          <Button
            loading={saving.loading}
            onClick={async () => {
              setError(null);
              try {
                await save({ variables: { input: { networkId: network.id, structureIds: members } } });
                onNotice(`Les membres du réseau « ${network.name} » sont enregistrés.`);
              } catch (e) {
                setError(problemOf(e).message);
              }
            }}
          >
            Enregistrer les membres
          </Button>
          <Button
            variant="outline"
            loading={renewing.loading}
            onClick={async () => {
              setError(null);
              try {
                const r = await renew({ variables: { networkId: network.id } });
                setToken(r.data?.renewNetworkFeedToken ?? null);
              } catch (e) {
                setError(problemOf(e).message);
              }
            }}
          >
            {network.hasFeedToken ? 'Remplacer le jeton du flux' : 'Créer le jeton du flux'}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {network.hasFeedToken
            ? 'Un portail extérieur lit les offres du réseau avec le jeton du flux. Le remplacer coupe l’ancien.'
            : 'Aucun flux : créez un jeton pour qu’un portail extérieur lise les offres du réseau (JSON ou CSV).'}
        </Text>
        {token ? (
          <Alert color="yellow" title="Copiez ce jeton maintenant : il ne sera plus montré">
            <Stack gap={4}>
              <Code block>{token.token}</Code>
              <Text size="sm">JSON : {`${origin}${token.jsonPath}?token=…`}</Text>
              <Text size="sm">CSV : {`${origin}${token.csvPath}?token=…`}</Text>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
