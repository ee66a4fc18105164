import 'fake-indexeddb/auto';
import { deserialize, serialize } from 'node:v8';
import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { enqueue, type FieldSnapshot, listOutbox, readSnapshot, saveSnapshot, wipeOfflineData } from './offline-store';
import { drainOutbox, keepMine } from './outbox';
import { apolloSender, evaluationKey, missionDayKey, type SkillsEvaluationVariables } from './senders';

// jsdom has no structuredClone (fake-indexeddb copies values with it, as browsers do): Node's, through v8.
if (typeof globalThis.structuredClone !== 'function')
  Object.assign(globalThis, { structuredClone: <T>(value: T): T => deserialize(serialize(value)) as T });

const DAY = '2026-12-07';

const missionDay = (missionId: string, minutes: number | null, version: number | null) => ({
  kind: 'missionDays' as const,
  key: missionDayKey(missionId, DAY),
  variables: { missionId, day: DAY, minutes },
  baseVersions: { [missionDayKey(missionId, DAY)]: version },
});

const cell = (minutes: number | null, version: number | null) => ({ day: DAY, minutes, version, inMission: true });
const snapshot = (): FieldSnapshot => ({
  userId: 'u1',
  savedAt: '2026-12-07T08:00:00Z',
  weekStart: DAY,
  groups: [],
  missionHosts: [
    {
      id: 'h1',
      name: 'Rouen Habitat',
      rows: ['m1', 'm2'].map((id) => ({
        mission: { id, site: 'Résidence Les Lilas', startDate: DAY, endDate: DAY, hoursStatus: 'PENDING', version: 1 },
        person: { id: `p-${id}`, firstName: 'Awa', lastName: 'Diallo' },
        cells: [cell(null, null)],
      })),
    },
  ],
});

type Lines = { missionId: string; day: string; minutes: number | null; version: number | null }[];

/** An Apollo client whose `mutate` records the lines sent and answers from a script (then accepts). */
function fakeClient(...answers: (Error | null)[]) {
  const calls: Lines[] = [];
  const mutate = jest.fn(async ({ variables }: { variables: { input: { lines: Lines } } }) => {
    calls.push(variables.input.lines);
    const answer = answers.shift();
    if (answer) throw answer;
    return {
      data: {
        recordMissionDays: variables.input.lines.map((l) => ({
          mission: { id: l.missionId, version: 2 },
          cells: [cell(l.minutes, (l.version ?? 0) + 1)],
        })),
      },
    };
  });
  return { client: { mutate } as unknown as ApolloClient, calls };
}

const conflictOn = (index: number, minutes: number, version: number) =>
  new CombinedGraphQLErrors({
    errors: [
      {
        message: 'Les heures ont changé depuis que vous avez ouvert la semaine.',
        extensions: {
          code: 'CONFLICT',
          changedLines: [
            {
              field: `lines.${index}`,
              key: `m${index + 1}:${DAY}`,
              sentVersion: null,
              version,
              current: { missionId: `m${index + 1}`, day: DAY, minutes, firstName: 'Awa', lastName: 'Diallo' },
            },
          ],
        },
      },
    ],
  });

describe('mission days sender (offline outbox)', () => {
  beforeEach(async () => {
    await wipeOfflineData();
    await saveSnapshot(snapshot());
  });

  it('sends the days with the version each was read at, and applies the answer to the week kept here', async () => {
    await enqueue(missionDay('m1', 420, null));
    await enqueue(missionDay('m2', 210, 4));
    const { client, calls } = fakeClient();
    const report = await drainOutbox(apolloSender(client));
    expect(calls).toEqual([
      [
        { missionId: 'm1', day: DAY, minutes: 420, version: null },
        { missionId: 'm2', day: DAY, minutes: 210, version: 4 },
      ],
    ]);
    expect(report.sent).toHaveLength(2);
    expect(await listOutbox()).toEqual([]);
    const kept = await readSnapshot();
    expect(kept?.missionHosts?.[0]?.rows.map((r) => [r.mission.version, r.cells[0]])).toEqual([
      [2, cell(420, 1)],
      [2, cell(210, 5)],
    ]);
  });

  it('a day someone else entered meanwhile is kept aside with their value, never overwritten silently', async () => {
    await enqueue(missionDay('m1', 420, null));
    await enqueue(missionDay('m2', 210, null));
    const { client, calls } = fakeClient(conflictOn(1, 180, 1));
    const report = await drainOutbox(apolloSender(client));
    // The whole batch is refused; the other day goes again alone.
    expect(calls.map((c) => c.map((l) => l.missionId))).toEqual([['m1', 'm2'], ['m1']]);
    expect(report.conflicts).toBe(1);
    const [left] = await listOutbox();
    expect(await listOutbox()).toHaveLength(1);
    expect(left).toMatchObject({
      key: missionDayKey('m2', DAY),
      status: 'conflict',
      variables: { minutes: 210 },
      theirs: { minutes: 180 },
      theirsVersion: 1,
    });
    // « Garder la mienne » : sent again, based on the version the server holds now.
    await keepMine(left!);
    await drainOutbox(apolloSender(client));
    expect(calls[2]).toEqual([{ missionId: 'm2', day: DAY, minutes: 210, version: 1 }]);
    expect(await listOutbox()).toEqual([]);
  });

  it('no answer keeps the days waiting, unchanged', async () => {
    await enqueue(missionDay('m1', 420, null));
    const { client } = fakeClient(new TypeError('Failed to fetch'));
    const report = await drainOutbox(apolloSender(client));
    expect(report.unreachable).toBe(true);
    expect(await listOutbox()).toMatchObject([{ status: 'pending', variables: { minutes: 420 } }]);
  });
});

