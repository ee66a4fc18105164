import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Skeleton, Stack, TextInput } from '@mantine/core';
import { EmptyState, PageHeader, QueryError, SuccessNotice } from '@tremplin/web-ui';
import { type FormEvent, useState } from 'react';
import { problemOf } from '../../app/graphql-errors';
import { NetworkCard } from '../../features/job-board/components/NetworkCard';
import {
  CreateNetworkDocument,
  NetworksDocument,
  NetworkStructureChoicesDocument,
} from '../../features/job-board/graphql/networks.generated';

/**
 * « Réseaux » (administration): the networks of structures that share a job board, their members, their outside feed
 * token (docs/domain/job-board.md).
 */
export function AdminNetworksPage() {
  const networks = useQuery(NetworksDocument, { fetchPolicy: 'cache-and-network' });
  const structures = useQuery(NetworkStructureChoicesDocument);
  const [create, creating] = useMutation(CreateNetworkDocument, { refetchQueries: [NetworksDocument] });
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const choices = (structures.data?.adminStructures ?? []).map((s) => ({ value: s.id, label: s.name }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNameError(null);
    try {
      await create({ variables: { name } });
      setNotice(`Le réseau « ${name.trim()} » est créé : choisissez ses structures membres.`);
      setName('');
    } catch (err) {
      const problem = problemOf(err);
      setNameError(problem.fieldErrors.find((f) => f.field === 'name')?.message ?? problem.message);
    }
  };

  return (
    <>
      <PageHeader
        title="Réseaux"
        subtitle="Les structures d’un réseau partagent leurs offres d’emploi : une recherche les couvre toutes."
      />
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <Stack gap="md" mt="sm">
        <form onSubmit={submit} aria-label="Nouveau réseau">
          <Group align="flex-end">
            <TextInput
              label="Nom du nouveau réseau"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={nameError}
              maxLength={200}
              required
            />
            <Button type="submit" loading={creating.loading}>
              Créer le réseau
            </Button>
          </Group>
        </form>
        <QueryError
          title="Les réseaux ne peuvent pas être affichés"
          message={networks.error ? problemOf(networks.error).message : null}
        />
        {!networks.data ? (
          networks.loading ? (
            <Skeleton height={200} role="status" aria-label="Chargement des réseaux" />
          ) : null
        ) : networks.data.networks.length === 0 ? (
          <EmptyState title="Aucun réseau">Créez un réseau, puis choisissez ses structures membres.</EmptyState>
        ) : (
          networks.data.networks.map((n) => (
            <NetworkCard key={n.id} network={n} structures={choices} onNotice={setNotice} />
          ))
        )}
      </Stack>
    </>
  );
}
