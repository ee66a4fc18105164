import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, PasswordInput, Skeleton, Stack, Text, Title } from '@mantine/core';
import { formatInstantFr, Permission } from '@tremplin/domain';
import { type FormEvent, useState } from 'react';
import { can, useCurrentUser } from '../../../app/auth';
import { problemOf } from '../../../app/graphql-errors';
import { countsText, type ImportRow, ImportRowsTable } from './ImportRowsTable';
import { ImportLogsDocument } from '../graphql/imports.generated';
import {
  LesEmploisLinkDocument,
  LinkLesEmploisDocument,
  SyncLesEmploisDocument,
  UnlinkLesEmploisDocument,
} from '../graphql/les-emplois.generated';

type Counts = { created: number; completed: number; unchanged: number; refused: number };

/**
 * « Les emplois de l’inclusion » on the import page (docs/domain/les-emplois-sync.md): the director links the
 * structure's account by its API token (checked by the platform, kept encrypted) or unlinks it; counsellors and the
 * director « Synchroniser » — every employee record read, persons and PASS IAE created or completed, the log kept
 * with the imports'.
 */
export function LesEmploisPanel() {
  const user = useCurrentUser();
  const mayLink = can(user, Permission.LES_EMPLOIS_LINK);
  const status = useQuery(LesEmploisLinkDocument);
  const [token, setToken] = useState('');
  const [tokenError, setTokenError] = useState<string | null>(null);
  const [syncError, setSyncError] = useState<string | null>(null);
  const [done, setDone] = useState<{ counts: Counts; rows: ImportRow[]; logId: string | null } | null>(null);
  const [link, linkState] = useMutation(LinkLesEmploisDocument, { refetchQueries: [LesEmploisLinkDocument] });
  const [unlink, unlinkState] = useMutation(UnlinkLesEmploisDocument, { refetchQueries: [LesEmploisLinkDocument] });
  const [sync, syncState] = useMutation(SyncLesEmploisDocument, {
    refetchQueries: [ImportLogsDocument],
    awaitRefetchQueries: true,
  });

  const onLink = async (e: FormEvent) => {
    e.preventDefault();
    setTokenError(null);
    if (!token.trim()) {
      setTokenError('Collez le jeton d’API créé sur les emplois de l’inclusion.');
      return;
    }
    try {
      await link({ variables: { token } });
      setToken('');
    } catch (err) {
      setTokenError(problemOf(err).message);
    }
  };
  const onSync = async () => {
    setSyncError(null);
    setDone(null);
    try {
      const { data } = await sync();
      if (data) setDone({ ...data.syncLesEmplois, logId: data.syncLesEmplois.log?.id ?? null });
    } catch (err) {
      setSyncError(problemOf(err).message);
    }
  };
  const onUnlink = async () => {
    setSyncError(null);
    try {
      await unlink();
    } catch (err) {
      setSyncError(problemOf(err).message);
    }
  };

  const s = status.data?.lesEmploisLink;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="les-emplois">
      <Title order={2} size="h4" id="les-emplois" mb={4}>
        Les emplois de l’inclusion
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Reprenez les fiches salarié de votre structure sur les emplois de l’inclusion : les personnes et leur PASS IAE
        sont créées ou complétées ; synchroniser de nouveau ne change rien.
      </Text>
      {status.error && !s ? (
        <Alert color="red" role="alert" title="Le lien aux emplois de l’inclusion n’a pas pu être chargé">
          {problemOf(status.error).message}
        </Alert>
      ) : !s ? (
        <Skeleton height={60} radius="md" role="status" aria-label="Chargement du lien aux emplois de l’inclusion" />
      ) : s.linked ? (
        <Stack gap="sm">
          <Text size="sm">
            Compte lié (jeton se terminant par « {s.tokenEnd} »)
            {s.linkedByName ? ` par ${s.linkedByName}` : ''}
            {s.linkedAt ? `, le ${formatInstantFr(s.linkedAt)}` : ''}.
          </Text>
          <Group>
            <Button onClick={() => void onSync()} loading={syncState.loading}>
              Synchroniser les fiches salarié
            </Button>
            {mayLink ? (
              <Button variant="default" onClick={() => void onUnlink()} loading={unlinkState.loading}>
                Délier le compte
              </Button>
            ) : null}
          </Group>
        </Stack>
      ) : !mayLink ? (
        <Text size="sm">Aucun compte n’est lié : la direction de votre structure peut le lier ici.</Text>
      ) : !s.keyConfigured ? (
        <Alert color="yellow" role="status" title="Lien impossible pour l’instant">
          L’administration de Tremplin doit d’abord définir la clé LES_EMPLOIS_TOKEN_KEY, qui chiffre les jetons.
        </Alert>
      ) : (
        <form onSubmit={(e) => void onLink(e)} noValidate>
          <Stack gap="xs" maw={520}>
            <PasswordInput
              label="Jeton d’API des emplois de l’inclusion"
              description="Sur les emplois de l’inclusion, en administrateur·rice de la structure : « Mon espace » › « Accès aux API » › « Créer un token d’API »."
              value={token}
              onChange={(e) => setToken(e.currentTarget.value)}
              error={tokenError}
              autoComplete="off"
            />
            <Group>
              <Button type="submit" loading={linkState.loading}>
                Lier le compte
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {syncError ? (
        <Alert color="red" role="alert" title="Rien n’a été importé" mt="sm">
          {syncError}
        </Alert>
      ) : null}
      {done ? (
        <Stack gap="sm" mt="sm">
          <Alert color="green" variant="light" role="status">
            Synchronisation terminée : {countsText(done.counts)}.
            {done.logId ? (
              <>
                {' '}
                <a href={`/api/imports/${done.logId}/log.csv`} download>
                  Télécharger le journal de cette synchronisation (CSV)
                </a>
              </>
            ) : null}
          </Alert>
          <ImportRowsTable
            rows={done.rows}
            caption="Ce que la synchronisation a fait de chaque fiche salarié"
            linkPersons
            lineLabel="Fiche n°"
          />
        </Stack>
      ) : null}
    </Paper>
  );
}
