import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { formatIsoDateFr, Permission } from '@tremplin/domain';
import { useId, useState } from 'react';
import { can, useCurrentUser } from '../../../app/auth';
import { type ApiProblem, problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import {
  LiftPersonLegalHoldDocument,
  PersonDataRetentionDocument,
  SetPersonLegalHoldDocument,
} from '../graphql/rights.generated';

/**
 * Tab « Données personnelles »: the information notice to print and hand to the person (everyone who reads the
 * file); for the direction, the export of everything held about the person (right of access: PDF for the person,
 * ZIP of JSON for a machine), where the file stands in its retention, and the legal hold (docs/domain/retention.md).
 */
export function PersonDataTab({ personId }: PersonTabProps) {
  const user = useCurrentUser();
  const director = can(user, Permission.PERSON_DATA_RIGHTS);
  const [started, setStarted] = useState<string | null>(null);
  const noticeId = useId();
  const exportId = useId();
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby={noticeId}>
        <Title order={2} size="h4" id={noticeId} mb="xs">
          Notice d’information
        </Title>
        <Text size="sm" mb="sm">
          À remettre à la personne : pourquoi ses données sont recueillies, qui les reçoit, combien de temps elles sont
          gardées, ses droits et comment les exercer.
        </Text>
        <Button
          component="a"
          href={`/api/persons/${personId}/information-notice`}
          download
          variant="outline"
          onClick={() => setStarted('Le téléchargement de la notice d’information a commencé.')}
        >
          Imprimer la notice d’information (PDF)
        </Button>
      </Paper>
      {director ? (
        <Paper withBorder p="md" component="section" aria-labelledby={exportId}>
          <Title order={2} size="h4" id={exportId} mb="xs">
            Exporter toutes les données de la personne
          </Title>
          <Text size="sm" mb="sm">
            Droit d’accès : tout ce que la structure détient sur la personne. Le PDF se lit et se remet à la personne ;
            l’archive ZIP contient un fichier JSON par table et le PDF. Chaque export est inscrit au journal des accès.
          </Text>
          <Group gap="sm">
            <Button
              component="a"
              href={`/api/persons/${personId}/data-export/pdf`}
              download
              onClick={() => setStarted('Le téléchargement de l’export (PDF) a commencé.')}
            >
              Exporter en PDF
            </Button>
            <Button
              component="a"
              href={`/api/persons/${personId}/data-export/zip`}
              download
              variant="outline"
              onClick={() => setStarted('Le téléchargement de l’export (archive ZIP) a commencé.')}
            >
              Exporter l’archive (ZIP)
            </Button>
          </Group>
        </Paper>
      ) : null}
      <div role="status" aria-live="polite">
        {started ? <Text size="sm">{started}</Text> : null}
      </div>
      {director ? <RetentionSection personId={personId} /> : null}
    </Stack>
  );
}

function RetentionSection({ personId }: { personId: string }) {
  const titleId = useId();
  const { data, error } = useQuery(PersonDataRetentionDocument, { variables: { personId } });
  // The answer has no `id` for the cache to merge: the status is read again.
  const [setHold, setState] = useMutation(SetPersonLegalHoldDocument, { refetchQueries: 'active' });
  const [liftHold, liftState] = useMutation(LiftPersonLegalHoldDocument, { refetchQueries: 'active' });
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!data && error)
    return (
      <Alert color="red" title="La conservation du dossier ne peut pas être affichée">
        {problemOf(error).message}
      </Alert>
    );
  const r = data?.personDataRetention;
  if (!r) return <Skeleton height={160} role="status" aria-label="Chargement de la conservation du dossier" />;
  const fieldError = (field: string) => problem?.fieldErrors.find((f) => f.field === field)?.message;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="xs">
        Conservation du dossier
      </Title>
      <Stack gap={4} mb="sm">
        {r.anonymisedAt ? (
          <Text size="sm">Ce dossier a été anonymisé au terme de sa durée de conservation.</Text>
        ) : (
          <>
            <Text size="sm">
              {r.lastContactOn
                ? `Dernier contact : ${formatIsoDateFr(r.lastContactOn)}. Sans nouveau contact, le dossier sera anonymisé à partir du ${formatIsoDateFr(r.anonymisationOn ?? r.lastContactOn)} (deux ans après), après un avis au conseiller ou à la conseillère 30 jours avant.`
                : 'Un contrat est en cours : le dossier est conservé.'}
            </Text>
            {r.fseHoldUntil ? (
              <Text size="sm">
                Participant·e FSE+ : le dossier est gardé pour les contrôles jusqu’au {formatIsoDateFr(r.fseHoldUntil)}.
              </Text>
            ) : null}
            {r.legalHoldReason ? (
              <Text size="sm" fw={600}>
                Dossier gelé
                {r.legalHoldUntil
                  ? ` jusqu’au ${formatIsoDateFr(r.legalHoldUntil)}`
                  : ' jusqu’à la levée du gel'} : {r.legalHoldReason}
              </Text>
            ) : null}
          </>
        )}
      </Stack>
      <div role="status" aria-live="polite">
        {done ? (
          <Alert color="green" mb="sm">
            {done}
          </Alert>
        ) : null}
      </div>
      {problem && problem.fieldErrors.length === 0 ? (
        <Alert color="red" mb="sm" role="alert">
          {problem.message}
        </Alert>
      ) : null}
      {r.anonymisedAt ? null : r.legalHoldReason ? (
        <Button
          variant="outline"
          loading={liftState.loading}
          onClick={async () => {
            setProblem(null);
            setDone(null);
            try {
              await liftHold({ variables: { input: { personId } } });
              setDone('Le gel est levé.');
            } catch (e) {
              setProblem(problemOf(e));
            }
          }}
        >
          Lever le gel
        </Button>
      ) : (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            setProblem(null);
            setDone(null);
            try {
              await setHold({ variables: { input: { personId, reason, until: until || null } } });
              setReason('');
              setUntil('');
              setDone('Le dossier est gelé : il ne sera pas anonymisé tant que le gel dure.');
            } catch (err) {
              setProblem(problemOf(err));
            }
          }}
        >
          <Stack gap="sm" maw={560}>
            <Text size="sm">
              Geler le dossier le garde au-delà de la durée de conservation, par exemple quand un financeur peut encore
              le contrôler.
            </Text>
            <Textarea
              label="Motif du gel"
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError('reason')}
              autosize
              minRows={2}
              maxLength={500}
            />
            <TextInput
              label="Jusqu’au (facultatif)"
              description="Laissez vide pour geler jusqu’à la levée du gel."
              type="date"
              value={until}
              onChange={(e) => setUntil(e.currentTarget.value)}
              error={fieldError('until')}
            />
            <Group>
              <Button type="submit" loading={setState.loading}>
                Geler le dossier
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
