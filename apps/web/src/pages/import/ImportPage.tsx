import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  formatInstantFr,
  IMPORT_FIELD_LABELS,
  IMPORT_MAX_BYTES,
  ImportField as Field,
  monthOfHeader,
  Permission,
} from '@tremplin/domain';
import { EmptyState, PageHeader, TableScroll } from '@tremplin/web-ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import type { ImportField, ImportUploadQuery } from '../../gql/graphql';
import { countsText, type ImportRow, ImportRowsTable } from '../../features/imports/components/ImportRowsTable';
import {
  DryRunImportDocument,
  ImportLogsDocument,
  RunImportDocument,
} from '../../features/imports/graphql/imports.generated';
import { LesEmploisPanel } from '../../features/imports/components/LesEmploisPanel';

type Upload = ImportUploadQuery['importUpload'];
type Counts = { created: number; completed: number; unchanged: number; refused: number };

const FIELD_OPTIONS = [
  { value: '', label: 'Ignorer cette colonne' },
  ...Object.values(Field).map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] })),
];

/**
 * « Importer » (counsellors, director): 1. the structure's spreadsheet is uploaded (CSV or .xlsx); 2. each column's
 * content is chosen — proposed from its header, as chosen last time —; 3. the dry run shows what each row would
 * become, refusals with their column; 4. the import, in one go, then its log to download; past imports below.
 */
