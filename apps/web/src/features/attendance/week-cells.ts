import { AbsenceKind, type ChangedLine, formatMinutes, parseHoursToMinutes } from '@tremplin/domain';
import { isoWeekday, longDayLabel } from './week-dates';

/**
 * The model of the week attendance grid, apart from any screen: a cell per person and session, prefilled « présent·e,
 * heures prévues » when nothing was entered, the keys that change it, what « Enregistrer » sends, the totals and the
 * answer to a CONFLICT. The component (`components/AttendanceWeekGrid.tsx`) only draws it.
 */

export type Absence = '' | AbsenceKind;
export interface CellValue {
  minutes: number;
  absence: Absence;
}
export interface StoredLine extends CellValue {
  version: number;
}
export interface CellState {
  sessionId: string;
  personId: string;
  planned: number;
  /** A session dated after today: shown « à venir », neither editable nor saved. */
  upcoming: boolean;
  /** What the server holds (null: nothing entered yet). */
  stored: StoredLine | null;
  /** What « Enregistrer » will save. */
  value: CellValue;
  /** The prefill, untouched: shown as a proposal (it is saved as such all the same). */
  proposal: boolean;
  /** Someone else's save of this line, met on a CONFLICT, until « Garder la mienne » or « Garder l’autre ». */
  theirs?: CellValue | null;
}
export type Cells = Record<string, CellState>;

export interface WeekSession {
  id: string;
  sessionDate: string;
  plannedMinutes: number;
}
export interface WeekLine {
  minutesAttended: number;
  absence?: string | null;
  version: number;
}
export interface WeekRow {
  person: { id: string };
  cells: { sessionId: string; line?: WeekLine | null }[];
}

export const cellKey = (sessionId: string, personId: string) => `${sessionId}|${personId}`;
const valueOf = (line: WeekLine): CellValue => ({
  minutes: line.minutesAttended,
  absence: (line.absence ?? '') as Absence,
});
const sameValue = (a: CellValue, b: CellValue) => a.minutes === b.minutes && a.absence === b.absence;

/** The grid as read: stored lines as they are, the others proposed « présent·e, heures prévues ». */
export function initialCells(sessions: WeekSession[], rows: WeekRow[], today: string): Cells {
  const cells: Cells = {};
  for (const row of rows) {
    for (const s of sessions) {
      const line = row.cells.find((c) => c.sessionId === s.id)?.line ?? null;
      const stored = line ? { ...valueOf(line), version: line.version } : null;
      const upcoming = s.sessionDate > today;
      cells[cellKey(s.id, row.person.id)] = {
        sessionId: s.id,
        personId: row.person.id,
        planned: s.plannedMinutes,
        upcoming,
        stored,
        value: stored ? valueOf(line as WeekLine) : { minutes: upcoming ? 0 : s.plannedMinutes, absence: '' },
        proposal: !stored && !upcoming,
      };
    }
  }
  return cells;
}

/** Whether « Enregistrer » sends the cell: a past or today's session whose value is not what the server holds. */
export const toSave = (c: CellState) => !c.upcoming && (!c.stored || !sameValue(c.value, c.stored));

export interface LineInput {
  sessionId: string;
  personId: string;
  minutesAttended: number;
  absence: string | null;
  version: number | null;
}

/** The lines of one `recordAttendanceLines` call, the prefilled ones never stored included. */
export function linesToSave(cells: Cells): LineInput[] {
  return Object.values(cells)
    .filter(toSave)
    .map((c) => ({
      sessionId: c.sessionId,
      personId: c.personId,
      minutesAttended: c.value.minutes,
      absence: c.value.absence || null,
      version: c.stored?.version ?? null,
    }));
}

/** Hours as typed in a cell (`3`, `3,`, `3,5`, `3h30`) → minutes; null while unreadable. */
export function minutesOfEntry(entry: string): number | null {
  const t = entry.replace(/[.,h\s]+$/i, '');
  return t ? parseHoursToMinutes(t) : null;
}

export type KeyResult = { value: CellValue; entry: string } | { error: string } | null;

/**
 * What a key does to a cell: `P` présent·e (planned hours), `A` absence non justifiée, `J` absence justifiée, digits
 * and `,` type the hours attended (below the planned hours: absence justifiée by default), `N` switches the absence
 * of a partial or missed day between justifiée and non justifiée, Retour arrière removes the last digit typed.
 * `entry` is what has been typed in this cell since it was reached. Null: the key is not the grid's.
 */
export function applyKey(cell: CellState, key: string, entry: string): KeyResult {
  const planned = cell.planned;
  const k = key.length === 1 ? key.toLowerCase() : key;
  if (k === 'p') return { value: { minutes: planned, absence: '' }, entry: '' };
  if (k === 'a') return { value: { minutes: 0, absence: AbsenceKind.UNJUSTIFIED }, entry: '' };
  if (k === 'j') return { value: { minutes: 0, absence: AbsenceKind.JUSTIFIED }, entry: '' };
  if (k === 'n') {
    if (cell.value.minutes >= planned) return { error: 'Présence complète : il n’y a pas d’absence à qualifier.' };
    const absence = cell.value.absence === AbsenceKind.UNJUSTIFIED ? AbsenceKind.JUSTIFIED : AbsenceKind.UNJUSTIFIED;
    return { value: { ...cell.value, absence }, entry };
  }
  let next: string | null = null;
  if (/^[0-9]$/.test(k)) next = entry + k;
  else if ((k === ',' || k === '.') && /^\d+$/.test(entry)) next = `${entry},`;
  else if (k === 'Backspace' && entry) next = entry.slice(0, -1);
  if (next === null) return null;
  if (!next) {
    const back = cell.stored
      ? { minutes: cell.stored.minutes, absence: cell.stored.absence }
      : { minutes: planned, absence: '' as Absence };
    return { value: back, entry: '' };
  }
  const minutes = minutesOfEntry(next);
  if (minutes === null) return { error: 'Heures illisibles : tapez par exemple 3,5 pour 3 h 30.' };
  if (minutes > planned) return { error: `Au plus ${formatMinutes(planned)} pour cette session.` };
  const keepAbsence =
    entry && cell.value.absence && cell.value.minutes < planned ? cell.value.absence : AbsenceKind.JUSTIFIED;
  return { value: { minutes, absence: minutes < planned ? keepAbsence : '' }, entry: next };
}

