import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Modal, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  formatIsoDateFr,
  NEVER_SHARED_WITH_PARTNERS,
  OPEN_PROPOSAL_STATUSES,
  ProposalStatus,
  todayInParis,
} from '@tremplin/domain';
import { useId, useMemo } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { HiringNeedOptionFieldsFragment } from '../../../gql/graphql';
import { type FormValues, RecordForm } from '../../records/components/RecordForm';
import { hiringNeedLabel } from '../format';
import type { ListedProposal } from './proposal-actions';
import {
  HiringNeedOptionFieldsFragmentDoc,
  OpenHiringNeedsDocument,
  ProposalPreviewDocument,
  ProposeTraineeDocument,
} from '../graphql/proposals.generated';
import { TraineeCardView } from './TraineeCardView';

/** Proposals that still hold a need for this person: a new one to the same need would be refused. */
const LIVE_STATUSES: readonly string[] = [...OPEN_PROPOSAL_STATUSES, ProposalStatus.VALIDATED, ProposalStatus.HIRED];

const PREVIEW_DELAY_MS = 400;

/**
 * « Ce que l’employeur verra »: the card the employer would receive with the options chosen, asked to the API
 * (`proposalPreview`, the same service as the portal) a moment after the last change. The previous card stays in place
 * while the next one loads, so the dialog does not jump.
 */
function ProposalPreview({
  personId,
  hiringNeedId,
  shareFullName,
  shareContact,
  message,
}: {
  personId: string;
  hiringNeedId: string;
  shareFullName: boolean;
  shareContact: boolean;
  message: string;
}) {
  const headingId = useId();
  const input = useMemo(
    () => ({ personId, hiringNeedId, shareFullName, shareContact, message: message.trim() || null }),
    [personId, hiringNeedId, shareFullName, shareContact, message],
  );
  const [debounced] = useDebouncedValue(input, PREVIEW_DELAY_MS);
  const { data, previousData, loading, error } = useQuery(ProposalPreviewDocument, {
    variables: { input: debounced },
    skip: !debounced.hiringNeedId,
  });
  const card = hiringNeedId ? (data ?? previousData)?.proposalPreview : undefined;
  const pending = loading || debounced !== input;
  return (
    <Stack gap="sm" mt="md" component="section" aria-labelledby={headingId} aria-busy={pending}>
      <Title order={4} size="h5" id={headingId}>
        Ce que l’employeur verra
      </Title>
      {!hiringNeedId ? (
        <Text size="sm" c="dimmed">
          Choisissez un besoin de recrutement : la fiche que l’employeur recevra s’affiche ici, telle quelle.
        </Text>
      ) : error && !pending ? (
        <Alert color="red" title="L’aperçu ne peut pas être affiché">
          {problemOf(error).message}
        </Alert>
      ) : card ? (
        // The card being updated stays at full contrast; the line below says it is being updated.
        <TraineeCardView card={card} headingOrder={5} />
      ) : (
        <Skeleton height={240} role="status" aria-label="Chargement de l’aperçu" />
      )}
      <Text size="sm" aria-live="polite">
        {pending && card ? 'Mise à jour de l’aperçu…' : ''}
      </Text>
      <Text size="sm" fw={600}>
        Jamais partagé : {NEVER_SHARED_WITH_PARTNERS.join(', ')}.
      </Text>
    </Stack>
  );
}

/**
 * Dialog « Proposer à un employeur »: pick an open hiring need of a partner, record the person's consent and what
 * they agree to share, see exactly the card the employer will receive, send. A refusal keeps everything typed and
 * shows each error next to its field.
 */
export function ProposeDialog({
  personId,
  opened,
  proposals,
  onClose,
  onSent,
}: {
  personId: string;
  opened: boolean;
  /** The person's proposals: needs already holding a live one are marked. */
  proposals: ListedProposal[];
  onClose: () => void;
  onSent: (message: string) => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Proposer à un employeur"
      centered
      size="xl"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': 'Fermer sans envoyer la proposition' }}
    >
      {opened ? <ProposeForm personId={personId} proposals={proposals} onClose={onClose} onSent={onSent} /> : null}
    </Modal>
  );
}

