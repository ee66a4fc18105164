import 'fake-indexeddb/auto';
import { deserialize, serialize } from 'node:v8';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  enqueue,
  hasOfflineData,
  listOutbox,
  OFFLINE_DB_NAME,
  type OutboxEntry,
  readSnapshot,
  saveOwner,
  saveSnapshot,
  wipeOfflineData,
} from './offline-store';
import { drainOutbox, keepMine, keepTheirs, type Sender, type SendResult } from './outbox';
import { forgetOtherOwner, offlineOwner } from './offline-session';
import { attendanceKey, resultOf } from './senders';

// jsdom has no structuredClone (fake-indexeddb copies values with it, as browsers do): Node's, through v8.
if (typeof globalThis.structuredClone !== 'function')
  Object.assign(globalThis, { structuredClone: <T>(value: T): T => deserialize(serialize(value)) as T });

const line = (sessionId: string, personId: string, minutesAttended: number, version: number | null = null) => ({
  kind: 'attendance' as const,
  key: attendanceKey(sessionId, personId),
  variables: { sessionId, personId, minutesAttended, absence: minutesAttended ? null : 'UNJUSTIFIED' },
  baseVersions: { [attendanceKey(sessionId, personId)]: version },
});

/** A sender that records each batch it is given and answers from a script (then « sent »). */
function scripted(...answers: SendResult[]): Sender & { batches: OutboxEntry[][] } {
  const batches: OutboxEntry[][] = [];
  const send = (async (_kind, batch) => {
    batches.push(batch);
    return answers.shift() ?? { kind: 'sent' };
  }) as Sender & { batches: OutboxEntry[][] };
  send.batches = batches;
  return send;
}

const person = (e: OutboxEntry) => (e.variables as { personId: string }).personId;