/** A cell's value in words: `présent·e 7 h`, `absence non justifiée`, `présent·e 3 h 30, absence justifiée`. */
export function valueText(value: CellValue, planned: number): string {
  const absence =
    value.absence === AbsenceKind.UNJUSTIFIED
      ? 'absence non justifiée'
      : value.absence === AbsenceKind.JUSTIFIED
        ? 'absence justifiée'
        : '';
  if (value.minutes === 0 && absence) return absence;
  const present = `présent·e ${formatMinutes(value.minutes)}`;
  return absence ? `${present}, ${absence}` : value.minutes < planned ? `${present} (sans absence saisie)` : present;
}

/** The cell's accessible name: « DURAND Alice, lundi 7 décembre : présent·e 7 h (proposé) ». */
export function cellAriaLabel(who: string, sessionDate: string, cell: CellState): string {
  const what = cell.upcoming ? 'à venir' : `${valueText(cell.value, cell.planned)}${cell.proposal ? ' (proposé)' : ''}`;
  return `${who}, ${longDayLabel(sessionDate)} : ${what}`;
}

export interface Total {
  attended: number;
  planned: number;
}
/** Attended / planned minutes of the sessions held (the upcoming ones are not counted), by person and by session. */
export function totals(cells: Cells): { byPerson: Record<string, Total>; bySession: Record<string, Total> } {
  const byPerson: Record<string, Total> = {};
  const bySession: Record<string, Total> = {};
  for (const c of Object.values(cells)) {
    if (c.upcoming) continue;
    for (const [map, id] of [
      [byPerson, c.personId],
      [bySession, c.sessionId],
    ] as const) {
      const t = (map[id] ??= { attended: 0, planned: 0 });
      t.attended += c.value.minutes;
      t.planned += c.planned;
    }
  }
  return { byPerson, bySession };
}

/**
 * « Copier la semaine précédente »: each editable cell takes the line its person had last week on the same weekday
 * (a full day stays a full day if the planned hours changed); cells without such a line are left as they are.
 */
export function copyPreviousWeek(
  cells: Cells,
  sessions: WeekSession[],
  previous: { sessions: WeekSession[]; rows: WeekRow[] },
): Cells {
  const dateOf = new Map(sessions.map((s) => [s.id, s.sessionDate]));
  const lastWeek = new Map<string, { line: WeekLine; planned: number }>();
  for (const s of previous.sessions) {
    for (const row of previous.rows) {
      const line = row.cells.find((c) => c.sessionId === s.id)?.line;
      if (line) lastWeek.set(`${isoWeekday(s.sessionDate)}|${row.person.id}`, { line, planned: s.plannedMinutes });
    }
  }
  const next: Cells = {};
  for (const [key, c] of Object.entries(cells)) {
    const found = c.upcoming ? undefined : lastWeek.get(`${isoWeekday(dateOf.get(c.sessionId) ?? '')}|${c.personId}`);
    if (!found) {
      next[key] = c;
      continue;
    }
    const full = found.line.minutesAttended >= found.planned;
    const minutes = full ? c.planned : Math.min(found.line.minutesAttended, c.planned);
    const absence = minutes < c.planned ? ((found.line.absence ?? AbsenceKind.JUSTIFIED) as Absence) : '';
    next[key] = { ...c, value: { minutes, absence }, proposal: false };
  }
  return next;
}

/** The values of an attendance line in `changedLines` of a refused save. */
export interface LineNow {
  minutesAttended: number;
  absence: string | null;
}

/**
 * After a CONFLICT: each line someone else changed takes its current version as its new base and shows their value
 * next to the one typed here, which is kept. `sent` is the list the refused call sent (`field` is `lines.N`).
 * Returns the new cells and the keys of the lines in conflict.
 */
export function rebaseOnConflict(
  cells: Cells,
  sent: LineInput[],
  changed: ChangedLine<LineNow>[],
): { cells: Cells; conflicts: string[] } {
  const next = { ...cells };
  const conflicts: string[] = [];
  for (const line of changed) {
    const index = /^lines\.(\d+)/.exec(line.field)?.[1];
    const input = index === undefined ? undefined : sent[Number(index)];
    const key = input ? cellKey(input.sessionId, input.personId) : line.key;
    const c = next[key];
    if (!c) continue;
    const now = line.current;
    const theirs: CellValue = now
      ? { minutes: now.minutesAttended, absence: (now.absence ?? '') as Absence }
      : { minutes: 0, absence: '' };
    const stored = now && line.version !== null ? { ...theirs, version: line.version } : null;
    next[key] = { ...c, stored, theirs, proposal: false };
    conflicts.push(key);
  }
  return { cells: next, conflicts };
}

/** « Garder la mienne » (the value typed here, to save on the new base) or « Garder l’autre » (theirs). */
export function resolveConflict(cells: Cells, key: string, keep: 'mine' | 'theirs'): Cells {
  const c = cells[key];
  if (!c?.theirs) return cells;
  return { ...cells, [key]: { ...c, value: keep === 'theirs' ? c.theirs : c.value, theirs: null } };
}
