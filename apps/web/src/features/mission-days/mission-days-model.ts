import { type ChangedLine, MINUTES_PER_DAY, minutesToHoursInput, parseHoursToMinutes } from '@tremplin/domain';

/**
 * The model of the mission hours grid (persons × 7 days of a host's missions), apart from any screen: what is typed in
 * a cell (hours: « 7 », « 3,5 », « 7 h 30 »), which cells « Enregistrer » sends (only those changed), the totals, and
 * the answer to a CONFLICT (the other person's value shown beside the typed one, never overwritten silently).
 * docs/domain/mission-days.md.
 */

/** A day of a mission as the server holds it. */
export interface StoredDay {
  minutes: number | null;
  version: number | null;
}
export interface WeekCell extends StoredDay {
  day: string;
  inMission: boolean;
}
export interface WeekRow {
  mission: { id: string; hoursStatus: string };
  cells: WeekCell[];
}

/** One typed cell: its text, and, after a CONFLICT, the server's line it is now based on and the other's value. */
export interface Draft {
  text: string;
  /** The line as someone else saved it, when a save was refused (its version becomes the basis). */
  theirs?: StoredDay | null;
}
export type Drafts = Record<string, Draft>;

/** A day's minutes: at most 24 h. */
export const MAX_DAY_MINUTES = MINUTES_PER_DAY;

export const cellKey = (missionId: string, day: string) => `${missionId}:${day}`;

/** A typed text → minutes; `null` for an empty cell (nothing entered), `'invalid'` when unreadable or over 24 h. */
export function parseDayHours(text: string): number | null | 'invalid' {
  if (!text.trim()) return null;
  const minutes = parseHoursToMinutes(text);
  if (minutes === null || minutes > MAX_DAY_MINUTES) return 'invalid';
  return minutes;
}

/** What a cell shows when nothing is typed in it: the stored hours (« 7 », « 3 h 30 ») or nothing. */
export const storedText = (minutes: number | null) => (minutes === null ? '' : minutesToHoursInput(minutes));

/** The line a cell is based on: the stored one, or the other person's after a CONFLICT. */
const basisOf = (cell: StoredDay, draft: Draft | undefined): StoredDay => draft?.theirs ?? cell;

/** A cell's value now: what is typed, else what the server holds. */
export function valueOf(cell: StoredDay, draft: Draft | undefined): number | null | 'invalid' {
  return draft ? parseDayHours(draft.text) : cell.minutes;
}

/** Whether « Enregistrer » sends the cell: typed, and not what its basis holds. */
export function isDirty(cell: StoredDay, draft: Draft | undefined): boolean {
  if (!draft) return false;
  return parseDayHours(draft.text) !== basisOf(cell, draft).minutes;
}

export interface SaveLine {
  missionId: string;
  day: string;
  minutes: number | null;
  version: number | null;
}

/** The lines to send (changed cells only, each with the version it was based on) and the unreadable cells. */
export function linesToSave(rows: readonly WeekRow[], drafts: Drafts): { lines: SaveLine[]; invalid: string[] } {
  const lines: SaveLine[] = [];
  const invalid: string[] = [];
  for (const row of rows)
    for (const cell of row.cells) {
      const key = cellKey(row.mission.id, cell.day);
      const draft = drafts[key];
      if (!cell.inMission || !isDirty(cell, draft)) continue;
      const minutes = parseDayHours((draft as Draft).text);
      if (minutes === 'invalid') invalid.push(key);
      else lines.push({ missionId: row.mission.id, day: cell.day, minutes, version: basisOf(cell, draft).version });
    }
  return { lines, invalid };
}

const minutesOr0 = (v: number | null | 'invalid') => (typeof v === 'number' ? v : 0);

/** A row's total over the week, typed values included. */
export function rowTotal(row: WeekRow, drafts: Drafts): number {
  return row.cells.reduce((n, c) => n + minutesOr0(valueOf(c, drafts[cellKey(row.mission.id, c.day)])), 0);
}

/** A day's total over the rows, typed values included. */
export function dayTotal(rows: readonly WeekRow[], day: string, drafts: Drafts): number {
  return rows.reduce((n, r) => {
    const c = r.cells.find((x) => x.day === day);
    return c ? n + minutesOr0(valueOf(c, drafts[cellKey(r.mission.id, day)])) : n;
  }, 0);
}

/** The values of a day line in `changedLines` of a refused save. */
export interface DayLineNow {
  minutes: number;
}

/**
 * After a CONFLICT: each line someone else changed takes their version and value as its basis, while what was typed
 * here stays (saving again applies it knowingly; typing their value, or « Garder la leur », drops it).
 */
export function rebase(drafts: Drafts, changed: readonly ChangedLine<DayLineNow>[]): Drafts {
  const next = { ...drafts };
  for (const line of changed) {
    const draft = next[line.key];
    if (!draft) continue;
    next[line.key] = { ...draft, theirs: { minutes: line.current?.minutes ?? null, version: line.version } };
  }
  return next;
}

/**
 * A key typed on a focused cell: digits, « , », « . », « h » and space are added (the first key after moving to the
 * cell replaces its content, as in a spreadsheet), Backspace removes the last character, Delete empties the cell.
 * `null` when the key is not for the cell.
 */
export function typeKey(text: string, key: string, fresh: boolean): string | null {
  if (key === 'Delete') return '';
  if (key === 'Backspace') return fresh ? '' : text.slice(0, -1);
  if (!/^[0-9,.h ]$/i.test(key)) return null;
  const base = fresh ? '' : text;
  return base.length >= 8 ? base : base + key.toLowerCase();
}