export function ImportPage() {
  const user = useCurrentUser();
  const allowed = can(user, Permission.CASELOAD_IMPORT);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [mapping, setMapping] = useState<(ImportField | null)[]>([]);
  const [dryRun, setDryRun] = useState<{ counts: Counts; rows: ImportRow[] } | null>(null);
  const [done, setDone] = useState<{ counts: Counts; rows: ImportRow[]; logId: string | null } | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  const logsQuery = useQuery(ImportLogsDocument, { skip: !allowed });
  const [runDry, dryState] = useMutation(DryRunImportDocument);
  const [runImport, importState] = useMutation(RunImportDocument, {
    refetchQueries: [ImportLogsDocument],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    document.title = 'Importer un tableur · Tremplin';
  }, []);

  if (!allowed)
    return (
      <>
        <PageHeader title="Importer un tableur" />
        <EmptyState title="Cette page est réservée aux chargé·es d’insertion et à la direction.">
          Demandez à la direction de votre structure d’importer le tableur de suivi.
        </EmptyState>
      </>
    );

  const onUpload = async (e: FormEvent) => {
    e.preventDefault();
    const file = fileInput.current?.files?.[0];
    setUploadError(null);
    setUpload(null);
    setDryRun(null);
    setDone(null);
    setRunError(null);
    if (!file) {
      setUploadError('Choisissez le fichier de votre tableur (CSV ou .xlsx) à déposer.');
      fileInput.current?.focus();
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      setUploadError(
        `Le fichier dépasse ${IMPORT_MAX_BYTES / 1024 / 1024} Mo : enregistrez seulement la feuille des personnes, ou découpez-le.`,
      );
      fileInput.current?.focus();
      return;
    }
    setUploading(true);
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      const res = await fetch('/api/imports', {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { 'x-tremplin-upload': '1' },
      });
      const json = (await res.json()) as Upload & { message?: string };
      if (!res.ok) {
        setUploadError(json.message ?? 'Le fichier n’a pas pu être déposé : réessayez.');
        fileInput.current?.focus();
        return;
      }
      setUpload(json);
      setMapping(json.proposedMapping.map((f) => f ?? null));
    } catch {
      setUploadError('Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.');
    } finally {
      setUploading(false);
    }
  };

  const input = upload ? { uploadId: upload.id, mapping } : null;
  const onDryRun = async () => {
    if (!input) return;
    setRunError(null);
    setDone(null);
    try {
      const { data } = await runDry({ variables: { input } });
      if (data) setDryRun(data.dryRunImport);
    } catch (err) {
      setDryRun(null);
      setRunError(problemOf(err).message);
    }
  };
  const onImport = async () => {
    if (!input) return;
    setRunError(null);
    try {
      const { data } = await runImport({ variables: { input } });
      if (data) {
        setDone({ ...data.runImport, logId: data.runImport.log?.id ?? null });
        setDryRun(null);
        setUpload(null);
        if (fileInput.current) fileInput.current.value = '';
      }
    } catch (err) {
      setRunError(problemOf(err).message);
    }
  };
  const setField = (i: number, value: string) => {
    setMapping((m) => m.map((f, j) => (j === i ? ((value || null) as ImportField | null) : f)));
    setDryRun(null);
  };

  const logs = logsQuery.data?.importLogs ?? [];
  const accepted = dryRun ? dryRun.counts.created + dryRun.counts.completed : 0;
  return (
    <>
      <PageHeader
        title="Importer un tableur"
        subtitle="Reprenez le tableur de suivi de votre structure : déposez-le, vérifiez les colonnes, faites un essai, puis importez. Importer deux fois le même fichier ne change rien."
      />
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-depot">
          <Title order={2} size="h4" id="import-depot" mb="sm">
            1. Déposer le fichier
          </Title>
          <form onSubmit={(e) => void onUpload(e)} noValidate>
            <Stack gap="xs" maw={520}>
              <label htmlFor={fileId}>
                <Text fw={500} size="sm" span>
                  Fichier du tableur
                </Text>
              </label>
              <input
                id={fileId}
                ref={fileInput}
                type="file"
                name="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={`${fileId}-aide${uploadError ? ` ${fileId}-erreur` : ''}`}
                aria-invalid={uploadError ? true : undefined}
              />
              <Text size="xs" c="dimmed" id={`${fileId}-aide`}>
                CSV (séparateur « ; » ou « , », UTF-8 ou Windows-1252) ou classeur .xlsx,{' '}
                {IMPORT_MAX_BYTES / 1024 / 1024} Mo au plus, une ligne d’en-têtes puis une ligne par personne. Les dates
                s’écrivent jj/mm/aaaa.
              </Text>
              {uploadError ? (
                <Text size="sm" c="red.9" id={`${fileId}-erreur`} role="alert">
                  {uploadError}
                </Text>
              ) : null}
              <Group>
                <Button type="submit" loading={uploading}>
                  Déposer le fichier
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>

        {upload ? (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-colonnes">
            <Title order={2} size="h4" id="import-colonnes" mb={4}>
              2. Vérifier les colonnes
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {upload.fileName} : {upload.rowCount} ligne{upload.rowCount > 1 ? 's' : ''}
              {upload.format === 'CSV'
                ? ` (CSV ${upload.encoding}, séparateur « ${upload.delimiter} »)`
                : ' (classeur .xlsx)'}
              . Pour chaque colonne, choisissez ce qu’elle contient ; votre choix sera proposé au prochain import. Le
              nom, le prénom et la date de naissance reconnaissent une personne déjà suivie, ou le N° PASS IAE s’il est
              donné.
            </Text>
            <TableScroll minWidth={560} label="Colonnes du fichier">
              <Table withTableBorder verticalSpacing="xs">
                <Table.Caption>Colonnes du fichier et ce qu’elles contiennent</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Colonne du fichier</Table.Th>
                    <Table.Th scope="col">Exemple (1re ligne)</Table.Th>
                    <Table.Th scope="col">Contenu dans Tremplin</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {upload.headers.map((header, i) => (
                    <Table.Tr key={`${i}-${header}`}>
                      <Table.Th scope="row" fw={500}>
                        {header || `(colonne ${i + 1} sans en-tête)`}
                      </Table.Th>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {upload.sampleRows[0]?.[i] ?? ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={`Contenu de la colonne « ${header} »`}
                          data={FIELD_OPTIONS}
                          value={mapping[i] ?? ''}
                          onChange={(e) => setField(i, e.currentTarget.value)}
                          description={
                            mapping[i] === 'MONTH_HOURS'
                              ? monthOfHeader(header)
                                ? `Mois ${monthOfHeader(header)?.slice(5, 7)}/${monthOfHeader(header)?.slice(0, 4)}`
                                : 'L’en-tête doit nommer le mois, par exemple « Heures 01/2026 ».'
                              : undefined
                          }
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Group mt="md">
              <Button onClick={() => void onDryRun()} loading={dryState.loading}>
                Faire un essai (rien n’est enregistré)
              </Button>
            </Group>
          </Paper>
        ) : null}

        {runError ? (
          <Alert color="red" role="alert" title="Rien n’a été importé">
            {runError}
          </Alert>
        ) : null}

        {dryRun && upload ? (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-essai">
            <Title order={2} size="h4" id="import-essai" mb={4}>
              3. Résultat de l’essai
            </Title>
            <Text size="sm" mb="sm" role="status">
              Essai : {countsText(dryRun.counts)}. Rien n’est encore enregistré.
              {dryRun.counts.refused
                ? ' Corrigez les lignes refusées dans votre tableur et déposez-le de nouveau, ou importez sans elles : elles resteront dans le journal.'
                : ''}
            </Text>
            <ImportRowsTable rows={dryRun.rows} caption="Ce que l’import ferait de chaque ligne" linkPersons={false} />
            <Group mt="md">
              <Button
                onClick={() => void onImport()}
                loading={importState.loading}
                disabled={accepted === 0 && dryRun.counts.unchanged === 0}
              >
                {dryRun.counts.refused
                  ? `Importer sans les ${dryRun.counts.refused} ligne${dryRun.counts.refused > 1 ? 's' : ''} refusée${dryRun.counts.refused > 1 ? 's' : ''}`
                  : 'Importer'}
              </Button>
            </Group>
          </Paper>
        ) : null}

        {done ? (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-fait">
            <Title order={2} size="h4" id="import-fait" mb={4}>
              Import terminé
            </Title>
            <Alert color="green" variant="light" role="status" mb="sm">
              Import terminé : {countsText(done.counts)}.
              {done.logId ? (
                <>
                  {' '}
                  <a href={`/api/imports/${done.logId}/log.csv`} download>
                    Télécharger le journal de cet import (CSV)
                  </a>
                </>
              ) : null}
            </Alert>
            <ImportRowsTable rows={done.rows} caption="Ce que l’import a fait de chaque ligne" linkPersons />
          </Paper>
        ) : null}

        <LesEmploisPanel />

        <section aria-labelledby="import-historique">
          <Title order={2} size="h4" id="import-historique" mb="sm">
            Imports précédents
          </Title>
          {logsQuery.error && !logsQuery.data ? (
            <Alert color="red" role="alert" title="La liste des imports n’a pas pu être chargée">
              {problemOf(logsQuery.error).message}
            </Alert>
          ) : !logsQuery.data ? (
            <Skeleton height={80} radius="md" role="status" aria-label="Chargement des imports" />
          ) : logs.length === 0 ? (
            <EmptyState title="Aucun import pour l’instant.">
              Déposez le tableur de suivi de votre structure ci-dessus : chaque import sera listé ici avec son journal.
            </EmptyState>
          ) : (
            <TableScroll minWidth={640} label="Imports précédents">
              <Table striped withTableBorder verticalSpacing="xs">
                <Table.Caption>
                  {logs.length} import{logs.length > 1 ? 's' : ''}, le plus récent d’abord
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Le</Table.Th>
                    <Table.Th scope="col">Fichier</Table.Th>
                    <Table.Th scope="col">Par</Table.Th>
                    <Table.Th scope="col">Lignes</Table.Th>
                    <Table.Th scope="col">Journal</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {logs.map((log) => (
                    <Table.Tr key={log.id}>
                      <Table.Td>{formatInstantFr(log.createdAt)}</Table.Td>
                      <Table.Td>
                        {log.fileName}
                        <Text size="xs" c="dimmed" title="Empreinte SHA-256 du fichier">
                          SHA-256 {log.sha256.slice(0, 12)}…
                        </Text>
                      </Table.Td>
                      <Table.Td>{log.importedByName ?? 'compte supprimé'}</Table.Td>
                      <Table.Td>{countsText(log.counts)}</Table.Td>
                      <Table.Td>
                        <a href={`/api/imports/${log.id}/log.csv`} download>
                          Télécharger le journal (CSV)
                          <VisuallyHidden>
                            {' '}
                            de l’import de {log.fileName} du {formatInstantFr(log.createdAt)}
                          </VisuallyHidden>
                        </a>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </section>
      </Stack>
    </>
  );
}
