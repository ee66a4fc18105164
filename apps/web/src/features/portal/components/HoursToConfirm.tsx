import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { countLabel, formatMinutes, MissionHoursStatus } from '@tremplin/domain';
import { EmptyState, LoadingRows, TableScroll } from '@tremplin/web-ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FragmentData } from '../../../app/FragmentData';
import { problemOf } from '../../../app/graphql-errors';
import type { PortalMissionFieldsFragment } from '../../../gql/graphql';
import { MediationRequest } from '../../coaching/components/MediationRequest';
import { MissionMonths } from './MissionMonths';
import { Pager } from '../../funding/components/Pager';
import { CONFIRM_LOCKS, ConfirmHoursDialog } from './ConfirmHoursDialog';
import { dayRangeFr, HoursStatusBadge } from './portal-format';
import {
  PortalMissionFieldsFragmentDoc,
  PortalConfirmMissionHoursDocument,
  PortalDisputeMissionHoursDocument,
  PortalMissionsDocument,
} from '../graphql/portal.generated';

type Mission = PortalMissionFieldsFragment;

const PER_PAGE = 50;
const COMMENT_MIN = 5;
const COMMENT_MAX = 2000;

export const HOURS_FILTERS: { value: string; label: string; statuses: string[] | null }[] = [
  { value: '', label: 'À confirmer', statuses: [MissionHoursStatus.PENDING] },
  { value: 'contestees', label: 'Contestées (en attente de correction)', statuses: [MissionHoursStatus.DISPUTED] },
  { value: 'confirmees', label: 'Confirmées', statuses: [MissionHoursStatus.CONFIRMED] },
  { value: 'toutes', label: 'Toutes les heures', statuses: null },
];

/** Who did the mission, as far as I may know: the trainee's name only when they were proposed to me. */
export function workerOf(m: Pick<Mission, 'traineeName' | 'structureName'>): string {
  return m.traineeName ?? `Salarié·e en mission (${m.structureName})`;
}

/** « Awa D., du 02/03/2026 au 06/03/2026 à Résidence Les Tilleuls, 12 h 30 » — what a line is, for its buttons. */
function lineLabel(m: Mission): string {
  return `${workerOf(m)}, ${dayRangeFr(m.startDate, m.endDate)}${m.site ? ` à ${m.site}` : ''}, ${formatMinutes(m.minutes)}`;
}

/** Runs a mutation; resolves with its refusal in French, or null once done. */
async function attempt(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (e) {
    const problem = problemOf(e);
    return problem.fieldErrors.length ? problem.fieldErrors.map((f) => f.message).join(' ') : problem.message;
  }
}

/** The dispute dialog: a required comment that says what is wrong with the hours. */
function DisputeDialog({
  mission,
  onClose,
  onDisputed,
}: {
  mission: Mission | null;
  onClose: () => void;
  onDisputed: (m: Mission) => void;
}) {
  return (
    <Modal
      opened={mission !== null}
      onClose={onClose}
      title="Contester ces heures ?"
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer sans contester' }}
    >
      {mission ? <DisputeForm key={mission.id} mission={mission} onClose={onClose} onDisputed={onDisputed} /> : null}
    </Modal>
  );
}

function DisputeForm({
  mission,
  onClose,
  onDisputed,
}: {
  mission: Mission;
  onClose: () => void;
  onDisputed: (m: Mission) => void;
}) {
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [dispute, { loading }] = useMutation(PortalDisputeMissionHoursDocument, { refetchQueries: 'active' });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = comment.trim();
    if (text.length < COMMENT_MIN) {
      setProblem(
        `Commentaire : dites en quelques mots ce qui ne va pas (au moins ${COMMENT_MIN} caractères${text.length ? `, il en manque ${COMMENT_MIN - text.length}` : ''}).`,
      );
      return;
    }
    if (text.length > COMMENT_MAX) {
      setProblem(`Commentaire : ${COMMENT_MAX} caractères au plus (${text.length - COMMENT_MAX} de trop).`);
      return;
    }
    const refusal = await attempt(() =>
      dispute({ variables: { input: { missionId: mission.id, version: mission.version, comment: text } } }),
    );
    if (refusal) setProblem(refusal);
    else onDisputed(mission);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {lineLabel(mission)} — {mission.kindLabel}, {mission.structureName}.
        </Text>
        <Text size="sm">
          Les heures reviennent à la structure avec votre commentaire ; elle les corrige puis vous les soumet à nouveau.
        </Text>
        <Textarea
          label="Commentaire"
          description="Ce qui ne correspond pas : jours, horaires, absence… (5 caractères au moins)"
          required
          withAsterisk
          autosize
          minRows={3}
          maxLength={COMMENT_MAX}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setProblem(null);
          }}
          error={problem}
          data-autofocus
        />
        <Group gap="sm">
          <Button type="submit" color="red.9" loading={loading}>
            Contester les heures
          </Button>
          <Button variant="subtle" onClick={onClose}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** « Tout confirmer »: the lines shown, confirmed together once the reviewer has read what it means. */
