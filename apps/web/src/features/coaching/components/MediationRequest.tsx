import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { formatIsoDateFr } from '@tremplin/domain';
import { type FormEvent, useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import { PortalMediationRequestsDocument, PortalRequestMediationDocument } from '../graphql/portal-mediation.generated';

const MESSAGE_MAX = 1000;

/**
 * The portal's « Demander une médiation » on one of its mission lines: the employer's short message goes to the
 * coach; the line then shows where the request stands (one open request at a time).
 */
export function MediationRequest({ missionId, lineLabel }: { missionId: string; lineLabel: string }) {
  const { data } = useQuery(PortalMediationRequestsDocument);
  const [opened, setOpened] = useState(false);
  const latest = data?.portalMediationRequests.find((r) => r.missionId === missionId) ?? null;
  if (latest?.status === 'REQUESTED')
    return (
      <Badge size="sm" color="warning.9" variant="outline" tt="none" mt={4}>
        Médiation demandée le {formatIsoDateFr(latest.requestedAt.slice(0, 10))}
      </Badge>
    );
  return (
    <>
      {latest ? (
        <Text size="xs" mt={4}>
          Médiation faite{latest.heldOn ? ` le ${formatIsoDateFr(latest.heldOn)}` : ''}.
        </Text>
      ) : null}
      <Button
        size="xs"
        variant="subtle"
        mt={4}
        onClick={() => setOpened(true)}
        aria-label={`Demander une médiation : ${lineLabel}`}
      >
        Demander une médiation
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title="Demander une médiation"
        closeButtonProps={{ 'aria-label': 'Fermer sans envoyer la demande' }}
      >
        {opened ? <MediationForm missionId={missionId} onDone={() => setOpened(false)} /> : null}
      </Modal>
    </>
  );
}

function MediationForm({ missionId, onDone }: { missionId: string; onDone: () => void }) {
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [request, { loading }] = useMutation(PortalRequestMediationDocument, {
    refetchQueries: [PortalMediationRequestsDocument],
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!message.trim()) {
      setProblem('Dites en quelques mots ce qui motive la demande de médiation.');
      return;
    }
    try {
      await request({ variables: { input: { missionId, message } } });
      onDone();
    } catch (err) {
      setProblem(problemOf(err).message);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Le·la chargé·e d’accompagnement de la structure est prévenu·e et organise la médiation avec vous et la
          personne.
        </Text>
        <Textarea
          label="Votre message"
          description={`Ce qui motive la demande, en quelques mots (${MESSAGE_MAX} caractères au plus).`}
          required
          autosize
          minRows={3}
          maxLength={MESSAGE_MAX}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          error={problem}
        />
        <Button type="submit" loading={loading}>
          Envoyer la demande
        </Button>
      </Stack>
    </form>
  );
}
