import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { addDays, todayInParis } from '@tremplin/domain';
import {
  FieldAttendanceWeekDocument,
  FieldGroupsDocument,
  FieldMissionHostsDocument,
  FieldMissionHoursWeekDocument,
} from './graphql/offline.generated';
import { isUnauthenticated } from '../../app/graphql-errors';
import type { FieldBlock, FieldGroupWeek, FieldMissionHost, FieldSnapshot } from './offline-store';

/** At most this many hosts are read (one query each): a structure has a handful. */
const MAX_HOSTS = 20;

/**
 * This week's mission hours at the hosts where the structure has running missions, copied field by field (the
 * person's name, the mission's id, site, dates, status and version, the days).
 */
export async function fetchMissionHosts(client: ApolloClient, weekStart: string): Promise<FieldMissionHost[]> {
  const { data } = await client.query({
    query: FieldMissionHostsDocument,
    variables: { weekStart },
    fetchPolicy: 'network-only',
  });
  const hosts = (data?.missionHostOrganisations ?? []).slice(0, MAX_HOSTS);
  return Promise.all(
    hosts.map(async (h): Promise<FieldMissionHost> => {
      const week = await client.query({
        query: FieldMissionHoursWeekDocument,
        variables: { hostOrganisationId: h.id, weekStart },
        fetchPolicy: 'network-only',
      });
      return {
        id: h.id,
        name: h.name,
        rows: (week.data?.missionHoursWeek.rows ?? []).map((r) => ({
          mission: {
            id: r.mission.id,
            site: r.mission.site ?? null,
            startDate: r.mission.startDate,
            endDate: r.mission.endDate,
            hoursStatus: r.mission.hoursStatus,
            version: r.mission.version,
          },
          person: { id: r.person.id, firstName: r.person.firstName, lastName: r.person.lastName },
          cells: r.cells.map((c) => ({
            day: c.day,
            minutes: c.minutes ?? null,
            version: c.version ?? null,
            inMission: c.inMission,
          })),
        })),
      };
    }),
  );
}

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
  // Each member's target blocks come with the grid (one read for all of them); a person in two groups has the same.
  const blocks: Record<string, FieldBlock[]> = {};
  const groups = await Promise.all(
    (data?.trainingGroups ?? []).map(async (g): Promise<FieldGroupWeek> => {
      const week = await client.query({
        query: FieldAttendanceWeekDocument,
        variables: { groupId: g.id, weekStart },
        fetchPolicy: 'network-only',
      });
      const w = week.data?.attendanceWeek;
      for (const r of w?.rows ?? [])
        blocks[r.person.id] = r.skillsProgress.map((p) => ({
          id: p.block.id,
          code: p.block.code,
          title: p.block.title,
          version: p.version,
        }));
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
  // A role that may not read missions keeps its groups: refused (not unreachable), the missions stay empty.
  const missionHosts = await fetchMissionHosts(client, weekStart).catch((error: unknown) => {
    if (CombinedGraphQLErrors.is(error) && !isUnauthenticated(error)) return [];
    throw error;
  });
  return { userId, savedAt: new Date().toISOString(), weekStart, groups, blocks, missionHosts };
}
