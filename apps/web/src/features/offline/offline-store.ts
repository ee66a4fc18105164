import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The supervisor's offline data, in one IndexedDB database (ADR 0014): the week's snapshot (their groups, names and
 * attendance lines, no sensitive field), who it belongs to, and the outbox of entries not yet sent. Wiped at sign-out
 * and when someone else signs in on this browser (`wipeOfflineData`).
 */
export const OFFLINE_DB_NAME = 'tremplin-terrain';
const VERSION = 1;

/** An attendance line as the server holds it. */
export interface FieldLine {
  id: string;
  minutesAttended: number;
  absence: string | null;
  absenceLabel: string | null;
  version: number;
}
export interface FieldSession {
  id: string;
  title: string;
  kindLabel: string;
  sessionDate: string;
  plannedMinutes: number;
}
export interface FieldPerson {
  id: string;
  firstName: string;
  lastName: string;
}
export interface FieldRow {
  person: FieldPerson;
  cells: { sessionId: string; line: FieldLine | null }[];
}
export interface FieldGroupWeek {
  id: string;
  name: string;
  weekStart: string;
  sessions: FieldSession[];
  rows: FieldRow[];
}
/** One day of a mission: minutes entered (null: nothing), the day line's version (null: never entered). */
export interface FieldMissionCell {
  day: string;
  minutes: number | null;
  version: number | null;
  inMission: boolean;
}
/** A running mission this week at a host, with its days (the person's name only). */
export interface FieldMissionRow {
  mission: {
    id: string;
    site: string | null;
    startDate: string;
    endDate: string;
    hoursStatus: string;
    version: number;
  };
  person: FieldPerson;
  cells: FieldMissionCell[];
}
export interface FieldMissionHost {
  id: string;
  name: string;
  rows: FieldMissionRow[];
}
/** A block of a person's target certification: what an evaluation needs (its version: its evaluations). */
export interface FieldBlock {
  id: string;
  code: string;
  title: string;
  version: number;
}
/** What « Mon terrain » needs for the week, saved when online and read when offline. */
export interface FieldSnapshot {
  userId: string;
  savedAt: string;
  weekStart: string;
  groups: FieldGroupWeek[];
  /** The blocks of each group member's target certification (by person id), with each block's version. */
  blocks?: Record<string, FieldBlock[]>;
  /** This week's mission hours at the structure's hosts (absent in a copy kept before they were). */
  missionHosts?: FieldMissionHost[];
}

/** The signed-in user as the shell needs it offline (name, role, permissions): the `Me` answer, nothing more. */
export interface OfflineOwner {
  id: string;
  me: unknown;
}

export type OutboxKind = 'attendance' | 'missionDays' | 'skillsEvaluation';
export type OutboxStatus = 'pending' | 'conflict' | 'error';

/** One entry made here and not yet accepted by the server. */
export interface OutboxEntry<V = Record<string, unknown>> {
  /** Increasing: the outbox is replayed in this order. */
  id: number;
  kind: OutboxKind;
  /** The line it writes (e.g. `attendance:<session>:<person>`): a newer entry for the same line replaces it. */
  key: string;
  variables: V;
  /** The version of each line it was based on (null: no line then), sent with it. */
  baseVersions: Record<string, number | null>;
  createdAt: string;
  status: OutboxStatus;
  /** After a CONFLICT: what the server holds now, and its version. */
  theirs?: unknown;
  theirsVersion?: number | null;
  /** After a refusal other than a conflict: the server's message. */
  error?: string;
}

interface OfflineSchema extends DBSchema {
  snapshot: { key: string; value: FieldSnapshot };
  owner: { key: string; value: OfflineOwner };
  outbox: { key: number; value: OutboxEntry; indexes: { byKey: string } };
}

let opened: Promise<IDBPDatabase<OfflineSchema>> | null = null;

function db(): Promise<IDBPDatabase<OfflineSchema>> {
  opened ??= openDB<OfflineSchema>(OFFLINE_DB_NAME, VERSION, {
    upgrade(database) {
      database.createObjectStore('snapshot');
      database.createObjectStore('owner');
      const outbox = database.createObjectStore('outbox', { keyPath: 'id', autoIncrement: true });
      outbox.createIndex('byKey', 'key');
    },
    // Another tab wipes the data (sign-out there): let it.
    blocking() {
      void closeDb();
    },
  });
  return opened;
}

