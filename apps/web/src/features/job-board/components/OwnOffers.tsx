import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { EmptyState, QueryError } from '@tremplin/web-ui';
import { useState } from 'react';
import { FragmentData } from '../../../app/FragmentData';
import { problemOf } from '../../../app/graphql-errors';
import { RecordForm } from '../../records/components/RecordForm';
import { JOB_CONTRACT_OPTIONS, placeLabel } from '../format';
import {
  CreateJobOfferDocument,
  JobOfferFieldsFragmentDoc,
  JobOffersDocument,
  ShareJobOfferDocument,
} from '../graphql/job-board.generated';

/** « Nos offres »: my structure's own job offers, each with its « Partager avec le réseau » toggle. */
export function OwnOffers({ onNotice }: { onNotice: (message: string) => void }) {
  const { data, loading, error } = useQuery(JobOffersDocument, { fetchPolicy: 'cache-and-network' });
  const [share] = useMutation(ShareJobOfferDocument, { refetchQueries: 'active' });
  const [create] = useMutation(CreateJobOfferDocument, { refetchQueries: [JobOffersDocument] });
  const [creating, setCreating] = useState(false);
  const [shareError, setShareError] = useState<string | null>(null);

  if (!data)
    return error ? (
      <QueryError title="Vos offres ne peuvent pas être affichées" message={problemOf(error).message} />
    ) : loading ? (
      <Skeleton height={160} role="status" aria-label="Chargement de vos offres" />
    ) : null;

  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button onClick={() => setCreating(true)}>Nouvelle offre</Button>
      </Group>
      <QueryError title="Le partage n’est pas enregistré" message={shareError} />
      {data.jobOffers.length === 0 ? (
        <EmptyState title="Aucune offre de votre structure">
          Saisissez vos offres d’emploi pour les partager avec les structures de vos réseaux.
        </EmptyState>
      ) : (
        data.jobOffers.map((offer) => (
          <FragmentData key={offer.id} fragment={JobOfferFieldsFragmentDoc} from={offer}>
            {(o) => (
              <Paper withBorder p="md" radius="md" component="article" aria-label={o.jobTitle}>
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Title order={3} size="h5">
                      {o.jobTitle}
                    </Title>
                    <Text size="sm">
                      {placeLabel(o.town, o.postalCode)} · {o.contractKindLabel}
                      {o.status === 'CLOSED' ? ' · fermée' : ''}
                    </Text>
                  </Stack>
                  <Switch
                    label="Partager avec le réseau"
                    checked={o.shared}
                    onChange={async (e) => {
                      const shared = e.currentTarget.checked;
                      setShareError(null);
                      try {
                        await share({ variables: { jobOfferId: o.id, shared } });
                        onNotice(
                          shared
                            ? `L’offre « ${o.jobTitle} » est partagée avec vos réseaux.`
                            : `L’offre « ${o.jobTitle} » n’est plus partagée.`,
                        );
                      } catch (err) {
                        setShareError(problemOf(err).message);
                      }
                    }}
                  />
                </Group>
              </Paper>
            )}
          </FragmentData>
        ))
      )}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title="Nouvelle offre"
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': 'Fermer sans enregistrer l’offre' }}
      >
        {creating ? (
          <RecordForm
            title="L’offre d’emploi"
            submitLabel="Enregistrer l’offre"
            fields={[
              { name: 'jobTitle', label: 'Métier', kind: 'text', required: true, maxLength: 200 },
              { name: 'town', label: 'Commune', kind: 'text', required: true, maxLength: 100 },
              { name: 'postalCode', label: 'Code postal', kind: 'text', maxLength: 5 },
              { name: 'contractKind', label: 'Contrat', kind: 'select', required: true, options: JOB_CONTRACT_OPTIONS },
              { name: 'description', label: 'Description', kind: 'textarea', wide: true },
            ]}
            onCancel={() => setCreating(false)}
            onSubmit={async (v) => {
              try {
                await create({
                  variables: {
                    input: {
                      jobTitle: String(v['jobTitle']),
                      town: String(v['town']),
                      postalCode: v['postalCode'] === null ? null : String(v['postalCode']),
                      contractKind: String(v['contractKind']),
                      description: v['description'] === null ? null : String(v['description']),
                    },
                  },
                });
              } catch (e) {
                return problemOf(e);
              }
              setCreating(false);
              onNotice('L’offre est enregistrée : partagez-la avec vos réseaux quand elle est prête.');
              return null;
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
