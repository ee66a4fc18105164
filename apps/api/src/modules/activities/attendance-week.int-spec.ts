import {
  buildPartnerOrganisation,
  buildPerson,
  buildStructure,
  type GraphqlClient,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { addDays, Role, todayInParis } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { SessionAttendanceEntity } from './activity.entities';
import { isoWeekday } from './training-groups.service';

const CREATE_GROUP = `mutation($input: CreateTrainingGroupInput!) { createTrainingGroup(input: $input) { id } }`;
const SERIES = `mutation($input: CreateSessionSeriesInput!) { createSessionSeries(input: $input) { id sessionDate } }`;
const CREATE_SESSION = `mutation($input: CreateCollectiveSessionInput!) { createCollectiveSession(input: $input) { id } }`;
const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`;
const LINES = `mutation($input: RecordAttendanceLinesInput!) { recordAttendanceLines(input: $input) {
  id minutesAttended absence version person { id lastName } } }`;
const WEEK = `query($groupId: ID!, $weekStart: String!) { attendanceWeek(groupId: $groupId, weekStart: $weekStart) {
  weekStart
  group { id name memberCount members { id lastName } supervisors { lastName } }
  sessions { id title sessionDate plannedMinutes group { id } roster { id } attendances { id person { id } } }
  rows { person { id firstName lastName } attendedMinutes plannedMinutes skillsProgress { block { id code } version }
    cells { sessionId line { id minutesAttended absence absenceLabel version person { id } } } } } }`;

interface Week {
  weekStart: string;
  group: { id: string; memberCount: number };
  sessions: { id: string; title: string; sessionDate: string }[];
  rows: {
    person: { id: string; lastName: string };
    attendedMinutes: number;
    plannedMinutes: number;
    cells: { sessionId: string; line: { id: string; minutesAttended: number; version: number } | null }[];
  }[];
}

/** The Monday `weeks` weeks before this one (negative: after). */
function monday(weeks: number): string {
  const today = todayInParis();
  return addDays(today, -(isoWeekday(today) - 1) - 7 * weeks);
}

describe('activities: the week attendance grid', () => {
  let t: TestApp;
  let structure: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    structure = await buildStructure(t.db);
  });
  afterAll(() => t?.close());

  /** A group of `names`, with a Monday–Friday series of 7 h over the weeks from `from` to `to`. */
  async function groupWithSeries(
    c: GraphqlClient,
    names: string[],
    opts: { supervisorIds?: string[]; from?: string; to?: string } = {},
  ) {
    const persons = [];
    for (const lastName of names) persons.push(await buildPerson(t.db, structure.id, { lastName }));
    const { createTrainingGroup: group } = await c.ok<{ createTrainingGroup: { id: string } }>(CREATE_GROUP, {
      input: {
        name: 'Promotion',
        startsOn: monday(3),
        memberIds: persons.map((p) => p.id),
        supervisorIds: opts.supervisorIds,
      },
    });
    const { createSessionSeries: sessions } = await c.ok<{
      createSessionSeries: { id: string; sessionDate: string }[];
    }>(SERIES, {
      input: {
        groupId: group.id,
        kind: 'TRAINING',
        title: 'Formation',
        trainingBody: 'AFPOLS',
        from: opts.from ?? monday(2),
        to: opts.to ?? addDays(monday(2), 6),
        weekdays: [1, 2, 3, 4, 5],
        plannedMinutes: 420,
      },
    });
    return { group, persons, sessions };
  }

  describe('attendanceWeek', () => {
    let c: GraphqlClient & { userId: string };
    beforeAll(async () => {
      c = await signedInAs(t, Role.COUNSELLOR, structure.id);
    });

    it('lists the week’s sessions by date then title, members and persons with a line by name, with totals', async () => {
      const { group, persons, sessions } = await groupWithSeries(c, ['Durand', 'Bernard', 'Caron']);
      const week = monday(2);
      const { createCollectiveSession: workshop } = await c.ok(CREATE_SESSION, {
        input: {
          kind: 'WORKSHOP',
          title: 'Atelier CV',
          sessionDate: addDays(week, 2),
          plannedMinutes: 60,
          groupId: group.id,
        },
      });
      const guest = await buildPerson(t.db, structure.id, { lastName: 'Aubin' });
      const [durand, bernard, caron] = persons;
      await c.ok(LINES, {
        input: {
          lines: [
            { sessionId: sessions[0].id, personId: bernard.id, minutesAttended: 420, version: null },
            {
              sessionId: sessions[1].id,
              personId: caron.id,
              minutesAttended: 0,
              absence: 'UNJUSTIFIED',
              version: null,
            },
            {
              sessionId: sessions[1].id,
              personId: guest.id,
              minutesAttended: 300,
              absence: 'JUSTIFIED',
              version: null,
            },
            { sessionId: workshop.id, personId: bernard.id, minutesAttended: 60, version: null },
          ],
        },
      });
      const { attendanceWeek: w } = await c.ok<{ attendanceWeek: Week }>(WEEK, { groupId: group.id, weekStart: week });
      expect(w.weekStart).toBe(week);
      expect(w.group).toMatchObject({ id: group.id, memberCount: 3 });
      expect(w.sessions.map((s) => [s.sessionDate, s.title])).toEqual([
        [week, 'Formation'],
        [addDays(week, 1), 'Formation'],
        [addDays(week, 2), 'Atelier CV'],
        [addDays(week, 2), 'Formation'],
        [addDays(week, 3), 'Formation'],
        [addDays(week, 4), 'Formation'],
      ]);
      expect(w.rows.map((r) => r.person.lastName)).toEqual(['Aubin', 'Bernard', 'Caron', 'Durand']);
      for (const r of w.rows) expect(r.cells.map((x) => x.sessionId)).toEqual(w.sessions.map((s) => s.id));
      const row = (id: string) => w.rows.find((r) => r.person.id === id)!;
      expect(row(bernard.id)).toMatchObject({ attendedMinutes: 480, plannedMinutes: 5 * 420 + 60 });
      expect(
        row(bernard.id)
          .cells.filter((x) => x.line)
          .map((x) => x.line!.minutesAttended),
      ).toEqual([420, 60]);
      expect(row(caron.id)).toMatchObject({ attendedMinutes: 0, plannedMinutes: 5 * 420 + 60 });
      expect(row(durand.id)).toMatchObject({ attendedMinutes: 0, plannedMinutes: 5 * 420 + 60 });
      expect(row(durand.id).cells.every((x) => x.line === null)).toBe(true);
      // The guest is expected at the one session they have a line on.
      expect(row(guest.id)).toMatchObject({ attendedMinutes: 300, plannedMinutes: 420 });
      // Another week of the group: its sessions only (none here), the members still listed.
      const { attendanceWeek: empty } = await c.ok<{ attendanceWeek: Week }>(WEEK, {
        groupId: group.id,
        weekStart: monday(1),
      });
      expect(empty.sessions).toEqual([]);
      expect(empty.rows.map((r) => [r.person.lastName, r.cells, r.plannedMinutes])).toEqual([
        ['Bernard', [], 0],
        ['Caron', [], 0],
        ['Durand', [], 0],
      ]);
    });

    it('refuses a week that does not start on a Monday, and an unknown group', async () => {
      const { group } = await groupWithSeries(c, ['Seul']);
      const e = await c.fail(WEEK, { groupId: group.id, weekStart: addDays(monday(2), 1) });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'weekStart', message: expect.stringMatching(/est un mardi : une semaine commence un lundi/) },
      ]);
      const bad = await c.fail(WEEK, { groupId: group.id, weekStart: '2026-13-01' });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      const none = await c.fail(WEEK, { groupId: '00000000-0000-4000-8000-000000000000', weekStart: monday(2) });
      expect(none.extensions?.code).toBe('NOT_FOUND');
      expect(none.message).toBe('Ce groupe de formation est introuvable dans votre structure.');
    });

    it('sends the same number of SQL statements for 3 and for 12 persons', async () => {
      const statements = async (n: number) => {
        const names = Array.from({ length: n }, (_, i) => `Nombre${String(i).padStart(2, '0')}`);
        const { group, persons, sessions } = await groupWithSeries(c, names);
        await c.ok(LINES, {
          input: {
            lines: persons.flatMap((p) =>
              sessions.map((s) => ({ sessionId: s.id, personId: p.id, minutesAttended: 420, version: null })),
            ),
          },
        });
        await c.ok(`{ me { id } }`);
        const { result, statements } = await t.statementsOf(() =>
          c.ok<{ attendanceWeek: Week }>(WEEK, { groupId: group.id, weekStart: monday(2) }),
        );
        expect(result.attendanceWeek.rows).toHaveLength(n);
        expect(result.attendanceWeek.rows.every((r) => r.cells.every((x) => x.line))).toBe(true);
        return statements;
      };
      const small = await statements(3);
      const large = await statements(12);
      expect(large).toBe(small);
      // session + group, sessions, persons, lines + members, member count, supervisors, roster, attendances, persons,
      // and the members' target blocks with their evaluations (« Mon terrain » reads them with the grid).
      expect(small).toBeLessThanOrEqual(14);
    });
  });

  describe('recordAttendanceLines', () => {
    let c: GraphqlClient & { userId: string };
    let other: GraphqlClient & { userId: string };
    let supervisor: GraphqlClient & { userId: string };
    beforeAll(async () => {
      c = await signedInAs(t, Role.COUNSELLOR, structure.id);
      other = await signedInAs(t, Role.COUNSELLOR, structure.id);
      supervisor = await signedInAs(t, Role.SUPERVISOR, structure.id);
    });
    const linesOf = async (sessionIds: string[]) =>
      (await t.db.getRepository(SessionAttendanceEntity).find({ order: { id: 'ASC' } }))
        .filter((l) => sessionIds.includes(l.sessionId))
        .map((l) => [l.sessionId, l.personId, l.minutesAttended, l.absence, l.version]);

    it('saves the lines of several sessions at once and returns them in input order', async () => {
      const { persons, sessions } = await groupWithSeries(c, ['Un', 'Deux']);
      const { recordAttendanceLines: saved } = await c.ok(LINES, {
        input: {
          lines: [
            { sessionId: sessions[2].id, personId: persons[1].id, minutesAttended: 420, version: null },
            {
              sessionId: sessions[0].id,
              personId: persons[0].id,
              minutesAttended: 210,
              absence: 'JUSTIFIED',
              version: null,
            },
            { sessionId: sessions[0].id, personId: persons[1].id, minutesAttended: 420, version: null },
          ],
        },
      });
      expect(
        saved.map((l: { person: { lastName: string }; minutesAttended: number }) => [
          l.person.lastName,
          l.minutesAttended,
        ]),
      ).toEqual([
        ['Deux', 420],
        ['Un', 210],
        ['Deux', 420],
      ]);
      expect(saved.every((l: { version: number }) => l.version === 1)).toBe(true);
      expect(await linesOf(sessions.map((s) => s.id))).toHaveLength(3);
    });

    it('all or nothing: one wrong line refuses the week, each wrong line named; nothing written', async () => {
      const { persons, sessions } = await groupWithSeries(c, ['Trois', 'Quatre']);
      const e = await c.fail(LINES, {
        input: {
          lines: [
            { sessionId: sessions[0].id, personId: persons[0].id, minutesAttended: 420, version: null },
            { sessionId: sessions[1].id, personId: persons[0].id, minutesAttended: 500, version: null },
            { sessionId: sessions[3].id, personId: persons[1].id, minutesAttended: 300, version: null },
          ],
        },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'lines.1.minutesAttended',
          message: expect.stringMatching(/^TROIS .*, mardi .* : 8 h 20 de présence/),
        },
        { field: 'lines.2.absence', message: expect.stringMatching(/^QUATRE .*, jeudi .* précisez si l’absence/) },
      ]);
      expect(await linesOf(sessions.map((s) => s.id))).toEqual([]);
      const unknown = await c.fail(LINES, {
        input: {
          lines: [
            { sessionId: sessions[0].id, personId: persons[0].id, minutesAttended: 420, version: null },
            { sessionId: '00000000-0000-4000-8000-000000000000', personId: persons[0].id, minutesAttended: 420 },
          ],
        },
      });
      expect(unknown.extensions?.code).toBe('NOT_FOUND');
      expect(await linesOf(sessions.map((s) => s.id))).toEqual([]);
    });

    it('a line changed since it was read is a CONFLICT naming each stale line (changedLines); nothing written', async () => {
      const { persons, sessions } = await groupWithSeries(c, ['Cinq', 'Six']);
      await c.ok(LINES, {
        input: { lines: [{ sessionId: sessions[0].id, personId: persons[0].id, minutesAttended: 420, version: null }] },
      });
      // Someone else changes that line (version 2) and adds one for Six on Tuesday.
      await other.ok(ATTEND, {
        input: {
          sessionId: sessions[0].id,
          entries: [{ personId: persons[0].id, minutesAttended: 360, absence: 'JUSTIFIED', version: 1 }],
        },
      });
      await other.ok(ATTEND, {
        input: {
          sessionId: sessions[1].id,
          entries: [{ personId: persons[1].id, minutesAttended: 420, version: null }],
        },
      });
      const before = await linesOf(sessions.map((s) => s.id));
      const e = await c.fail(LINES, {
        input: {
          lines: [
            { sessionId: sessions[2].id, personId: persons[0].id, minutesAttended: 420, version: null },
            {
              sessionId: sessions[0].id,
              personId: persons[0].id,
              minutesAttended: 0,
              absence: 'UNJUSTIFIED',
              version: 1,
            },
            {
              sessionId: sessions[1].id,
              personId: persons[1].id,
              minutesAttended: 0,
              absence: 'UNJUSTIFIED',
              version: null,
            },
          ],
        },
      });
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(e.message).toMatch(/^La grille de la semaine a changé/);
      expect(e.message).toMatch(/CINQ .* le .* \(maintenant 6 h, absence justifiée\)/);
      expect(e.extensions?.changedLines).toEqual([
        expect.objectContaining({ field: 'lines.1', key: persons[0].id, sentVersion: 1, version: 2 }),
        expect.objectContaining({ field: 'lines.2', key: persons[1].id, sentVersion: null, version: 1 }),
      ]);
      expect(await linesOf(sessions.map((s) => s.id))).toEqual(before);
    });

    it('refuses a line on a session still to come', async () => {
      const { persons, sessions } = await groupWithSeries(c, ['Futur'], {
        from: monday(-1),
        to: addDays(monday(-1), 6),
      });
      const e = await c.fail(LINES, {
        input: { lines: [{ sessionId: sessions[0].id, personId: persons[0].id, minutesAttended: 420, version: null }] },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'lines.0.sessionId', message: expect.stringMatching(/la session n’a pas encore eu lieu/) },
      ]);
      expect(await linesOf([sessions[0].id])).toEqual([]);
    });

    it('a supervisor enters and reads the groups assigned to them only; a partner is refused', async () => {
      const mine = await groupWithSeries(c, ['Encadré'], { supervisorIds: [supervisor.userId] });
      const notMine = await groupWithSeries(c, ['Pas encadré']);
      await supervisor.ok(LINES, {
        input: {
          lines: [
            { sessionId: mine.sessions[0].id, personId: mine.persons[0].id, minutesAttended: 420, version: null },
          ],
        },
      });
      expect(await linesOf([mine.sessions[0].id])).toHaveLength(1);
      const e = await supervisor.fail(LINES, {
        input: {
          lines: [
            { sessionId: notMine.sessions[0].id, personId: notMine.persons[0].id, minutesAttended: 420, version: null },
          ],
        },
      });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(await linesOf([notMine.sessions[0].id])).toEqual([]);
      const { attendanceWeek: w } = await supervisor.ok<{ attendanceWeek: Week }>(WEEK, {
        groupId: mine.group.id,
        weekStart: monday(2),
      });
      expect(w.rows.map((r) => r.person.lastName)).toEqual(['Encadré']);
      expect((await supervisor.fail(WEEK, { groupId: notMine.group.id, weekStart: monday(2) })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      const org = await buildPartnerOrganisation(t.db);
      const partner = await signedInAsReviewer(t, org.id);
      const refused = await partner.fail(LINES, {
        input: {
          lines: [
            { sessionId: mine.sessions[1].id, personId: mine.persons[0].id, minutesAttended: 420, version: null },
          ],
        },
      });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
      expect((await partner.fail(WEEK, { groupId: mine.group.id, weekStart: monday(2) })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(await linesOf([mine.sessions[1].id])).toEqual([]);
    });
  });
});