function ConfirmAllDialog({
  missions,
  opened,
  onClose,
  onConfirmed,
}: {
  missions: Pick<Mission, 'id' | 'version' | 'minutes'>[];
  opened: boolean;
  onClose: () => void;
  onConfirmed: (count: number, minutes: number) => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Confirmer toutes les heures affichées ?"
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer sans confirmer' }}
    >
      {opened ? <ConfirmAllForm missions={missions} onClose={onClose} onConfirmed={onConfirmed} /> : null}
    </Modal>
  );
}

function ConfirmAllForm({
  missions,
  onClose,
  onConfirmed,
}: {
  missions: Pick<Mission, 'id' | 'version' | 'minutes'>[];
  onClose: () => void;
  onConfirmed: (count: number, minutes: number) => void;
}) {
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, { loading }] = useMutation(PortalConfirmMissionHoursDocument, { refetchQueries: 'active' });
  const minutes = missions.reduce((n, m) => n + m.minutes, 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const refusal = await attempt(() =>
      confirm({
        variables: {
          input: {
            missions: missions.map((m) => ({ missionId: m.id, version: m.version })),
            comment: comment.trim() || null,
          },
        },
      }),
    );
    if (refusal) setProblem(refusal);
    else onConfirmed(missions.length, minutes);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Confirmer {formatMinutes(minutes)} pour {countLabel(missions.length, 'ligne')} ? {CONFIRM_LOCKS}
        </Text>
        {problem ? (
          <Alert color="red" role="alert" title="Rien n’est confirmé">
            {problem}
          </Alert>
        ) : null}
        <Textarea
          label="Commentaire (facultatif)"
          autosize
          minRows={2}
          maxLength={COMMENT_MAX}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group gap="sm">
          <Button type="submit" loading={loading} data-autofocus>
            Confirmer {countLabel(missions.length, 'ligne')}
          </Button>
          <Button variant="subtle" onClick={onClose}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * « Heures à confirmer »: the mission hours done on my sites, line by line: confirm (they are then locked) or
 * contest with a comment; or confirm all the lines shown at once. A filter shows the contested and confirmed ones.
 */
export function HoursToConfirm({
  filter,
  page,
  onFilter,
  onPage,
}: {
  filter: string;
  page: number;
  onFilter: (value: string) => void;
  onPage: (page: number) => void;
}) {
  const chosen = HOURS_FILTERS.find((f) => f.value === filter) ?? HOURS_FILTERS[0];
  const { data, previousData, loading, error } = useQuery(PortalMissionsDocument, {
    variables: { hoursStatus: chosen.statuses, first: PER_PAGE, offset: (page - 1) * PER_PAGE },
  });
  const [confirm] = useMutation(PortalConfirmMissionHoursDocument, { refetchQueries: 'active' });
  const [disputing, setDisputing] = useState<Mission | null>(null);
  const [confirming, setConfirming] = useState<Mission | null>(null);
  const [confirmingAll, setConfirmingAll] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'ko'; text: string } | null>(null);
  const [messageKey, setMessageKey] = useState(0);
  const messageRef = useRef<HTMLDivElement>(null);
  const result = (data ?? previousData)?.portalMissions;
  const items = result?.items ?? [];
  const pending = items.filter((m) => m.hoursStatus === MissionHoursStatus.PENDING);
  const pages = result ? Math.max(1, Math.ceil(result.totalCount / PER_PAGE)) : 1;
  const headingId = 'portail-heures';

  // After an action the line may leave the list: the focus goes to the message that says what was done.
  // (after the dialog has given the focus back to its button, which may be about to leave).
  useEffect(() => {
    if (!messageKey) return undefined;
    const timer = window.setTimeout(() => messageRef.current?.focus(), 60);
    return () => window.clearTimeout(timer);
  }, [messageKey]);
  const say = (tone: 'ok' | 'ko', text: string) => {
    setMessage({ tone, text });
    setMessageKey((k) => k + 1);
  };

  const confirmOne = async (m: Mission) => {
    setBusyId(m.id);
    const refusal = await attempt(() =>
      confirm({ variables: { input: { missions: [{ missionId: m.id, version: m.version }] } } }),
    );
    setBusyId(null);
    setConfirming(null);
    if (refusal) say('ko', `Les heures ne sont pas confirmées : ${refusal}`);
    else say('ok', `Heures confirmées et verrouillées : ${lineLabel(m)}.`);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h4" id={headingId}>
              Heures à confirmer
            </Title>
            <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
              {result
                ? `${countLabel(result.totalCount, 'ligne')}${chosen.value ? ` · ${chosen.label.toLowerCase()}` : ' à confirmer'}${pending.length ? ` · ${formatMinutes(pending.reduce((n, m) => n + m.minutes, 0))} à confirmer sur cette page` : ''}`
                : 'Chargement…'}
            </Text>
          </Stack>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label="Afficher"
              value={chosen.value}
              onChange={(e) => {
                setMessage(null);
                onFilter(e.currentTarget.value);
              }}
              data={HOURS_FILTERS.map((f) => ({ value: f.value, label: f.label }))}
              w={{ base: '100%', sm: 300 }}
            />
            {pending.length > 0 ? (
              <Button variant="outline" onClick={() => setConfirmingAll(true)}>
                Tout confirmer
              </Button>
            ) : null}
          </Group>
        </Group>

        {message ? (
          <Alert
            ref={messageRef}
            tabIndex={-1}
            color={message.tone === 'ok' ? 'green' : 'red'}
            variant="light"
            role={message.tone === 'ok' ? 'status' : 'alert'}
            withCloseButton
            closeButtonLabel="Fermer ce message"
            onClose={() => setMessage(null)}
          >
            {message.text}
          </Alert>
        ) : null}

        {error ? (
          <Alert color="red" role="alert" title="Les heures n’ont pas pu être chargées">
            {problemOf(error).message}
          </Alert>
        ) : null}

        {!result ? (
          loading ? (
            <LoadingRows label="Chargement des heures" />
          ) : null
        ) : items.length === 0 ? (
          <EmptyState
            title={
              chosen.value ? 'Aucune ligne d’heures dans ce statut.' : 'Aucune heure à confirmer : tout est à jour.'
            }
          >
            {chosen.value
              ? 'Choisissez un autre statut dans « Afficher ».'
              : 'Quand une structure déclare les heures d’une mission faite sur un de vos sites, elles apparaissent ici pour que vous les confirmiez ou les contestiez.'}
          </EmptyState>
        ) : (
          <>
            <TableScroll minWidth={680} label="Heures de mission">
              <Table verticalSpacing="xs" fz="sm" striped aria-busy={loading}>
                <caption>
                  <VisuallyHidden>Heures de mission : dates, site, salarié·e, heures, statut et actions</VisuallyHidden>
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Dates</Table.Th>
                    <Table.Th scope="col">Site et mission</Table.Th>
                    <Table.Th scope="col">Salarié·e</Table.Th>
                    <Table.Th scope="col" style={{ textAlign: 'right' }}>
                      Heures
                    </Table.Th>
                    <Table.Th scope="col">Statut</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((ref) => (
                    <FragmentData key={ref.id} fragment={PortalMissionFieldsFragmentDoc} from={ref}>
                      {(m) => (
                        <Table.Tr>
                          <Table.Td miw={120}>{dayRangeFr(m.startDate, m.endDate)}</Table.Td>
                          <Table.Td>
                            {m.site ?? 'Site non précisé'}
                            <Text size="xs" c="dimmed">
                              {m.kindLabel}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {workerOf(m)}
                            {m.traineeName ? (
                              <Text size="xs" c="dimmed">
                                {m.structureName}
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }} fw={600}>
                            {formatMinutes(m.minutes)}
                            <MissionMonths mission={ref} />
                          </Table.Td>
                          <Table.Td>
                            <HoursStatusBadge status={m.hoursStatus} label={m.hoursStatusLabel} />
                            {m.hoursReviewComment ? (
                              <Text size="xs" mt={4}>
                                « {m.hoursReviewComment} »
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td>
                            {m.hoursStatus === MissionHoursStatus.PENDING ? (
                              <Group gap="xs" wrap="wrap" maw={200}>
                                <Button
                                  size="xs"
                                  loading={busyId === m.id}
                                  onClick={() => setConfirming(m)}
                                  aria-label={`Confirmer les heures : ${lineLabel(m)}`}
                                >
                                  Confirmer
                                </Button>
                                <Button
                                  size="xs"
                                  variant="outline"
                                  color="red.9"
                                  onClick={() => setDisputing(m)}
                                  aria-label={`Contester les heures : ${lineLabel(m)}`}
                                >
                                  Contester
                                </Button>
                              </Group>
                            ) : null}
                            <MediationRequest missionId={m.id} lineLabel={lineLabel(m)} />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </FragmentData>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Pager page={page} pages={pages} onChange={onPage} label="Pages des heures" />
          </>
        )}
      </Stack>

      <ConfirmHoursDialog
        line={confirming && { ...confirming, worker: workerOf(confirming) }}
        loading={confirming !== null && busyId === confirming.id}
        onConfirm={() => confirming && void confirmOne(confirming)}
        onClose={() => busyId === null && setConfirming(null)}
      />
      <DisputeDialog
        mission={disputing}
        onClose={() => setDisputing(null)}
        onDisputed={(m) => {
          setDisputing(null);
          say('ok', `Heures contestées : ${lineLabel(m)}. La structure est prévenue et va les corriger.`);
        }}
      />
      <ConfirmAllDialog
        missions={pending}
        opened={confirmingAll}
        onClose={() => setConfirmingAll(false)}
        onConfirmed={(count, minutes) => {
          setConfirmingAll(false);
          say(
            'ok',
            `${countLabel(count, 'ligne confirmée', 'lignes confirmées')}, soit ${formatMinutes(minutes)} : ces heures sont verrouillées.`,
          );
        }}
      />
    </Paper>
  );
}