function ProposeForm({
  personId,
  proposals,
  onClose,
  onSent,
}: {
  personId: string;
  proposals: ListedProposal[];
  onClose: () => void;
  onSent: (message: string) => void;
}) {
  const needs = useQuery(OpenHiringNeedsDocument, { fetchPolicy: 'cache-and-network' });
  const [propose] = useMutation(ProposeTraineeDocument, { refetchQueries: 'active' });
  const held = new Set(proposals.filter((p) => LIVE_STATUSES.includes(p.status)).map((p) => p.hiringNeed.id));
  const options = useFragment({ fragment: HiringNeedOptionFieldsFragmentDoc, from: needs.data?.hiringNeeds ?? [] });
  const list: HiringNeedOptionFieldsFragment[] = options.complete ? options.data : [];

  if (!needs.data && needs.error)
    return (
      <Alert color="red" title="Les besoins de recrutement ne peuvent pas être affichés">
        {problemOf(needs.error).message}
      </Alert>
    );
  if (!needs.data) return <Skeleton height={320} role="status" aria-label="Chargement des besoins de recrutement" />;

  const preview = (v: FormValues) => (
    <ProposalPreview
      personId={personId}
      hiringNeedId={String(v['hiringNeedId'] ?? '')}
      shareFullName={Boolean(v['shareFullName'])}
      shareContact={Boolean(v['shareContact'])}
      message={String(v['message'] ?? '')}
    />
  );

  return (
    <Stack gap="sm">
      <Text size="sm">
        La fiche partagée ne montre que les compétences : certification visée, évaluations, heures de formation et
        missions faites chez cet employeur. Le nom complet et les coordonnées ne sont partagés que si la personne
        l’accepte.
      </Text>
      <RecordForm
        title="Besoin, consentement et partage"
        submitLabel="Envoyer la proposition"
        initial={{ consentGivenOn: formatIsoDateFr(todayInParis()), shareFullName: false, shareContact: false }}
        fields={[
          {
            name: 'hiringNeedId',
            label: 'Besoin de recrutement',
            kind: 'select',
            required: true,
            wide: true,
            options: list.map((n) => ({
              value: n.id,
              label: `${hiringNeedLabel(n)}${held.has(n.id) ? ' (déjà proposé·e)' : ''}`,
            })),
            description: list.length
              ? 'Les besoins ouverts de vos employeurs partenaires.'
              : 'Aucun besoin ouvert chez vos partenaires : un besoin se saisit dans « Partenaires », ou par l’employeur dans son portail.',
          },
          {
            name: 'consentGivenOn',
            label: 'Date du consentement',
            kind: 'date',
            required: true,
            description: 'Le jour où la personne a accepté que sa fiche soit partagée avec cet employeur.',
          },
          {
            name: 'shareFullName',
            label: 'Partager le nom complet',
            kind: 'checkbox',
            description: 'Sinon, l’employeur voit le prénom et l’initiale du nom.',
          },
          {
            name: 'shareContact',
            label: 'Partager téléphone et e-mail',
            kind: 'checkbox',
            description: 'Pour que l’employeur contacte directement la personne.',
          },
          {
            name: 'message',
            label: 'Message à l’employeur (facultatif)',
            kind: 'textarea',
            description: 'Ce que vous voulez dire de la candidature ; il s’affiche sur la fiche.',
          },
        ]}
        hint={preview}
        onCancel={onClose}
        onSubmit={async (v) => {
          const needId = String(v['hiringNeedId']);
          try {
            await propose({
              variables: {
                input: {
                  personId,
                  hiringNeedId: needId,
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
          const need = list.find((n) => n.id === needId);
          onSent(
            need
              ? `La proposition est envoyée à ${need.partnerOrganisation.name} pour le poste « ${need.jobTitle} » : l’employeur est prévenu.`
              : 'La proposition est envoyée : l’employeur est prévenu.',
          );
          return null;
        }}
      />
    </Stack>
  );
}
