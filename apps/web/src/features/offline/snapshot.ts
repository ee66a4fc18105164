import type { ApolloClient } from '@apollo/client';
import { addDays, todayInParis } from '@tremplin/domain';
import { FieldAttendanceWeekDocument, FieldGroupsDocument } from './graphql/offline.generated';
import type { FieldGroupWeek, FieldSnapshot } from './offline-store';

/** The Monday of the week of `day` (AAAA-MM-JJ). */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = dimanche
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * Reads from the server what « Mon terrain » keeps for the week: the caller's groups (a supervisor gets only theirs)
 * and each one's attendance for the current week. Only the listed fields are kept (names, attendance lines): the
 * copy is made field by field, so nothing else of the answers reaches the device.
 */
export async function fetchSnapshot(
  client: ApolloClient,
  userId: string,
  today = todayInParis(),
): Promise<FieldSnapshot> {
  const weekStart = mondayOf(today);
  const { data } = await client.query({ query: FieldGroupsDocument, fetchPolicy: 'network-only' });
  const groups = await Promise.all(
    (data?.trainingGroups ?? []).map(async (g): Promise<FieldGroupWeek> => {
      const week = await client.query({
        query: FieldAttendanceWeekDocument,
        variables: { groupId: g.id, weekStart },
        fetchPolicy: 'network-only',
      });
      const w = week.data?.attendanceWeek;
      return {
        id: g.id,
        name: g.name,
        weekStart,
        sessions: (w?.sessions ?? []).map((s) => ({
          id: s.id,
          title: s.title,
          kindLabel: s.kindLabel,
          sessionDate: s.sessionDate,
          plannedMinutes: s.plannedMinutes,
        })),
        rows: (w?.rows ?? []).map((r) => ({
          person: { id: r.person.id, firstName: r.person.firstName, lastName: r.person.lastName },
          cells: r.cells.map((c) => ({
            sessionId: c.sessionId,
            line: c.line
              ? {
                  id: c.line.id,
                  minutesAttended: c.line.minutesAttended,
                  absence: c.line.absence,
                  absenceLabel: c.line.absenceLabel,
                  version: c.line.version,
                }
              : null,
          })),
        })),
      };
    }),
  );
  return { userId, savedAt: new Date().toISOString(), weekStart, groups };
}
