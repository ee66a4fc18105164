import { useMutation } from '@apollo/client/react';
import { countLabel } from '@tremplin/domain';
import { useEffect, useState } from 'react';
import { changedLinesOf, problemOf } from '../../../app/graphql-errors';
import { RecordMissionDaysDocument } from '../graphql/mission-days.generated';
import {
  cellKey,
  type DayLineNow,
  type Drafts,
  linesToSave,
  rebase,
  storedText,
  typeKey,
  type WeekRow,
} from '../mission-days-model';

export const UNREADABLE_HOURS = 'Heures illisibles : saisissez par exemple 7, 3,5 ou 7 h 30 (24 h au plus).';

/**
 * The state of the mission hours grid: what is typed per cell, the errors per cell, « Enregistrer » (only the changed
 * cells, all or nothing) and the answer to a CONFLICT (the other person's value kept beside the typed one).
 * `resetKey` (host, site, week) empties it when another week is shown.
 */
export function useMissionDaysEditor(rows: readonly WeekRow[], resetKey: string, refetch: () => Promise<unknown>) {
  const [drafts, setDrafts] = useState<Drafts>({});
  const [fresh, setFresh] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [record] = useMutation(RecordMissionDaysDocument);

  useEffect(() => {
    setDrafts({});
    setErrors({});
    setMessage(null);
  }, [resetKey]);

  const dirtyCount = linesToSave(rows, drafts).lines.length + linesToSave(rows, drafts).invalid.length;

  /** A key typed on a cell (true when used). */
  const typeOn = (missionId: string, day: string, key: string): boolean => {
    const k = cellKey(missionId, day);
    const row = rows.find((r) => r.mission.id === missionId);
    const cell = row?.cells.find((c) => c.day === day);
    if (!cell) return false;
    const current = drafts[k]?.text ?? storedText(cell.minutes);
    const text = typeKey(current, key, fresh === k);
    if (text === null) return false;
    setFresh(null);
    setDrafts((d) => ({ ...d, [k]: { ...d[k], text } }));
    setErrors(({ [k]: _gone, ...rest }) => rest);
    setMessage(null);
    return true;
  };

  /** Drops what was typed on a cell someone else changed, for their value. */
  const takeTheirs = (key: string) =>
    setDrafts(({ [key]: draft, ...rest }) =>
      draft?.theirs ? { ...rest, [key]: { text: storedText(draft.theirs.minutes), theirs: draft.theirs } } : rest,
    );

  const save = async () => {
    if (saving) return;
    const { lines, invalid } = linesToSave(rows, drafts);
    if (invalid.length) {
      setErrors(Object.fromEntries(invalid.map((k) => [k, UNREADABLE_HOURS])));
      setMessage({
        tone: 'error',
        text: `${countLabel(invalid.length, 'case illisible', 'cases illisibles')} : corrigez-les.`,
      });
      return;
    }
    if (!lines.length) {
      setMessage({ tone: 'error', text: 'Aucune case n’a été modifiée : il n’y a rien à enregistrer.' });
      return;
    }
    setSaving(true);
    setErrors({});
    setMessage(null);
    try {
      await record({ variables: { input: { lines } } });
      await refetch();
      setDrafts({});
      setMessage({ tone: 'success', text: `${countLabel(lines.length, 'jour enregistré', 'jours enregistrés')}.` });
    } catch (err) {
      const problem = problemOf(err);
      const changed = changedLinesOf<DayLineNow>(err);
      if (changed.length) setDrafts((d) => rebase(d, changed));
      const byCell: Record<string, string> = {};
      for (const fe of problem.fieldErrors) {
        const m = /^lines\.(\d+)/.exec(fe.field);
        const line = m ? lines[Number(m[1])] : undefined;
        if (line) byCell[cellKey(line.missionId, line.day)] = fe.message.replace(/^Ligne \d+ (\([^)]*\) )?: /, '');
      }
      setErrors(byCell);
      setMessage({ tone: 'error', text: problem.message });
    } finally {
      setSaving(false);
    }
  };

  return { drafts, errors, message, saving, dirtyCount, typeOn, setFresh, takeTheirs, save };
}
