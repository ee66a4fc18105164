import { TONES } from '@tremplin/web-ui';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import {
  AbsenceKind,
  type ChangedLine,
  countLabel,
  formatIsoDateFr,
  formatMinutes,
  minutesToHoursInput,
  parseHoursToMinutes,
  todayInParis,
} from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { changedLinesOf, problemOf } from '../../../app/graphql-errors';
import type { CollectiveSessionsQuery } from '../../../gql/graphql';
import { RecordTable } from '../../records/components/RecordTable';
import { type PickedPerson, SessionPersonPicker } from './sessions-person-picker';
import { RecordAttendanceDocument } from '../graphql/sessions.generated';

/** Warning text: Mantine's orange.9 gives only 4.3:1 on white (4.1:1 on a striped row), under AA for small text. */
const WARN_TEXT = TONES.warning;

export type SheetSession = CollectiveSessionsQuery['collectiveSessions'][number];
type Attendance = SheetSession['attendances'][number];
type Absence = '' | AbsenceKind;

/** What the server holds of a line, and its version (sent back with the line, so that a change made meanwhile by
 * someone else is refused instead of overwritten). */
interface SavedLine {
  minutes: number;
  absence: Absence;
  version: number;
}

/** What someone else saved on a line while it was being typed here (from the server's CONFLICT). */
interface Theirs {
  minutes: number;
  absence: Absence;
  absenceLabel: string | null;
}

/** The values of an attendance line in `changedLines` of a refused sheet. */
interface AttendanceLineNow {
  minutesAttended: number;
  absence: string | null;
  absenceLabel: string | null;
}

/** One line of the grid: what is typed, and what the server holds (null for a person added since the last save). */
interface Row {
  personId: string;
  firstName: string;
  lastName: string;
  hours: string;
  absence: Absence;
  saved: SavedLine | null;
  /** Someone else's save of this line, shown until the line is saved again or their values taken. */
  theirs?: Theirs | null;
  /** A member of the session's group with no line yet, prefilled and untouched (not « unsaved work » until edited). */
  proposed?: boolean;
}
interface RowErrors {
  hours?: string;
  absence?: string;
  row?: string;
}

/** What a sheet changes in a person's file. */
const PERSON_FIELDS_FROM_ATTENDANCE = [
  'trainingHours',
  'attendances',
  'alerts',
  'nextDeadline',
  'nextStageGate',
  'timeline',
];

const ABSENCE_OPTIONS = [
  { value: '', label: 'Aucune' },
  { value: AbsenceKind.JUSTIFIED, label: 'Justifiée' },
  { value: AbsenceKind.UNJUSTIFIED, label: 'Non justifiée' },
];

const rowsOf = (attendances: Attendance[]): Row[] =>
  attendances.map((a) => ({
    personId: a.person.id,
    firstName: a.person.firstName,
    lastName: a.person.lastName,
    hours: minutesToHoursInput(a.minutesAttended),
    absence: (a.absence ?? '') as Absence,
    saved: { minutes: a.minutesAttended, absence: (a.absence ?? '') as Absence, version: a.version },
  }));

const changed = (r: Row) =>
  !r.saved || parseHoursToMinutes(r.hours) !== r.saved.minutes || r.absence !== r.saved.absence;

/**
 * The grid after a CONFLICT: each line someone else changed takes its current version and values as its new base,
 * while what was typed here is kept. Saving again then applies the typed values, knowingly; a line whose typed values
 * equal theirs is no longer to save.
 */
function rebased(rows: Row[], lines: ChangedLine<AttendanceLineNow>[]): Row[] {
  const byPerson = new Map(lines.map((l) => [l.key, l]));
  return rows.map((r) => {
    const line = byPerson.get(r.personId);
    if (!line) return r;
    const now = line.current;
    if (!now || line.version === null) return { ...r, saved: null, theirs: null };
    const absence = (now.absence ?? '') as Absence;
    return {
      ...r,
      saved: { minutes: now.minutesAttended, absence, version: line.version },
      theirs: { minutes: now.minutesAttended, absence, absenceLabel: now.absenceLabel },
    };
  });
}
/** Next to its cell, a line's error needs no « Ligne 3 : » (the line is right there); the summary keeps it. */
const cellMessage = (message: string) => message.replace(/^Ligne \d+ : /, '');
const nameOf = (r: { firstName: string; lastName: string }) => `${r.lastName.toUpperCase()} ${r.firstName}`;

