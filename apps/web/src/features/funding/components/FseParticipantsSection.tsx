import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { countLabel } from '@tremplin/domain';
import { EmptyState } from '@tremplin/web-ui';
import { problemOf } from '../../../app/graphql-errors';
import { useFseParticipants } from '../hooks/useFseParticipants';
import { FseEnrolForm, FseParticipantEditForm } from './FseParticipantForms';
import { FseParticipantsTable } from './FseParticipantsTable';

/**
 * « Participant·es FSE+ » of an FSE+ agreement: who is enrolled, what is missing for each (entry, exit, six-month data),
 * how many are complete; enrol a person of the caseload, complete their data, and export the list as CSV for the
 * funder's platform (« Ma démarche FSE+ »).
 */
export function FseParticipantsSection({
  agreementId,
  reference,
  canWrite,
  canExport,
}: {
  agreementId: string;
  reference: string;
  /** PATHWAY_WRITE: enrol and complete participants. */
  canWrite: boolean;
  /** SENSITIVE_READ: the export holds the situation answers. */
  canExport: boolean;
}) {
  // Without sensitive:read, `situations` is null: those questions are neither shown nor sent.
  const withSituations = canExport;
  const s = useFseParticipants({ agreementId, reference, withSituations });
  const { participants, enrolling, editing } = s;

  if (s.error && !participants)
    return (
      <Alert color="red" role="alert" title="Les participant·es n’ont pas pu être chargé·es">
        {problemOf(s.error).message}
      </Alert>
    );
  if (!participants) return <Skeleton height={200} role="status" aria-label="Chargement des participant·es" />;

  const complete = participants.filter((p) => p.complete).length;

  return (
    <Stack gap="sm" component="section" aria-labelledby="fse-participants-title">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id="fse-participants-title">
            Participant·es FSE+
          </Title>
          <Text size="sm" aria-live="polite" aria-atomic="true">
            {countLabel(participants.length, 'participant·e inscrit·e', 'participant·es inscrit·es')} ·{' '}
            {countLabel(complete, 'dossier complet', 'dossiers complets')}
            {participants.length - complete
              ? ` · ${countLabel(participants.length - complete, 'à compléter', 'à compléter')}`
              : ''}
          </Text>
        </Stack>
        <Group gap="sm">
          {canExport && participants.length ? (
            <Button variant="outline" onClick={s.exportCsv} loading={s.exporting}>
              Exporter en CSV
            </Button>
          ) : null}
          {canWrite && !enrolling ? <Button onClick={s.startEnrolment}>Inscrire une personne</Button> : null}
        </Group>
      </Group>

      {s.status ? (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel="Fermer ce message"
          onClose={s.clearStatus}
        >
          {s.status}
        </Alert>
      ) : null}
      {s.exportError ? (
        <Alert color="red" role="alert" title="L’export n’a pas pu être fait">
          {s.exportError}
        </Alert>
      ) : null}

      {enrolling ? (
        <FseEnrolForm
          state={s}
          reference={reference}
          withSituations={withSituations}
          enrolled={new Map(participants.map((p) => [p.personId, 'déjà inscrit·e']))}
        />
      ) : null}
      {editing ? <FseParticipantEditForm state={s} participant={editing} withSituations={withSituations} /> : null}

      {participants.length === 0 ? (
        <EmptyState
          title="Personne n’est encore inscrit·e à cette opération FSE+."
          action={
            canWrite && !enrolling ? <Button onClick={s.startEnrolment}>Inscrire une première personne</Button> : null
          }
        >
          Inscrivez les personnes accompagnées au titre de l’opération, avec leurs données d’entrée : elles seront
          demandées dans le bilan et dans l’export pour le financeur.
        </EmptyState>
      ) : (
        <FseParticipantsTable
          participants={participants}
          reference={reference}
          loading={s.loading}
          onEdit={canWrite ? s.startEdit : null}
        />
      )}
    </Stack>
  );
}
