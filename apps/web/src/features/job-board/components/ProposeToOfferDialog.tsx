import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Modal, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatIsoDateFr, NEVER_SHARED_WITH_PARTNERS, todayInParis } from '@tremplin/domain';
import { useId, useMemo } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { BoardOfferFieldsFragment } from '../../../gql/graphql';
import { TraineeCardView } from '../../proposals/components/TraineeCardView';
import { type FormValues, RecordForm } from '../../records/components/RecordForm';
import {
  BoardPersonChoicesDocument,
  BoardProposalPreviewDocument,
  ProposeToBoardOfferDocument,
} from '../graphql/job-board.generated';

const PREVIEW_DELAY_MS = 400;

/** « Ce que la structure verra »: the card the offer's structure would receive, asked to the API a moment after typing. */
function BoardPreview({
  input,
}: {
  input: {
    sharedOfferId: string;
    personId: string;
    shareFullName: boolean;
    shareContact: boolean;
    message: string | null;
  };
}) {
  const headingId = useId();
  const [debounced] = useDebouncedValue(input, PREVIEW_DELAY_MS);
  const { data, previousData, loading, error } = useQuery(BoardProposalPreviewDocument, {
    variables: { input: debounced },
    skip: !debounced.personId,
  });
  const card = input.personId ? (data ?? previousData)?.boardProposalPreview : undefined;
  return (
    <Stack gap="sm" mt="md" component="section" aria-labelledby={headingId} aria-busy={loading}>
      <Title order={4} size="h5" id={headingId}>
        Ce que la structure verra
      </Title>
      {!input.personId ? (
        <Text size="sm" c="dimmed">
          Choisissez la personne : la fiche que la structure recevra s’affiche ici, telle quelle.
        </Text>
      ) : error && !loading ? (
        <Alert color="red" title="L’aperçu ne peut pas être affiché">
          {problemOf(error).message}
        </Alert>
      ) : card ? (
        <TraineeCardView card={card} headingOrder={5} />
      ) : (
        <Skeleton height={240} role="status" aria-label="Chargement de l’aperçu" />
      )}
      <Text size="sm" fw={600}>
        Jamais partagé : {NEVER_SHARED_WITH_PARTNERS.join(', ')}.
      </Text>
    </Stack>
  );
}

function PreviewOf({ offerId, values }: { offerId: string; values: FormValues }) {
  const personId = String(values['personId'] ?? '');
  const shareFullName = Boolean(values['shareFullName']);
  const shareContact = Boolean(values['shareContact']);
  const message = String(values['message'] ?? '').trim() || null;
  const input = useMemo(
    () => ({ sharedOfferId: offerId, personId, shareFullName, shareContact, message }),
    [offerId, personId, shareFullName, shareContact, message],
  );
  return <BoardPreview input={input} />;
}

/**
 * « Proposer une personne » to an offer of the network: one of my structure's people, the person's consent and what
 * they agree to share (the same consent step as « Proposer à un employeur »), the exact card the other structure
 * will see. The other structure sees this card only, never the person's file.
 */
export function ProposeToOfferDialog({
  offer,
  onClose,
  onSent,
}: {
  offer: BoardOfferFieldsFragment | null;
  onClose: () => void;
  onSent: (message: string) => void;
}) {
  const persons = useQuery(BoardPersonChoicesDocument, { skip: !offer, fetchPolicy: 'cache-and-network' });
  const [propose] = useMutation(ProposeToBoardOfferDocument);
  const choices = (persons.data?.persons.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.firstName} ${node.lastName}`,
  }));
  return (
    <Modal
      opened={offer !== null}
      onClose={onClose}
      title="Proposer une personne"
      centered
      size="xl"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': 'Fermer sans envoyer la proposition' }}
    >
      {offer && !persons.data ? (
        <Skeleton height={320} role="status" aria-label="Chargement des personnes" />
      ) : offer ? (
        <Stack gap="sm">
          <Text size="sm">
            Offre « {offer.jobTitle} » partagée par {offer.ownerStructureName}. Cette structure ne verra que la fiche de
            compétences ; le nom complet et les coordonnées seulement si la personne l’accepte.
          </Text>
          <RecordForm
            title="Personne, consentement et partage"
            submitLabel="Envoyer la proposition"
            initial={{ consentGivenOn: formatIsoDateFr(todayInParis()), shareFullName: false, shareContact: false }}
            fields={[
              { name: 'personId', label: 'Personne', kind: 'select', required: true, wide: true, options: choices },
              {
                name: 'consentGivenOn',
                label: 'Date du consentement',
                kind: 'date',
                required: true,
                description: 'Le jour où la personne a accepté que sa fiche soit partagée avec cette structure.',
              },
              {
                name: 'shareFullName',
                label: 'Partager le nom complet',
                kind: 'checkbox',
                description: 'Sinon, la structure voit le prénom et l’initiale du nom.',
              },
              { name: 'shareContact', label: 'Partager téléphone et e-mail', kind: 'checkbox' },
              { name: 'message', label: 'Message à la structure (facultatif)', kind: 'textarea' },
            ]}
            hint={(v) => <PreviewOf offerId={offer.id} values={v} />}
            onCancel={onClose}
            onSubmit={async (v) => {
              try {
                await propose({
                  variables: {
                    input: {
                      sharedOfferId: offer.id,
                      personId: String(v['personId']),
                      consentGivenOn: String(v['consentGivenOn']),
                      shareFullName: Boolean(v['shareFullName']),
                      shareContact: Boolean(v['shareContact']),
                      message: v['message'] === null ? null : String(v['message']),
                    },
                  },
                });
              } catch (e) {
                return problemOf(e);
              }
              onSent(`La proposition est envoyée à ${offer.ownerStructureName} pour l’offre « ${offer.jobTitle} ».`);
              return null;
            }}
          />
        </Stack>
      ) : null}
    </Modal>
  );
}
