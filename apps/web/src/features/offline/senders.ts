import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { changedLinesOf, isUnauthenticated, problemOf } from '../../app/graphql-errors';
import {
  FieldRecordAttendanceLinesDocument,
  FieldRecordMissionDaysDocument,
  FieldRecordSkillsEvaluationDocument,
} from './graphql/offline.generated';
import { type FieldLine, type OutboxEntry, patchSnapshotLines, patchSnapshotMissionDays } from './offline-store';
import type { Sender, SendResult } from './outbox';

/** An attendance entry: one line of one session's sheet. */
export interface AttendanceVariables {
  sessionId: string;
  personId: string;
  minutesAttended: number;
  absence: string | null;
}

export const attendanceKey = (sessionId: string, personId: string) => `attendance:${sessionId}:${personId}`;

/** What a CONFLICT says an attendance line holds now. */
export interface AttendanceNow {
  minutesAttended: number;
  absence: string | null;
  absenceLabel: string | null;
}

/** A mission-day entry: the minutes of one mission on one day (null clears the day). */
export interface MissionDayVariables {
  missionId: string;
  day: string;
  minutes: number | null;
}

export const missionDayKey = (missionId: string, day: string) => `missionDay:${missionId}:${day}`;

/** What a CONFLICT says a mission day holds now (null: the day was cleared). */
export interface MissionDayNow {
  missionId: string;
  day: string;
  minutes: number;
  firstName: string;
  lastName: string;
}

/**
 * A skills evaluation made here: `clientId` (a UUID made on the device when it is entered) goes with each send, so
 * that a send whose answer was lost, sent again, returns the evaluation already recorded instead of a second one.
 */
export interface SkillsEvaluationVariables {
  clientId: string;
  personId: string;
  blockId: string;
  level: string;
  evaluatedOn: string;
  evaluatorName: string;
  comment: string | null;
}

export const evaluationKey = (clientId: string) => `evaluation:${clientId}`;

/** What a CONFLICT says the block holds now (its latest evaluation). */
export interface EvaluationNow {
  blockCode: string;
  level: string;
  levelLabel: string;
  evaluatedOn: string;
  evaluatorName: string;
}

/** The index in the batch a changed line answers: its `field` (`lines.3`), else its key (the person, or session:person). */
function indexOf(field: string, key: string, batch: OutboxEntry[]): number {
  const m = /(\d+)(?:\.\w+)?$/.exec(field);
  if (m) return Number(m[1]);
  return batch.findIndex((e) => {
    const v = e.variables as unknown as AttendanceVariables;
    return key === v.personId || key === `${v.sessionId}:${v.personId}`;
  });
}

async function sendAttendance(client: ApolloClient, batch: OutboxEntry[]): Promise<SendResult> {
  const lines = batch.map((e) => {
    const v = e.variables as unknown as AttendanceVariables;
    return {
      sessionId: v.sessionId,
      personId: v.personId,
      minutesAttended: v.minutesAttended,
      absence: v.absence,
      version: e.baseVersions[e.key] ?? null,
    };
  });
  try {
    const result = await client.mutate({
      mutation: FieldRecordAttendanceLinesDocument,
      variables: { input: { lines } },
    });
    const saved = result.data?.recordAttendanceLines ?? [];
    await patchSnapshotLines(
      lines.flatMap((l, i) => {
        const s = saved[i]?.person.id === l.personId ? saved[i] : saved.find((x) => x.person.id === l.personId);
        if (!s) return [];
        const line: FieldLine = {
          id: s.id,
          minutesAttended: s.minutesAttended,
          absence: s.absence,
          absenceLabel: s.absenceLabel,
          version: s.version,
        };
        return [{ sessionId: l.sessionId, personId: l.personId, line }];
      }),
    );
    return { kind: 'sent' };
  } catch (error) {
    return resultOf(error, batch);
  }
}

async function sendMissionDays(client: ApolloClient, batch: OutboxEntry[]): Promise<SendResult> {
  const lines = batch.map((e) => {
    const v = e.variables as unknown as MissionDayVariables;
    return { missionId: v.missionId, day: v.day, minutes: v.minutes, version: e.baseVersions[e.key] ?? null };
  });
  try {
    const result = await client.mutate({ mutation: FieldRecordMissionDaysDocument, variables: { input: { lines } } });
    await patchSnapshotMissionDays(
      (result.data?.recordMissionDays ?? []).map((r) => ({
        missionId: r.mission.id,
        missionVersion: r.mission.version,
        cells: r.cells.map((c) => ({
          day: c.day,
          minutes: c.minutes ?? null,
          version: c.version ?? null,
          inMission: c.inMission,
        })),
      })),
    );
    return { kind: 'sent' };
  } catch (error) {
    return resultOf(error, batch);
  }
}

/**
 * Evaluations one by one, in order (the API records one at a time). One refused after others were recorded: the
 * outbox sends the batch again, and the recorded ones, sent with the same `clientId`, are not created twice.
 */
async function sendEvaluations(client: ApolloClient, batch: OutboxEntry[]): Promise<SendResult> {
  for (const [index, entry] of batch.entries()) {
    const v = entry.variables as unknown as SkillsEvaluationVariables;
    try {
      await client.mutate({
        mutation: FieldRecordSkillsEvaluationDocument,
        variables: { input: { ...v, version: entry.baseVersions[entry.key] ?? null } },
      });
    } catch (error) {
      const result = resultOf(error, [entry]);
      // The block's CONFLICT names no line index (`version`): it is this entry's.
      if (result.kind === 'conflict') return { ...result, lines: result.lines.map((l) => ({ ...l, index })) };
      return result;
    }
  }
  return { kind: 'sent' };
}

/** A failed send in the outbox's terms: CONFLICT lines, no answer, or a refusal with its message. */
export function resultOf(error: unknown, batch: OutboxEntry[]): SendResult {
  // No answer, or the session ended meanwhile (the shell asks to sign in again): the entries wait, unchanged.
  if (!CombinedGraphQLErrors.is(error) || isUnauthenticated(error)) return { kind: 'unreachable' };
  const changed = changedLinesOf<AttendanceNow>(error);
  if (changed.length)
    return {
      kind: 'conflict',
      lines: changed.map((c) => ({ index: indexOf(c.field, c.key, batch), theirs: c.current, version: c.version })),
    };
  const problem = problemOf(error);
  const details = problem.fieldErrors.map((f) => f.message).join(' ');
  return { kind: 'refused', message: details || problem.message };
}

/**
 * The outbox's sender on this Apollo client. Attendance goes through `recordAttendanceLines`, mission days through
 * `recordMissionDays`, skills evaluations through `recordSkillsEvaluation` with their `clientId` (ADR 0014).
 */
export function apolloSender(client: ApolloClient): Sender {
  return async (kind, batch) => {
    if (typeof navigator !== 'undefined' && !navigator.onLine) return { kind: 'unreachable' };
    if (kind === 'attendance') return sendAttendance(client, batch);
    if (kind === 'missionDays') return sendMissionDays(client, batch);
    return sendEvaluations(client, batch);
  };
}