/** What the line will say to the server, shown live: full attendance, the hours missed, or what is left to fill in. */
function gapOf(r: Row, planned: number, upcoming: boolean): { text: string; warn: boolean } {
  const minutes = parseHoursToMinutes(r.hours);
  if (upcoming && minutes === 0 && !r.absence) return { text: 'Inscrit·e, session à venir', warn: false };
  if (minutes === null) return { text: r.hours.trim() ? 'Heures illisibles' : 'À saisir', warn: true };
  if (minutes > planned) return { text: `${formatMinutes(minutes - planned)} de trop`, warn: true };
  if (minutes === planned)
    return r.absence
      ? { text: 'Présence complète : retirez l’absence', warn: true }
      : { text: 'Présence complète', warn: false };
  const missed = `${formatMinutes(planned - minutes)} d’absence`;
  return r.absence ? { text: missed, warn: false } : { text: `${missed} : justifiée ?`, warn: true };
}

/**
 * The attendance sheet of one session, on one grid: a line per person (hours typed in hours, absence), Tab along the
 * line then to the next, Enter saves the whole sheet. A refusal keeps everything typed and shows each line's error
 * next to its cell; leaving with unsaved lines asks first.
 */
export function SessionAttendanceGrid({
  session,
  canWrite,
  onClose,
}: {
  session: SheetSession;
  canWrite: boolean;
  onClose: () => void;
}) {
  const gridId = useId();
  const planned = session.plannedMinutes;
  const upcoming = session.sessionDate > todayInParis();
  const [rows, setRows] = useState<Row[]>(() => [
    ...rowsOf(session.attendances),
    // The group's roster: its members without a line yet start on the sheet, prefilled.
    ...session.roster
      .filter((p) => !session.attendances.some((a) => a.person.id === p.id))
      .map((p) => ({
        personId: p.id,
        firstName: p.firstName,
        lastName: p.lastName,
        hours: minutesToHoursInput(upcoming ? 0 : planned),
        absence: '' as Absence,
        saved: null,
        proposed: true,
      })),
  ]);
  const [errors, setErrors] = useState<Record<string, RowErrors>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<{ count: number; time: string } | null>(null);
  const [record] = useMutation(RecordAttendanceDocument, { refetchQueries: 'active' });
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useRef<string | null>(null);

  const hoursId = (personId: string) => `${gridId}-hours-${personId}`;
  const absenceId = (personId: string) => `${gridId}-absence-${personId}`;
  const dirty = rows.some((r) => changed(r) && !r.proposed);

  // Leaving the page, or switching to another session, would drop what was typed: ask first.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      !saving &&
      (currentLocation.pathname !== nextLocation.pathname ||
        new URLSearchParams(currentLocation.search).get('session') !==
          new URLSearchParams(nextLocation.search).get('session')),
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // A person just added: the cursor goes to their hours, ready to be typed over.
  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    const input = document.getElementById(target) as HTMLInputElement | null;
    input?.focus();
    input?.select();
  }, [rows]);

  const edit = (personId: string, patch: Partial<Pick<Row, 'hours' | 'absence'>>) => {
    setRows((rs) => rs.map((r) => (r.personId === personId ? { ...r, ...patch, proposed: false } : r)));
    setSavedAt(null);
    if (errors[personId]) {
      setErrors(({ [personId]: old, ...rest }) => {
        const left: RowErrors = { ...old };
        if ('hours' in patch) delete left.hours;
        if ('absence' in patch) delete left.absence;
        return Object.keys(left).length ? { ...rest, [personId]: left } : rest;
      });
    }
  };

  const addPerson = (p: PickedPerson) => {
    focusAfterRender.current = hoursId(p.id);
    setRows((rs) => [
      ...rs,
      {
        personId: p.id,
        firstName: p.firstName,
        lastName: p.lastName,
        hours: minutesToHoursInput(planned),
        absence: '',
        saved: null,
      },
    ]);
    setSavedAt(null);
    setGlobal(null);
  };

  const removeRow = (personId: string) => {
    setRows((rs) => rs.filter((r) => r.personId !== personId));
    setErrors(({ [personId]: _gone, ...rest }) => rest);
  };

  const allPresent = () => {
    setRows((rs) => rs.map((r) => ({ ...r, hours: minutesToHoursInput(planned), absence: '' })));
    setErrors({});
    setSavedAt(null);
  };

  /** Drops what was typed on a line someone else changed, for their values. */
  const takeTheirs = (personId: string) => {
    setRows((rs) =>
      rs.map((r) =>
        r.personId === personId && r.theirs
          ? { ...r, hours: minutesToHoursInput(r.theirs.minutes), absence: r.theirs.absence, theirs: null }
          : r,
      ),
    );
    setErrors(({ [personId]: _gone, ...rest }) => rest);
    document.getElementById(hoursId(personId))?.focus();
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (saving) return;
    setAttempt((a) => a + 1);
    setGlobal(null);
    setSavedAt(null);
    if (!rows.length) {
      setErrors({});
      setGlobal('La feuille est vide : ajoutez au moins une personne avant d’enregistrer.');
      return;
    }
    // Only the lines changed or added here are sent, each with the version it was read at: the others stay as the
    // server holds them (a colleague may be saving them).
    const sent = rows.filter(changed);
    if (!sent.length) {
      setErrors({});
      setGlobal('Aucune ligne n’a été modifiée depuis le dernier enregistrement : il n’y a rien à enregistrer.');
      return;
    }
    const found: Record<string, RowErrors> = {};
    const entries = sent.map((r) => {
      const minutes = parseHoursToMinutes(r.hours);
      if (minutes === null)
        found[r.personId] = {
          hours: `Ligne ${rows.indexOf(r) + 1} : saisissez des heures de présence, par exemple ${minutesToHoursInput(planned)} ou 2 h 30.`,
        };
      return {
        personId: r.personId,
        minutesAttended: minutes ?? 0,
        absence: r.absence || null,
        version: r.saved?.version ?? null,
      };
    });
    setErrors(found);
    if (Object.keys(found).length) return;

    setSaving(true);
    try {
      const result = await record({
        variables: { input: { sessionId: session.id, entries } },
        // The persons' files read elsewhere (training hours, alerts, timeline) are stale now: drop them from the cache
        // so that their next opening asks the server.
        update: (cache) => {
          for (const e of entries) {
            const id = cache.identify({ __typename: 'Person', id: e.personId });
            if (id) for (const fieldName of PERSON_FIELDS_FROM_ATTENDANCE) cache.evict({ id, fieldName });
          }
          cache.gc();
        },
      });
      const saved = result.data?.recordAttendance;
      if (saved) setRows(rowsOf(saved.attendances));
      setErrors({});
      setSavedAt({
        count: entries.length,
        time: new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }),
      });
    } catch (err) {
      const problem = problemOf(err);
      const lines = changedLinesOf<AttendanceLineNow>(err);
      if (lines.length) {
        // Someone else saved some of these lines meanwhile: show theirs, keep what was typed here.
        setRows((rs) => rebased(rs, lines));
        setErrors({});
        setGlobal(problem.message);
        return;
      }
      const byRow: Record<string, RowErrors> = {};
      const unplaced: string[] = [];
      for (const fe of problem.fieldErrors) {
        const m = /^entries\.(\d+)(?:\.(\w+))?/.exec(fe.field);
        const row = m ? sent[Number(m[1])] : undefined;
        if (!row) {
          unplaced.push(fe.message);
          continue;
        }
        const cell: keyof RowErrors = m?.[2] === 'minutesAttended' ? 'hours' : m?.[2] === 'absence' ? 'absence' : 'row';
        const current = byRow[row.personId] ?? {};
        current[cell] = current[cell] ? `${current[cell]} ${fe.message}` : fe.message;
        byRow[row.personId] = current;
      }
      setErrors(byRow);
      setGlobal(unplaced.length ? unplaced.join(' ') : Object.keys(byRow).length ? null : problem.message);
    } finally {
      setSaving(false);
    }
  };

  // Enter in a cell saves the sheet (a text field does it by itself; a list needs help).
  const enterSaves = (e: KeyboardEvent<HTMLSelectElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    formRef.current?.requestSubmit();
  };

  const summary = [
    ...(global ? [{ message: global }] : []),
    ...rows.flatMap((r) => {
      const er = errors[r.personId];
      if (!er) return [];
      const who = nameOf(r);
      // The server numbers the lines it was sent, not the grid's: the person's name says which line it is.
      return [
        ...(er.row ? [{ inputId: hoursId(r.personId), message: `${who} — ${cellMessage(er.row)}` }] : []),
        ...(er.hours ? [{ inputId: hoursId(r.personId), message: `${who} — ${cellMessage(er.hours)}` }] : []),
        ...(er.absence ? [{ inputId: absenceId(r.personId), message: `${who} — ${cellMessage(er.absence)}` }] : []),
      ];
    }),
  ];

  const full = rows.filter((r) => parseHoursToMinutes(r.hours) === planned).length;
  const unsaved = rows.filter(changed).length;
  const onSheet = new Set(rows.map((r) => r.personId));
  const titleId = `${gridId}-title`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <Stack gap={2} style={{ flex: 1 }}>
          <Title order={2} size="h4" id={titleId} tabIndex={-1} style={{ outline: 'none' }}>
            Feuille d’émargement : {session.title}
          </Title>
          <Text size="sm" c="dimmed">
            {session.kindLabel} du {formatIsoDateFr(session.sessionDate)} · {formatMinutes(planned)} prévues
            {session.trainingBody ? ` · ${session.trainingBody}` : ''}
            {session.certificationBlock
              ? ` · bloc ${session.certificationBlock.code} ${session.certificationBlock.title}`
              : ''}
          </Text>
          {upcoming ? (
            <Text size="sm">Session à venir : les heures de présence se saisissent une fois la session tenue.</Text>
          ) : null}
        </Stack>
        <Button variant="subtle" size="xs" onClick={onClose} style={{ flexShrink: 0 }}>
          Fermer la feuille
        </Button>
      </Group>

      {!canWrite ? (
        <RecordTable
          caption={`Feuille d’émargement de la session ${session.title}`}
          columns={['Personne', 'Présence', 'Absence']}
          empty="Personne n’est encore sur cette feuille."
          rows={session.attendances.map((a) => [
            nameOf(a.person),
            `${formatMinutes(a.minutesAttended)} sur ${formatMinutes(planned)}`,
            a.absenceLabel ?? '—',
          ])}
        />
      ) : (
        <form
          ref={formRef}
          onSubmit={submit}
          noValidate
          aria-label={`Feuille d’émargement de la session ${session.title}`}
        >
          <ErrorSummary
            title="La feuille n’est pas enregistrée : corrigez ces lignes (rien de ce que vous avez saisi n’est perdu)"
            items={summary}
            focusKey={attempt}
          />
          <Text size="sm" mb="xs" aria-live="polite" aria-atomic="true">
            {countLabel(rows.length, 'personne')} · {countLabel(full, 'présence complète', 'présences complètes')}
            {unsaved ? ` · ${countLabel(unsaved, 'ligne non enregistrée', 'lignes non enregistrées')}` : ''}
          </Text>
          {rows.length ? (
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing={6} fz="sm">
                <caption
                  style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
                >
                  Présences de la session {session.title}, une ligne par personne
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={40}>
                      N°
                    </Table.Th>
                    <Table.Th scope="col">Personne</Table.Th>
                    <Table.Th scope="col" w={140}>
                      Heures de présence
                    </Table.Th>
                    <Table.Th scope="col" w={180}>
                      Absence
                    </Table.Th>
                    <Table.Th scope="col">Écart</Table.Th>
                    <Table.Th scope="col" w={90}>
                      <span
                        style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
                      >
                        Action
                      </span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r, i) => {
                    const er = errors[r.personId] ?? {};
                    const gap = gapOf(r, planned, upcoming);
                    const who = nameOf(r);
                    return (
                      <Table.Tr key={r.personId} style={{ verticalAlign: 'top' }}>
                        <Table.Td>{i + 1}</Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {who}
                          </Text>
                          {!r.saved ? (
                            <Text size="xs" c="blue.9">
                              ajouté·e, à enregistrer
                            </Text>
                          ) : changed(r) ? (
                            <Text size="xs" c="blue.9">
                              modifié·e, à enregistrer
                            </Text>
                          ) : null}
                          {er.row ? (
                            <Text size="xs" c="red.9">
                              {cellMessage(er.row)}
                            </Text>
                          ) : null}
                          {r.theirs ? (
                            <Stack gap={2} mt={4}>
                              <Text size="xs" c={WARN_TEXT}>
                                Modifiée par quelqu’un d’autre pendant votre saisie : maintenant{' '}
                                {formatMinutes(r.theirs.minutes)}
                                {r.theirs.absenceLabel ? `, ${r.theirs.absenceLabel.toLowerCase()}` : ''}.{' '}
                                {changed(r)
                                  ? 'Votre saisie est gardée : enregistrez pour la garder, ou reprenez la leur.'
                                  : 'Votre saisie est la même.'}
                              </Text>
                              {changed(r) ? (
                                <Button
                                  variant="subtle"
                                  size="compact-xs"
                                  style={{ alignSelf: 'flex-start' }}
                                  onClick={() => takeTheirs(r.personId)}
                                  aria-label={`Reprendre la saisie enregistrée pour ${who}`}
                                >
                                  Reprendre leur saisie
                                </Button>
                              ) : null}
                            </Stack>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            id={hoursId(r.personId)}
                            aria-label={`Heures de présence de ${who} (sur ${formatMinutes(planned)})`}
                            value={r.hours}
                            onChange={(e) => edit(r.personId, { hours: e.currentTarget.value })}
                            error={er.hours && cellMessage(er.hours)}
                            size="sm"
                            autoComplete="off"
                            inputMode="decimal"
                          />
                        </Table.Td>
                        <Table.Td>
                          <NativeSelect
                            id={absenceId(r.personId)}
                            aria-label={`Absence de ${who}`}
                            value={r.absence}
                            onChange={(e) => edit(r.personId, { absence: e.currentTarget.value as Absence })}
                            onKeyDown={enterSaves}
                            error={er.absence && cellMessage(er.absence)}
                            size="sm"
                            data={ABSENCE_OPTIONS}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" c={gap.warn ? WARN_TEXT : 'dimmed'} pt={4}>
                            {gap.text}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {!r.saved ? (
                            <Button
                              variant="subtle"
                              color="red"
                              style={{ color: 'var(--mantine-color-red-9)' }}
                              size="compact-sm"
                              onClick={() => removeRow(r.personId)}
                              aria-label={`Retirer ${who} de la feuille`}
                            >
                              Retirer
                            </Button>
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text size="sm" c="dimmed" mb="sm">
              Personne n’est encore sur cette feuille : ajoutez les participant·es ci-dessous, leurs heures sont
              préremplies avec la durée prévue ({formatMinutes(planned)}).
            </Text>
          )}

          <Stack gap="sm" mt="md">
            <SessionPersonPicker onAdd={addPerson} onSheet={onSheet} />
            {savedAt ? (
              <Alert color="green" variant="light" role="status">
                <strong>Feuille enregistrée :</strong>{' '}
                {countLabel(savedAt.count, 'présence enregistrée', 'présences enregistrées')} à {savedAt.time}. Les
                heures de formation des personnes sont à jour.
              </Alert>
            ) : null}
            <Group gap="sm">
              <Button type="submit" loading={saving}>
                Enregistrer la feuille
              </Button>
              {rows.length ? (
                <Button variant="outline" onClick={allPresent}>
                  Tout le monde présent ({formatMinutes(planned)})
                </Button>
              ) : null}
              {dirty ? (
                <Text size="sm" c={WARN_TEXT}>
                  Modifications non enregistrées
                </Text>
              ) : null}
            </Group>
          </Stack>
        </form>
      )}

      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title="Quitter sans enregistrer la feuille ?"
        centered
        closeButtonProps={{ 'aria-label': 'Fermer et rester sur la feuille' }}
      >
        <Text size="sm" mb="md">
          {countLabel(
            unsaved,
            'ligne de la feuille d’émargement n’est pas enregistrée',
            'lignes de la feuille d’émargement ne sont pas enregistrées',
          )}
          . Si vous quittez, elles seront perdues.
        </Text>
        <Group justify="flex-end">
          <Button variant="outline" onClick={() => blocker.reset?.()} data-autofocus>
            Rester sur la feuille
          </Button>
          <Button color="red.9" onClick={() => blocker.proceed?.()}>
            Quitter sans enregistrer
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
