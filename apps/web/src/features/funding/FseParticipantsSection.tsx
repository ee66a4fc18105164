import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  addMonths,
  countLabel,
  formatIsoDateFr,
  FSE_EXIT_SITUATION_LABELS,
  FSE_FOLLOW_UP_MONTHS,
  type FseExitSituation,
  FseSituation,
  todayInParis,
} from '@tremplin/domain';
import { EmptyState, TONES } from '@tremplin/web-ui';
import { useEffect, useRef, useState } from 'react';
import { problemOf } from '../../app/graphql-errors';
import type { FseParticipantFieldsFragment } from '../../gql/graphql';
import { type FormValues, RecordForm } from '../records/components/RecordForm';
import { downloadTextFile } from './download';
import {
  EnrolFseParticipantDocument,
  FseParticipantsCsvDocument,
  FseParticipantsDocument,
  UpdateFseParticipantDocument,
} from './fse.generated';
import {
  entryFields,
  entryInput,
  EXIT_FIELDS,
  exitInput,
  participantFormValues,
  SITUATION_FIELD,
} from './fse-participant-form';
import { Pager } from './Pager';
import { type ChosenPerson, PersonChooser, personName } from './PersonChooser';
import { matches, pageOf } from './search';

type Participant = FseParticipantFieldsFragment;
const PER_PAGE = 50;

/** What the data say, for the table: « 12/01/2026 » or a dimmed « — ». */
function DateCell({ iso }: { iso: string | null | undefined }) {
  return iso ? (
    <>{formatIsoDateFr(iso)}</>
  ) : (
    <Text span size="sm" c="dimmed">
      —
    </Text>
  );
}

