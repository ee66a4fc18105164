import { deleteEntries, listOutbox, type OutboxEntry, type OutboxKind, putEntry } from './offline-store';

/** How the server answered a batch of entries of one kind. */
export type SendResult =
  | { kind: 'sent' }
  /** CONFLICT: the entries (by index in the batch) someone else changed meanwhile, with what is there now. */
  | { kind: 'conflict'; lines: { index: number; theirs: unknown; version: number | null }[] }
  /** No answer (offline, server down): everything stays queued. */
  | { kind: 'unreachable' }
  /** Refused for another reason (validation, rights): the message is shown on the entries. */
  | { kind: 'refused'; message: string };

/** Sends a batch of entries of one kind, each with the version it was based on. */
export type Sender = (kind: OutboxKind, entries: OutboxEntry[]) => Promise<SendResult>;

export interface DrainReport {
  sent: OutboxEntry[];
  conflicts: number;
  refused: number;
  unreachable: boolean;
}

const BATCH = 100;
let running: Promise<DrainReport> | null = null;

/**
 * Sends the waiting entries in the order they were made: consecutive entries of one kind go in one request (the
 * API takes them all or none). A conflict marks the lines concerned (`conflict`, with the server's values) and the
 * others are sent again; a refusal of a batch is retried entry by entry, to mark only the refused ones; no answer
 * stops the round with everything kept. One round at a time: a call during a round waits for it and starts another.
 */
export function drainOutbox(send: Sender): Promise<DrainReport> {
  const previous = running;
  const next = (async () => {
    if (previous) await previous.catch(() => undefined);
    // One round across the tabs too, where the browser has Web Locks: two tabs never send the same entry.
    if (typeof navigator !== 'undefined' && navigator.locks)
      return navigator.locks.request('tremplin-outbox', () => drainOnce(send));
    return drainOnce(send);
  })();
  running = next;
  void next.finally(() => {
    if (running === next) running = null;
  });
  return next;
}

async function drainOnce(send: Sender): Promise<DrainReport> {
  const report: DrainReport = { sent: [], conflicts: 0, refused: 0, unreachable: false };
  let oneByOne = false;
  for (;;) {
    const pending = (await listOutbox()).filter((e) => e.status === 'pending');
    const first = pending[0];
    if (!first) return report;
    const batch: OutboxEntry[] = [];
    for (const e of pending) {
      if (e.kind !== first.kind || batch.length >= (oneByOne ? 1 : BATCH)) break;
      batch.push(e);
    }
    const result = await send(first.kind, batch);
    if (result.kind === 'sent') {
      await deleteEntries(batch.map((e) => e.id));
      report.sent.push(...batch);
      continue;
    }
    if (result.kind === 'unreachable') {
      report.unreachable = true;
      return report;
    }
    if (result.kind === 'conflict') {
      let marked = 0;
      for (const line of result.lines) {
        const entry = batch[line.index];
        if (!entry) continue;
        await putEntry({ ...entry, status: 'conflict', theirs: line.theirs, theirsVersion: line.version });
        marked++;
      }
      report.conflicts += marked;
      if (marked) continue;
    }
    if (batch.length > 1) {
      oneByOne = true;
      continue;
    }
    const message = result.kind === 'refused' ? result.message : 'Saisie refusée par le serveur.';
    await putEntry({ ...first, status: 'error', error: message });
    report.refused++;
  }
}

/**
 * « Garder la mienne » : the entry is sent again, based this time on the version the server holds now (it then
 * overwrites the other value knowingly).
 */
export async function keepMine(entry: OutboxEntry): Promise<void> {
  const baseVersions = Object.fromEntries(Object.keys(entry.baseVersions).map((k) => [k, entry.theirsVersion ?? null]));
  const next: OutboxEntry = { ...entry, baseVersions, status: 'pending' };
  delete next.theirs;
  delete next.theirsVersion;
  await putEntry(next);
}

/** « Garder l’autre » : the entry made here is dropped; the server's value stays. */
export async function keepTheirs(entry: OutboxEntry): Promise<void> {
  await deleteEntries([entry.id]);
}

/** « Réessayer » on a refused entry: it waits again in its place. */
export async function retryEntry(entry: OutboxEntry): Promise<void> {
  const next: OutboxEntry = { ...entry, status: 'pending' };
  delete next.error;
  await putEntry(next);
}
