import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { AdminPartnerReviewerFieldsFragment } from '../../../gql/graphql';
import { REFETCH_ORGANISATIONS } from '../admin-form';
import {
  DeactivatePartnerReviewerDocument,
  ReactivatePartnerReviewerDocument,
  ResetPartnerReviewerPasswordDocument,
} from '../graphql/admin-partners.generated';
import type { IssuedCredentials } from './CredentialsDialog';

type Reviewer = AdminPartnerReviewerFieldsFragment;
export type ReviewerAction = 'deactivate' | 'reactivate' | 'reset';

const TEXTS: Record<ReviewerAction, { title: (name: string) => string; body: string; confirm: string; keep: string }> =
  {
    deactivate: {
      title: (name) => `Désactiver le compte de ${name} ?`,
      body:
        'Cette personne ne pourra plus se connecter, et ses sessions ouvertes prennent fin tout de suite. Ses décisions ' +
        'et confirmations passées restent dans l’historique. Vous pourrez réactiver le compte : il recevra alors un ' +
        'nouveau mot de passe.',
      confirm: 'Désactiver le compte',
      keep: 'Garder le compte actif',
    },
    reactivate: {
      title: (name) => `Réactiver le compte de ${name} ?`,
      body:
        'Un nouveau mot de passe initial est créé et affiché une seule fois ; l’ancien ne fonctionnera plus. La personne ' +
        'retrouve le portail de son organisation.',
      confirm: 'Réactiver avec un nouveau mot de passe',
      keep: 'Laisser le compte désactivé',
    },
    reset: {
      title: (name) => `Donner un nouveau mot de passe à ${name} ?`,
      body:
        'Un nouveau mot de passe initial est créé et affiché une seule fois. L’ancien ne fonctionnera plus et les ' +
        'sessions ouvertes de cette personne prennent fin.',
      confirm: 'Créer un nouveau mot de passe',
      keep: 'Garder le mot de passe actuel',
    },
  };

/**
 * The confirmation of what changes a reviewer's access: deactivation (sessions end), reactivation or a new password
 * (the new one is handed to `onIssued`, to be shown once). The safe choice has the focus.
 */
export function ReviewerActionDialog({
  action,
  reviewer,
  organisationName,
  onClose,
  onDone,
  onIssued,
}: {
  action: ReviewerAction;
  reviewer: Reviewer;
  organisationName: string;
  onClose: () => void;
  onDone: (message: string) => void;
  onIssued: (credentials: IssuedCredentials) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [deactivate, deactivating] = useMutation(DeactivatePartnerReviewerDocument, REFETCH_ORGANISATIONS);
  const [reactivate, reactivating] = useMutation(ReactivatePartnerReviewerDocument, REFETCH_ORGANISATIONS);
  const [reset, resetting] = useMutation(ResetPartnerReviewerPasswordDocument, REFETCH_ORGANISATIONS);
  const text = TEXTS[action];
  const variables = { input: { id: reviewer.id } };

  const confirm = async () => {
    setError(null);
    try {
      if (action === 'deactivate') {
        await deactivate({ variables });
        onDone(`Le compte de ${reviewer.fullName} est désactivé : ses sessions ont pris fin.`);
      } else if (action === 'reactivate') {
        const { data } = await reactivate({ variables });
        if (data) onIssued({ ...data.reactivatePartnerReviewer, organisationName, why: 'reactivated' });
      } else {
        const { data } = await reset({ variables });
        if (data) onIssued({ ...data.resetPartnerReviewerPassword, organisationName, why: 'reset' });
      }
    } catch (err) {
      setError(problemOf(err).message);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={text.title(reviewer.fullName)}
      centered
      closeButtonProps={{ 'aria-label': `Fermer : ${text.keep.toLowerCase()}` }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {reviewer.fullName} ({reviewer.email}), {organisationName}.
        </Text>
        <Text size="sm">{text.body}</Text>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="outline" onClick={onClose} data-autofocus>
            {text.keep}
          </Button>
          <Button
            color={action === 'deactivate' ? 'red.9' : undefined}
            onClick={confirm}
            loading={deactivating.loading || reactivating.loading || resetting.loading}
          >
            {text.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