async function closeDb(): Promise<void> {
  const current = opened;
  opened = null;
  if (current) (await current.catch(() => null))?.close();
}

const listeners = new Set<() => void>();
/** Called after every change of the outbox or the snapshot (the hooks re-read then). */
export function onOfflineChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function changed(): void {
  for (const l of listeners) l();
}

export async function saveSnapshot(snapshot: FieldSnapshot): Promise<void> {
  await (await db()).put('snapshot', snapshot, 'current');
  changed();
}
export async function readSnapshot(): Promise<FieldSnapshot | null> {
  return (await (await db()).get('snapshot', 'current')) ?? null;
}
/** Applies the lines the server just accepted to the snapshot (their new values and versions). */
export async function patchSnapshotLines(lines: { sessionId: string; personId: string; line: FieldLine }[]) {
  const snapshot = await readSnapshot();
  if (!snapshot || !lines.length) return;
  for (const group of snapshot.groups)
    for (const row of group.rows)
      for (const cell of row.cells) {
        const hit = lines.find((l) => l.sessionId === cell.sessionId && l.personId === row.person.id);
        if (hit) cell.line = hit.line;
      }
  await saveSnapshot(snapshot);
}

/** Applies the mission days the server just accepted to the snapshot (their new minutes and versions). */
export async function patchSnapshotMissionDays(
  rows: { missionId: string; missionVersion: number; cells: FieldMissionCell[] }[],
) {
  const snapshot = await readSnapshot();
  if (!snapshot || !rows.length) return;
  for (const host of snapshot.missionHosts ?? [])
    for (const row of host.rows) {
      const hit = rows.find((r) => r.missionId === row.mission.id);
      if (!hit) continue;
      row.mission.version = hit.missionVersion;
      row.cells = row.cells.map((c) => hit.cells.find((x) => x.day === c.day) ?? c);
    }
  await saveSnapshot(snapshot);
}

export async function saveOwner(owner: OfflineOwner): Promise<void> {
  await (await db()).put('owner', owner, 'current');
}
export async function readOwner(): Promise<OfflineOwner | null> {
  return (await (await db()).get('owner', 'current')) ?? null;
}

/**
 * Adds an entry at the end of the outbox, or, when one for the same line is already waiting, replaces its values
 * (keeping its place, its base versions and a conflict still to decide).
 */
export async function enqueue(
  entry: Omit<OutboxEntry, 'id' | 'createdAt' | 'status'> & { createdAt?: string },
): Promise<OutboxEntry> {
  const database = await db();
  const tx = database.transaction('outbox', 'readwrite');
  const existing = await tx.store.index('byKey').get(entry.key);
  let saved: OutboxEntry;
  if (existing) {
    saved = {
      ...existing,
      variables: entry.variables,
      status: existing.status === 'conflict' ? 'conflict' : 'pending',
    };
    delete saved.error;
    await tx.store.put(saved);
  } else {
    const draft = { ...entry, createdAt: entry.createdAt ?? new Date().toISOString(), status: 'pending' as const };
    const id = await tx.store.add(draft as OutboxEntry);
    saved = { ...draft, id };
  }
  await tx.done;
  changed();
  return saved;
}

/** The outbox, oldest first. */
export async function listOutbox(): Promise<OutboxEntry[]> {
  return (await db()).getAll('outbox');
}
export async function putEntry(entry: OutboxEntry): Promise<void> {
  await (await db()).put('outbox', entry);
  changed();
}
export async function deleteEntries(ids: number[]): Promise<void> {
  const tx = (await db()).transaction('outbox', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  changed();
}

/**
 * Deletes everything kept offline (snapshot, owner, outbox): at sign-out and when another person signs in here.
 * Entries still in the outbox are lost with it: « Se déconnecter » asks first (`unsentWarning`).
 */
export async function wipeOfflineData(): Promise<void> {
  await closeDb();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(OFFLINE_DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Another tab still has it open: it is deleted as soon as that tab lets go (`blocking` above).
    request.onblocked = () => resolve();
  });
  // No change notice: a screen still open would read the database again, and so create it anew.
}

/** Whether this browser holds offline data (without creating the database). */
export async function hasOfflineData(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((d) => d.name === OFFLINE_DB_NAME);
}