describe('offline outbox (IndexedDB)', () => {
  beforeEach(() => wipeOfflineData());

  it('keeps the entries in the order they were made, a newer entry for a line replacing its values in place', async () => {
    await enqueue(line('s1', 'ana', 210, 3));
    await enqueue(line('s1', 'bob', 0));
    await enqueue({ ...line('s1', 'ana', 0), baseVersions: { [attendanceKey('s1', 'ana')]: 99 } });
    const list = await listOutbox();
    expect(list.map(person)).toEqual(['ana', 'bob']);
    expect(list[0]?.variables).toMatchObject({ minutesAttended: 0 });
    // The version the line was first read at is the one sent.
    expect(list[0]?.baseVersions).toEqual({ [attendanceKey('s1', 'ana')]: 3 });
    expect(list.every((e) => e.status === 'pending')).toBe(true);
  });

  it('sends the waiting entries in order, each with its version, and empties the outbox', async () => {
    await enqueue(line('s1', 'ana', 210, 3));
    await enqueue(line('s1', 'bob', 0));
    await enqueue(line('s2', 'ana', 60, 1));
    const send = scripted();
    const report = await drainOutbox(send);
    expect(send.batches).toHaveLength(1);
    expect(send.batches[0]?.map((e) => [person(e), e.baseVersions[e.key]])).toEqual([
      ['ana', 3],
      ['bob', null],
      ['ana', 1],
    ]);
    expect(report.sent).toHaveLength(3);
    expect(await listOutbox()).toEqual([]);
  });

  it('keeps everything when the server cannot be reached', async () => {
    await enqueue(line('s1', 'ana', 210, 3));
    const report = await drainOutbox(scripted({ kind: 'unreachable' }));
    expect(report.unreachable).toBe(true);
    expect((await listOutbox()).map((e) => e.status)).toEqual(['pending']);
  });

  it('marks the lines changed meanwhile as conflicts, with the server values, and sends the others', async () => {
    await enqueue(line('s1', 'ana', 210, 3));
    await enqueue(line('s1', 'bob', 0, 1));
    const theirs = { minutesAttended: 120, absence: 'JUSTIFIED', absenceLabel: 'Absence justifiée' };
    const send = scripted({ kind: 'conflict', lines: [{ index: 1, theirs, version: 2 }] });
    const report = await drainOutbox(send);
    expect(report.conflicts).toBe(1);
    // The first try had both; the second only the line without conflict.
    expect(send.batches.map((b) => b.map(person))).toEqual([['ana', 'bob'], ['ana']]);
    const left = await listOutbox();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ status: 'conflict', theirs, theirsVersion: 2 });
    expect(person(left[0]!)).toBe('bob');
  });

  it('« Garder la mienne » sends mine again on the current version; « Garder l’autre » drops mine', async () => {
    await enqueue(line('s1', 'ana', 210, 3));
    await enqueue(line('s1', 'bob', 0, 1));
    const theirs = { minutesAttended: 60, absence: 'JUSTIFIED', absenceLabel: null };
    await drainOutbox(
      scripted({
        kind: 'conflict',
        lines: [
          { index: 0, theirs, version: 4 },
          { index: 1, theirs, version: 2 },
        ],
      }),
    );
    const [ana, bob] = await listOutbox();
    await keepMine(ana!);
    await keepTheirs(bob!);
    const send = scripted();
    await drainOutbox(send);
    expect(send.batches.map((b) => b.map((e) => [person(e), e.baseVersions[e.key]]))).toEqual([[['ana', 4]]]);
    expect(await listOutbox()).toEqual([]);
  });

  it('isolates a refused entry (the batch is retried one by one) and keeps it with the message', async () => {
    await enqueue(line('s1', 'ana', 210, 3));
    await enqueue(line('s1', 'bob', 999));
    await enqueue(line('s1', 'eve', 0));
    const send = scripted(
      { kind: 'refused', message: 'Ligne 2 : trop d’heures.' },
      { kind: 'sent' },
      { kind: 'refused', message: 'Trop d’heures.' },
    );
    const report = await drainOutbox(send);
    expect(send.batches.map((b) => b.map(person))).toEqual([['ana', 'bob', 'eve'], ['ana'], ['bob'], ['eve']]);
    expect(report.refused).toBe(1);
    const left = await listOutbox();
    expect(left.map((e) => [person(e), e.status, e.error])).toEqual([['bob', 'error', 'Trop d’heures.']]);
  });

  it('reads a CONFLICT of the API as the lines to mark, by their input index', () => {
    const batch = [{ key: 'a' }, { key: 'b' }] as OutboxEntry[];
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Quelqu’un d’autre a modifié ces lignes.',
          extensions: {
            code: 'CONFLICT',
            changedLines: [{ field: 'lines.1', key: 'x', sentVersion: 1, version: 2, current: { minutesAttended: 5 } }],
          },
        },
      ],
    });
    expect(resultOf(error, batch)).toEqual({
      kind: 'conflict',
      lines: [{ index: 1, theirs: { minutesAttended: 5 }, version: 2 }],
    });
    expect(resultOf(new TypeError('Failed to fetch'), batch)).toEqual({ kind: 'unreachable' });
    const expired = new CombinedGraphQLErrors({
      errors: [{ message: 'Session expirée.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(resultOf(expired, batch)).toEqual({ kind: 'unreachable' });
    const refused = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Saisie invalide.',
          extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'lines.0', message: 'Trop d’heures.' }] },
        },
      ],
    });
    expect(resultOf(refused, batch)).toEqual({ kind: 'refused', message: 'Trop d’heures.' });
  });

  it('wipes everything kept on the device: the database itself is deleted', async () => {
    await saveOwner({ id: 'u1', me: { id: 'u1' } });
    await saveSnapshot({ userId: 'u1', savedAt: '2026-12-07T08:00:00Z', weekStart: '2026-12-07', groups: [] });
    await enqueue(line('s1', 'ana', 210, 3));
    expect(await hasOfflineData()).toBe(true);
    await wipeOfflineData();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(OFFLINE_DB_NAME);
    expect(await hasOfflineData()).toBe(false);
    // Opening it again finds nothing.
    expect(await readSnapshot()).toBeNull();
    expect(await listOutbox()).toEqual([]);
  });

  it('wipes what another person kept here when someone signs in; keeps it for the same person', async () => {
    await saveOwner({ id: 'u1', me: { id: 'u1', firstName: 'Patrick' } });
    await enqueue(line('s1', 'ana', 210, 3));
    await forgetOtherOwner('u1');
    expect(await offlineOwner()).toEqual({ id: 'u1', me: { id: 'u1', firstName: 'Patrick' } });
    expect(await listOutbox()).toHaveLength(1);
    await forgetOtherOwner('u2');
    expect(await hasOfflineData()).toBe(false);
    expect(await offlineOwner()).toBeNull();
  });
});