describe('skills evaluations sender (offline outbox)', () => {
  beforeEach(() => wipeOfflineData());

  const evaluation = (clientId: string, blockId: string, version: number | null = null) => ({
    kind: 'skillsEvaluation' as const,
    key: evaluationKey(clientId),
    variables: {
      clientId,
      personId: 'p1',
      blockId,
      level: 'PROGRESSING',
      evaluatedOn: DAY,
      evaluatorName: 'Patrick Lemaire',
      comment: null,
    },
    baseVersions: { [evaluationKey(clientId)]: version },
  });

  /** A server that records each evaluation once per clientId (as the API does), losing the answers it is told to. */
  function server(script: ('lost' | 'conflict' | 'ok')[]) {
    const recorded = new Map<string, SkillsEvaluationVariables>();
    const sent: string[] = [];
    const mutate = jest.fn(async ({ variables }: { variables: { input: SkillsEvaluationVariables } }) => {
      const v = variables.input;
      sent.push(v.clientId);
      const step = script.shift() ?? 'ok';
      if (step === 'conflict')
        throw new CombinedGraphQLErrors({
          errors: [
            {
              message: 'Le bloc a été évalué depuis.',
              extensions: {
                code: 'CONFLICT',
                changedLines: [
                  {
                    field: 'version',
                    key: v.blockId,
                    sentVersion: null,
                    version: 1,
                    current: { levelLabel: 'Acquis' },
                  },
                ],
              },
            },
          ],
        });
      if (!recorded.has(v.clientId)) recorded.set(v.clientId, v);
      if (step === 'lost') throw new TypeError('Failed to fetch');
      return { data: { recordSkillsEvaluation: { id: `e-${v.clientId}` } } };
    });
    return { client: { mutate } as unknown as ApolloClient, recorded, sent };
  }

  it('a send whose answer was lost is sent again with the same clientId: the evaluation exists once', async () => {
    await enqueue(evaluation('c1', 'b1'));
    const { client, recorded, sent } = server(['lost']);
    const first = await drainOutbox(apolloSender(client));
    expect(first.unreachable).toBe(true);
    expect(await listOutbox()).toMatchObject([{ key: evaluationKey('c1'), status: 'pending' }]);
    const second = await drainOutbox(apolloSender(client));
    expect(second.sent).toHaveLength(1);
    expect(sent).toEqual(['c1', 'c1']);
    expect([...recorded.keys()]).toEqual(['c1']);
    expect(await listOutbox()).toEqual([]);
  });

  it('a block evaluated since is kept aside; the one recorded before it in the batch is not created twice', async () => {
    await enqueue(evaluation('c1', 'b1'));
    await enqueue(evaluation('c2', 'b2'));
    const { client, recorded, sent } = server(['ok', 'conflict']);
    const report = await drainOutbox(apolloSender(client));
    expect(report.conflicts).toBe(1);
    expect(await listOutbox()).toMatchObject([
      { key: evaluationKey('c2'), status: 'conflict', theirs: { levelLabel: 'Acquis' }, theirsVersion: 1 },
    ]);
    // c1 was recorded, then sent again with the batch's other entries: still one evaluation.
    expect(sent).toEqual(['c1', 'c2', 'c1']);
    expect([...recorded.keys()]).toEqual(['c1']);
  });
});
