import { useApolloClient, useMutation } from '@apollo/client/react';
import { countLabel, todayInParis } from '@tremplin/domain';
import { useMemo, useState } from 'react';
import { changedLinesOf, problemOf } from '../../../app/graphql-errors';
import type { AttendanceWeekQuery } from '../../../gql/graphql';
import { AttendanceWeekDocument, RecordAttendanceLinesDocument } from '../graphql/week.generated';
import { addDays } from '../week-dates';
import {
  applyKey,
  type Cells,
  copyPreviousWeek,
  initialCells,
  type LineNow,
  linesToSave,
  rebaseOnConflict,
  resolveConflict,
  toSave,
} from '../week-cells';

export type AttendanceWeek = AttendanceWeekQuery['attendanceWeek'];

/** What a person's file shows of attendance: stale once lines are saved (read again at its next opening). */
const PERSON_FIELDS_FROM_ATTENDANCE = ['trainingHours', 'attendances', 'alerts', 'nextDeadline', 'timeline'];

export interface WeekMessage {
  tone: 'info' | 'success' | 'error';
  text: string;
}

/**
 * The state of a week grid: its cells (read, typed, proposed), the hours being typed in the current cell, the lines
 * in conflict after a refused save, and the actions of the screen (keys, copy of last week, save).
 */
export function useWeekCells(week: AttendanceWeek) {
  const client = useApolloClient();
  const today = todayInParis();
  const [cells, setCells] = useState<Cells>(() => initialCells(week.sessions, week.rows, today));
  const [entry, setEntry] = useState('');
  const [conflicts, setConflicts] = useState<string[]>([]);
  const [message, setMessage] = useState<WeekMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [record] = useMutation(RecordAttendanceLinesDocument);
  const pending = useMemo(() => Object.values(cells).filter(toSave).length, [cells]);
  /** Typed or changed here, not yet saved (the untouched proposals are not « unsaved work »). */
  const dirty = useMemo(() => Object.values(cells).some((c) => toSave(c) && !c.proposal), [cells]);

  const reload = async () => {
    const fresh = await client.query({
      query: AttendanceWeekDocument,
      variables: { groupId: week.group.id, weekStart: week.weekStart },
      fetchPolicy: 'network-only',
    });
    if (fresh.data) setCells(initialCells(fresh.data.attendanceWeek.sessions, fresh.data.attendanceWeek.rows, today));
  };

  const press = (key: string, cellId: string): boolean => {
    const cell = cells[cellId];
    if (!cell || cell.upcoming) return false;
    const result = applyKey(cell, key, entry);
    if (!result) return false;
    if ('error' in result) {
      setMessage({ tone: 'error', text: result.error });
      return true;
    }
    setCells((cs) => ({ ...cs, [cellId]: { ...cs[cellId], value: result.value, proposal: false } }));
    setEntry(result.entry);
    setMessage(null);
    return true;
  };

  const copyPrevious = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const previous = await client.query({
        query: AttendanceWeekDocument,
        variables: { groupId: week.group.id, weekStart: addDays(week.weekStart, -7) },
        fetchPolicy: 'network-only',
      });
      const last = previous.data?.attendanceWeek;
      const lines = last?.rows.reduce((n, r) => n + r.cells.filter((c) => c.line).length, 0) ?? 0;
      if (!last || !lines) {
        setMessage({ tone: 'info', text: 'La semaine précédente n’a aucune présence enregistrée : rien à copier.' });
        return;
      }
      setCells((cs) => copyPreviousWeek(cs, week.sessions, last));
      setMessage({
        tone: 'info',
        text: `Semaine précédente copiée (${countLabel(lines, 'ligne')}) : vérifiez, puis enregistrez.`,
      });
    } catch (err) {
      setMessage({ tone: 'error', text: problemOf(err).message });
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (busy) return;
    if (conflicts.length) {
      setMessage({
        tone: 'error',
        text: 'Choisissez d’abord, pour chaque ligne modifiée par quelqu’un d’autre, la saisie à garder.',
      });
      return;
    }
    const lines = linesToSave(cells);
    if (!lines.length) {
      setMessage({ tone: 'info', text: 'Rien à enregistrer : la grille est telle qu’enregistrée.' });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await record({
        variables: { input: { lines } },
        update: (cache) => {
          for (const personId of new Set(lines.map((l) => l.personId))) {
            const id = cache.identify({ __typename: 'Person', id: personId });
            if (id) for (const fieldName of PERSON_FIELDS_FROM_ATTENDANCE) cache.evict({ id, fieldName });
          }
          cache.gc();
        },
      });
      await reload();
      setMessage({
        tone: 'success',
        text: `Semaine enregistrée : ${countLabel(lines.length, 'ligne enregistrée', 'lignes enregistrées')}.`,
      });
    } catch (err) {
      const changed = changedLinesOf<LineNow>(err);
      if (changed.length) {
        const rebased = rebaseOnConflict(cells, lines, changed);
        setCells(rebased.cells);
        setConflicts(rebased.conflicts);
        setMessage({
          tone: 'error',
          text: `Rien n’est enregistré : ${countLabel(rebased.conflicts.length, 'ligne a été modifiée', 'lignes ont été modifiées')} par quelqu’un d’autre pendant votre saisie. Choisissez la saisie à garder, puis enregistrez.`,
        });
      } else {
        const problem = problemOf(err);
        const details = problem.fieldErrors.map((f) => f.message).join(' ');
        setMessage({ tone: 'error', text: `Rien n’est enregistré : ${details || problem.message}` });
      }
    } finally {
      setBusy(false);
    }
  };

  const keep = (cellId: string, which: 'mine' | 'theirs') => {
    setCells((cs) => resolveConflict(cs, cellId, which));
    setConflicts((ks) => ks.filter((k) => k !== cellId));
  };

  return {
    cells,
    setCells,
    entry,
    setEntry,
    conflicts,
    message,
    setMessage,
    busy,
    pending,
    dirty,
    press,
    copyPrevious,
    save,
    keep,
  };
}