/** A situation ticked by a participant who declined (or before being asked) would be refused by the server. */
function situationsHint(v: FormValues) {
  const ticked = Object.values(FseSituation).some((s) => v[SITUATION_FIELD(s)] === true);
  if (v['situationsAnswered'] === 'yes' || !ticked) return null;
  return (
    <Text size="sm" c={TONES.warning} mt="sm">
      {v['situationsAnswered'] === 'no'
        ? 'La personne a refusé de répondre : les situations cochées ne seront pas enregistrées.'
        : 'Choisissez « La personne a répondu » pour enregistrer les situations cochées.'}
    </Text>
  );
}

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
  const client = useApolloClient();
  const { data, previousData, loading, error } = useQuery(FseParticipantsDocument, { variables: { id: agreementId } });
  const [enrol] = useMutation(EnrolFseParticipantDocument, { refetchQueries: 'active' });
  const [update] = useMutation(UpdateFseParticipantDocument, { refetchQueries: 'active' });
  const [search, setSearch] = useState('');
  const [completeness, setCompleteness] = useState('');
  const [page, setPage] = useState(1);
  const [enrolling, setEnrolling] = useState(false);
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  const [personError, setPersonError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Participant | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const participants = (data ?? previousData)?.fundingAgreement.participants;
  // Without sensitive:read, `situations` is null: those questions are neither shown nor sent.
  const withSituations = canExport;

  useEffect(() => {
    if (enrolling || editing) formRef.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, [enrolling, editing]);

  if (error && !participants)
    return (
      <Alert color="red" role="alert" title="Les participant·es n’ont pas pu être chargé·es">
        {problemOf(error).message}
      </Alert>
    );
  if (!participants) return <Skeleton height={200} role="status" aria-label="Chargement des participant·es" />;

  const complete = participants.filter((p) => p.complete).length;
  const shown = participants
    .filter((p) => matches(search, p.personName))
    .filter((p) => (completeness === 'missing' ? !p.complete : completeness === 'complete' ? p.complete : true))
    .sort((a, b) => a.personName.localeCompare(b.personName, 'fr'));
  const paged = pageOf(shown, page, PER_PAGE);
  const enrolled = new Map(participants.map((p) => [p.personId, 'déjà inscrit·e']));
  const today = todayInParis();

  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    setStatus(null);
    try {
      const { data: csv } = await client.query({
        query: FseParticipantsCsvDocument,
        variables: { agreementId },
        fetchPolicy: 'network-only',
      });
      if (!csv) throw new Error('export vide');
      downloadTextFile(csv.fseParticipantsCsv.filename, csv.fseParticipantsCsv.content);
      setStatus(
        `Fichier ${csv.fseParticipantsCsv.filename} téléchargé (${countLabel(participants.length, 'participant·e')}) : il est dans le dossier des téléchargements de votre navigateur. Il s’ouvre dans Excel ou LibreOffice (séparateur point-virgule).`,
      );
    } catch (e) {
      setExportError(problemOf(e).message);
    } finally {
      setExporting(false);
    }
  };

  const closeForms = () => {
    setEnrolling(false);
    setEditing(null);
    setPerson(null);
    setPersonError(null);
  };

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
            <Button variant="outline" onClick={exportCsv} loading={exporting}>
              Exporter en CSV
            </Button>
          ) : null}
          {canWrite && !enrolling ? (
            <Button
              onClick={() => {
                setEditing(null);
                setEnrolling(true);
              }}
            >
              Inscrire une personne
            </Button>
          ) : null}
        </Group>
      </Group>

      {status ? (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel="Fermer ce message"
          onClose={() => setStatus(null)}
        >
          {status}
        </Alert>
      ) : null}
      {exportError ? (
        <Alert color="red" role="alert" title="L’export n’a pas pu être fait">
          {exportError}
        </Alert>
      ) : null}

      {enrolling ? (
        <div ref={formRef}>
          <RecordForm
            title={`Inscrire une personne à l’opération ${reference}`}
            submitLabel="Inscrire la personne"
            fields={entryFields(withSituations, true)}
            initial={{ entryDate: formatIsoDateFr(today) }}
            hint={withSituations ? situationsHint : undefined}
            onCancel={closeForms}
            onSubmit={async (v) => {
              if (!person) {
                setPersonError('Choisissez la personne à inscrire.');
                return { code: 'BAD_USER_INPUT', message: 'Choisissez la personne à inscrire.', fieldErrors: [] };
              }
              try {
                await enrol({
                  variables: { input: { agreementId, personId: person.id, ...entryInput(v, withSituations) } },
                });
                setStatus(`${personName(person)} est inscrit·e à l’opération ${reference}.`);
                closeForms();
                return null;
              } catch (e) {
                const problem = problemOf(e);
                const about = problem.fieldErrors.find((fe) => fe.field === 'personId');
                if (about) setPersonError(about.message);
                return problem;
              }
            }}
          >
            <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
              <PersonChooser
                label="Personne à inscrire"
                chosen={person}
                onChoose={(p) => {
                  setPerson(p);
                  setPersonError(null);
                }}
                exclude={enrolled}
                error={personError}
              />
            </div>
          </RecordForm>
        </div>
      ) : null}

      {editing ? (
        <div ref={formRef}>
          <RecordForm
            key={editing.id}
            title={`Données FSE+ de ${editing.personName}`}
            submitLabel="Enregistrer les données"
            fields={[...entryFields(withSituations && editing.situations !== null), ...EXIT_FIELDS]}
            initial={participantFormValues(editing)}
            hint={(v) => (
              <>
                {withSituations ? situationsHint(v) : null}
                {editing.birthYear ? (
                  <Text size="sm" c="dimmed" mt="sm">
                    Année de naissance reprise de la fiche : {editing.birthYear}.
                  </Text>
                ) : null}
                {editing.exitDate ? (
                  <Text size="sm" c="dimmed" mt={4}>
                    Suivi à {FSE_FOLLOW_UP_MONTHS} mois attendu à partir du{' '}
                    {formatIsoDateFr(addMonths(editing.exitDate, FSE_FOLLOW_UP_MONTHS))}.
                  </Text>
                ) : null}
              </>
            )}
            onCancel={closeForms}
            onSubmit={async (v) => {
              try {
                await update({
                  variables: {
                    input: {
                      id: editing.id,
                      version: editing.version,
                      ...entryInput(v, withSituations && editing.situations !== null),
                      ...exitInput(v),
                    },
                  },
                });
                setStatus(`Les données FSE+ de ${editing.personName} sont enregistrées.`);
                closeForms();
                return null;
              } catch (e) {
                return problemOf(e);
              }
            }}
          />
        </div>
      ) : null}

      {participants.length === 0 ? (
        <EmptyState
          title="Personne n’est encore inscrit·e à cette opération FSE+."
          action={
            canWrite && !enrolling ? (
              <Button onClick={() => setEnrolling(true)}>Inscrire une première personne</Button>
            ) : null
          }
        >
          Inscrivez les personnes accompagnées au titre de l’opération, avec leurs données d’entrée : elles seront
          demandées dans le bilan et dans l’export pour le financeur.
        </EmptyState>
      ) : (
        <>
          <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Filtrer les participant·es">
            <TextInput
              label="Rechercher une personne"
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.currentTarget.value);
                setPage(1);
              }}
              w={{ base: '100%', sm: 300 }}
            />
            <NativeSelect
              label="Données"
              value={completeness}
              onChange={(e) => {
                setCompleteness(e.currentTarget.value);
                setPage(1);
              }}
              data={[
                { value: '', label: 'Tous les dossiers' },
                { value: 'missing', label: 'À compléter' },
                { value: 'complete', label: 'Complets' },
              ]}
              w={{ base: '100%', sm: 220 }}
            />
          </Group>
          {shown.length === 0 ? (
            <EmptyState
              title="Aucun·e participant·e ne correspond à ces critères."
              action={
                <Button
                  variant="outline"
                  onClick={() => {
                    setSearch('');
                    setCompleteness('');
                  }}
                >
                  Effacer les filtres
                </Button>
              }
            />
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing={6} fz="sm" aria-busy={loading}>
                <caption>
                  <VisuallyHidden>
                    Participant·es de l’opération {reference}, avec les données qui manquent à chacun·e
                  </VisuallyHidden>
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Personne</Table.Th>
                    <Table.Th scope="col">Entrée</Table.Th>
                    <Table.Th scope="col">Sortie</Table.Th>
                    <Table.Th scope="col">Suivi à {FSE_FOLLOW_UP_MONTHS} mois</Table.Th>
                    <Table.Th scope="col">Données</Table.Th>
                    {canWrite ? <Table.Th scope="col">Action</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {paged.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td fw={600}>{p.personName}</Table.Td>
                      <Table.Td>
                        <DateCell iso={p.entryDate} />
                      </Table.Td>
                      <Table.Td>
                        <DateCell iso={p.exitDate} />
                        {p.exitSituation ? (
                          <Text size="xs">
                            {FSE_EXIT_SITUATION_LABELS[p.exitSituation as FseExitSituation] ?? p.exitSituation}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {p.sixMonthsCheckedOn ? (
                          <>
                            {formatIsoDateFr(p.sixMonthsCheckedOn)}
                            <Text size="xs">
                              {p.sixMonthsEmployed ? 'en emploi' : p.sixMonthsEmployed === false ? 'sans emploi' : ''}
                            </Text>
                          </>
                        ) : p.exitDate ? (
                          <Text span size="sm" c="dimmed">
                            à partir du {formatIsoDateFr(addMonths(p.exitDate, FSE_FOLLOW_UP_MONTHS))}
                          </Text>
                        ) : (
                          <Text span size="sm" c="dimmed">
                            —
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {p.complete ? (
                          <Badge color="teal.9" variant="outline" radius="sm" tt="none">
                            Complet
                          </Badge>
                        ) : (
                          <>
                            <Text size="xs" fw={600} c={TONES.warning}>
                              {countLabel(p.missing.length, 'donnée manquante', 'données manquantes')} :
                            </Text>
                            <List size="xs" spacing={0}>
                              {p.missing.map((m) => (
                                <List.Item key={m}>{m}</List.Item>
                              ))}
                            </List>
                          </>
                        )}
                      </Table.Td>
                      {canWrite ? (
                        <Table.Td>
                          <Button
                            variant="subtle"
                            size="compact-sm"
                            onClick={() => {
                              setEnrolling(false);
                              setEditing(p);
                            }}
                            aria-label={`${p.complete ? 'Modifier' : 'Compléter'} les données de ${p.personName}`}
                          >
                            {p.complete ? 'Modifier' : 'Compléter'}
                          </Button>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Pager page={paged.page} pages={paged.pages} onChange={setPage} label="Pages des participant·es" />
        </>
      )}
    </Stack>
  );
}
