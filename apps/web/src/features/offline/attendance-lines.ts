import { AbsenceKind, formatMinutes, minutesToHoursInput, parseHoursToMinutes } from '@tremplin/domain';
import type { FieldRow, FieldSession, OutboxEntry } from './offline-store';
import { attendanceKey, type AttendanceVariables } from './senders';

/** What is typed for one person on « Mon terrain »: hours, and the absence kind when some time is missing. */
export interface Draft {
  hours: string;
  absence: string | null;
}

export type Choice = 'present' | 'absent' | 'justified';

/** The draft a button gives: all the planned time, or none with the absence's kind. */
export function draftOf(choice: Choice, plannedMinutes: number): Draft {
  if (choice === 'present') return { hours: minutesToHoursInput(plannedMinutes), absence: null };
  return { hours: '0', absence: choice === 'absent' ? AbsenceKind.UNJUSTIFIED : AbsenceKind.JUSTIFIED };
}

/** The button a draft matches, if any. */
export function choiceOf(draft: Draft, plannedMinutes: number): Choice | null {
  if (draft.absence === AbsenceKind.UNJUSTIFIED) return 'absent';
  if (draft.absence === AbsenceKind.JUSTIFIED) return 'justified';
  return parseHoursToMinutes(draft.hours) === plannedMinutes ? 'present' : null;
}

/** Why a draft cannot be saved (in French), or null. */
export function problemOfDraft(draft: Draft, plannedMinutes: number): string | null {
  const minutes = parseHoursToMinutes(draft.hours);
  if (minutes === null) return draft.hours.trim() ? 'Heures illisibles.' : null;
  if (minutes > plannedMinutes) return `Au plus ${formatMinutes(plannedMinutes)}.`;
  if (minutes < plannedMinutes && !draft.absence) return 'Précisez l’absence : Absent·e ou Justifié·e.';
  if (minutes === plannedMinutes && draft.absence) return 'Présence complète : pas d’absence.';
  return null;
}

/** A line in words: « Présent·e (3 h) », « Absent·e », « 2 h — Justifié·e ». */
export function describeLine(line: { minutesAttended: number; absence: string | null } | null): string {
  if (!line) return 'Rien de saisi (ligne supprimée)';
  const kind = line.absence === AbsenceKind.JUSTIFIED ? 'Justifié·e' : 'Absent·e';
  if (!line.absence) return `Présent·e (${formatMinutes(line.minutesAttended)})`;
  return line.minutesAttended ? `${formatMinutes(line.minutesAttended)} — ${kind}` : kind;
}

/** The attendance entry of the outbox for this session and person, if one waits. */
export function entryFor(entries: OutboxEntry[], sessionId: string, personId: string): OutboxEntry | undefined {
  const key = attendanceKey(sessionId, personId);
  return entries.find((e) => e.key === key);
}

/** What a line holds for the screen: the entry waiting to be sent, else the server's line (as last read). */
export function currentValues(
  row: FieldRow,
  session: FieldSession,
  entries: OutboxEntry[],
): { minutesAttended: number; absence: string | null } | null {
  const entry = entryFor(entries, session.id, row.person.id);
  if (entry) return entry.variables as unknown as AttendanceVariables;
  return row.cells.find((c) => c.sessionId === session.id)?.line ?? null;
}

export function draftFromValues(values: { minutesAttended: number; absence: string | null } | null): Draft {
  return values
    ? { hours: minutesToHoursInput(values.minutesAttended), absence: values.absence }
    : { hours: '', absence: null };
}

/** The entry to queue for a draft that differs from what the line holds; null when there is nothing to send. */
export function entryOfDraft(row: FieldRow, session: FieldSession, draft: Draft, entries: OutboxEntry[]) {
  const minutes = parseHoursToMinutes(draft.hours);
  if (minutes === null || problemOfDraft(draft, session.plannedMinutes)) return null;
  const now = currentValues(row, session, entries);
  if (now && now.minutesAttended === minutes && (now.absence ?? null) === draft.absence) return null;
  const key = attendanceKey(session.id, row.person.id);
  const line = row.cells.find((c) => c.sessionId === session.id)?.line ?? null;
  const variables: AttendanceVariables = {
    sessionId: session.id,
    personId: row.person.id,
    minutesAttended: minutes,
    absence: draft.absence,
  };
  return {
    kind: 'attendance' as const,
    key,
    variables: variables as unknown as Record<string, unknown>,
    baseVersions: { [key]: line?.version ?? null },
  };
}
