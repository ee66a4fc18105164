import {
  buildAttendance,
  buildCollectiveSession,
  buildPartnerOrganisation,
  buildPerson,
  buildStructure,
  buildUser,
  type GraphqlClient,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { CollectiveSessionEntity } from './activity.entities';
import { TrainingGroupMemberEntity } from './training-groups.entities';

const GROUP_FIELDS = `id name startsOn endsOn version memberCount members { id firstName lastName }
  supervisors { id firstName lastName }`;
const CREATE = `mutation($input: CreateTrainingGroupInput!) { createTrainingGroup(input: $input) { ${GROUP_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateTrainingGroupInput!) { updateTrainingGroup(input: $input) { ${GROUP_FIELDS} } }`;
const LIST = `{ trainingGroups { id name memberCount } }`;
const ONE = `query($id: ID!) { trainingGroup(id: $id) { ${GROUP_FIELDS} } }`;
const SERIES = `mutation($input: CreateSessionSeriesInput!) { createSessionSeries(input: $input) {
  id sessionDate title plannedMinutes group { id name } } }`;
const CREATE_SESSION = `mutation($input: CreateCollectiveSessionInput!) { createCollectiveSession(input: $input) {
  id group { id } roster { lastName } } }`;
const ROSTER = `{ collectiveSessions { id group { id } roster { lastName } } }`;

interface Group {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  version: number;
  memberCount: number;
  members: { id: string; lastName: string }[];
  supervisors: { id: string; lastName: string }[];
}

describe('activities: training groups and series of sessions', () => {
  let t: TestApp;
  let a: GraphqlClient & { userId: string };
  let supervisor: GraphqlClient & { userId: string };
  let otherSupervisor: GraphqlClient & { userId: string };
  let structureA: { id: string };
  let structureB: { id: string };
  let persons: { id: string }[];
  let personB: { id: string };

  const members = (groupId: string) => t.db.getRepository(TrainingGroupMemberEntity).countBy({ groupId });

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db);
    structureB = await buildStructure(t.db);
    a = await signedInAs(t, Role.COUNSELLOR, structureA.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, structureA.id, { lastName: 'Lemaire' });
    otherSupervisor = await signedInAs(t, Role.SUPERVISOR, structureA.id, { lastName: 'Autre' });
    persons = [];
    for (const lastName of ['Durand', 'Bernard', 'Caron', 'Albert'])
      persons.push(await buildPerson(t.db, structureA.id, { lastName }));
    personB = await buildPerson(t.db, structureB.id);
  });
  afterAll(() => t?.close());

  const create = async (extra: Record<string, unknown> = {}): Promise<Group> =>
    (
      await a.ok<{ createTrainingGroup: Group }>(CREATE, {
        input: {
          name: ' Promotion gardiens ',
          startsOn: '2026-01-05',
          memberIds: persons.slice(0, 3).map((p) => p.id),
          ...extra,
        },
      })
    ).createTrainingGroup;

  describe('createTrainingGroup / updateTrainingGroup', () => {
    it('creates a group with its members by last name and its supervisors', async () => {
      const g = await create({ supervisorIds: [supervisor.userId] });
      expect(g).toMatchObject({ name: 'Promotion gardiens', startsOn: '2026-01-05', endsOn: null, version: 1 });
      expect(g.memberCount).toBe(3);
      expect(g.members.map((m) => m.lastName)).toEqual(['Bernard', 'Caron', 'Durand']);
      expect(g.supervisors.map((s) => s.lastName)).toEqual(['Lemaire']);
    });

    it('offers the counsellor who creates a group the structure’s active supervisors, by name, and only them', async () => {
      await signedInAs(t, Role.SUPERVISOR, structureB.id, { lastName: 'Ailleurs' });
      const { supervisors } = await a.ok<{ supervisors: { id: string; fullName: string; role: string }[] }>(
        `{ supervisors { id fullName role } }`,
      );
      expect(supervisors.map((s) => [s.id, s.role])).toEqual([
        [otherSupervisor.userId, 'SUPERVISOR'],
        [supervisor.userId, 'SUPERVISOR'],
      ]);
      const partner = await signedInAsReviewer(t, (await buildPartnerOrganisation(t.db)).id);
      expect((await partner.fail(`{ supervisors { id } }`)).extensions?.code).toBe('FORBIDDEN');
    });

    it('keeps the fields left out, adds and removes members, and raises the version', async () => {
      const g = await create({ endsOn: '2026-06-30' });
      const { updateTrainingGroup: u } = await a.ok<{ updateTrainingGroup: Group }>(UPDATE, {
        input: { id: g.id, version: g.version, addMemberIds: [persons[3].id], removeMemberIds: [persons[0].id] },
      });
      expect(u).toMatchObject({ name: 'Promotion gardiens', startsOn: '2026-01-05', endsOn: '2026-06-30', version: 2 });
      expect(u.members.map((m) => m.lastName)).toEqual(['Albert', 'Bernard', 'Caron']);
      const { updateTrainingGroup: v } = await a.ok<{ updateTrainingGroup: Group }>(UPDATE, {
        input: { id: g.id, version: 2, name: 'Promotion 2', endsOn: null, supervisorIds: [otherSupervisor.userId] },
      });
      expect(v).toMatchObject({
        name: 'Promotion 2',
        startsOn: '2026-01-05',
        endsOn: null,
        version: 3,
        memberCount: 3,
      });
      expect(v.supervisors.map((s) => s.lastName)).toEqual(['Autre']);
    });

    it('refuses a stale version (CONFLICT), nothing changed', async () => {
      const g = await create();
      await a.ok(UPDATE, { input: { id: g.id, version: 1, name: 'Renommé' } });
      const e = await a.fail(UPDATE, {
        input: { id: g.id, version: 1, name: 'Autre nom', removeMemberIds: [persons[1].id] },
      });
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(e.message).toMatch(/modifié par quelqu’un d’autre/);
      const { trainingGroup } = await a.ok<{ trainingGroup: Group }>(ONE, { id: g.id });
      expect(trainingGroup).toMatchObject({ name: 'Renommé', version: 2, memberCount: 3 });
    });

    it('refuses another structure’s person, an unknown supervisor, and bad input, in French; nothing written', async () => {
      const before = await t.db.getRepository(TrainingGroupMemberEntity).count();
      const e = await a.fail(CREATE, {
        input: { name: 'X', startsOn: '2026-01-05', memberIds: [persons[0].id, personB.id] },
      });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(e.message).toBe('Cette personne est introuvable dans votre structure.');
      const reviewerOrg = await buildPartnerOrganisation(t.db);
      const reviewer = await buildUser(t.db, { role: Role.PARTNER_REVIEWER, partnerOrganisationId: reviewerOrg.id });
      const staffB = await buildUser(t.db, { role: Role.SUPERVISOR, structureId: structureB.id });
      for (const id of [reviewer.id, staffB.id])
        expect(
          (await a.fail(CREATE, { input: { name: 'X', startsOn: '2026-01-05', memberIds: [], supervisorIds: [id] } }))
            .extensions?.code,
        ).toBe('NOT_FOUND');
      const bad = await a.fail(CREATE, {
        input: { name: ' ', startsOn: '2026-02-30', endsOn: '2026-01-01', memberIds: [] },
      });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.extensions?.fieldErrors).toEqual([
        { field: 'name', message: 'Le nom du groupe est obligatoire.' },
        { field: 'startsOn', message: expect.stringMatching(/n’existe pas/) },
      ]);
      const period = await a.fail(CREATE, {
        input: { name: 'X', startsOn: '2026-02-01', endsOn: '2026-01-01', memberIds: [] },
      });
      expect(period.extensions?.fieldErrors).toEqual([{ field: 'endsOn', message: expect.stringMatching(/précède/) }]);
      const g = await create();
      const other = await a.fail(UPDATE, { input: { id: g.id, version: 1, addMemberIds: [personB.id] } });
      expect(other.extensions?.code).toBe('NOT_FOUND');
      const removeOther = await a.fail(UPDATE, { input: { id: g.id, version: 1, removeMemberIds: [personB.id] } });
      expect(removeOther.extensions?.code).toBe('NOT_FOUND');
      const both = await a.fail(UPDATE, {
        input: { id: g.id, version: 1, addMemberIds: [persons[3].id], removeMemberIds: [persons[3].id] },
      });
      expect(both.extensions?.fieldErrors).toEqual([
        {
          field: 'removeMemberIds',
          message: 'Une même personne ne peut pas être ajoutée et retirée du groupe à la fois.',
        },
      ]);
      expect((await a.ok<{ trainingGroup: Group }>(ONE, { id: g.id })).trainingGroup.version).toBe(1);
      expect(await members(g.id)).toBe(3);
      expect(await t.db.getRepository(TrainingGroupMemberEntity).count()).toBe(before + 3);
    });

    it('refuses more than 200 members', async () => {
      const e = await a.fail(CREATE, {
        input: {
          name: 'X',
          startsOn: '2026-01-05',
          memberIds: Array.from({ length: 201 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
        },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'memberIds', message: 'Un groupe compte au plus 200 personnes.' },
      ]);
    });

    it('a supervisor reads only the groups assigned to them and may not write them; a partner is refused', async () => {
      const mine = await create({ name: 'Groupe encadré', supervisorIds: [supervisor.userId] });
      const notMine = await create({ name: 'Groupe non encadré' });
      const list = (await supervisor.ok<{ trainingGroups: { id: string }[] }>(LIST)).trainingGroups.map((g) => g.id);
      expect(list).toContain(mine.id);
      expect(list).not.toContain(notMine.id);
      expect((await supervisor.ok(ONE, { id: notMine.id })).trainingGroup).toBeNull();
      expect((await supervisor.ok(ONE, { id: mine.id })).trainingGroup.members).toHaveLength(3);
      expect((await a.ok<{ trainingGroups: { id: string }[] }>(LIST)).trainingGroups.map((g) => g.id)).toEqual(
        expect.arrayContaining([mine.id, notMine.id]),
      );
      expect((await supervisor.fail(UPDATE, { input: { id: mine.id, version: 1, name: 'Y' } })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      const org = await buildPartnerOrganisation(t.db);
      const partner = await signedInAsReviewer(t, org.id);
      expect((await partner.fail(LIST)).extensions?.code).toBe('FORBIDDEN');
      // Another structure's counsellor does not find the group.
      const b = await signedInAs(t, Role.COUNSELLOR, structureB.id);
      expect((await b.ok(ONE, { id: mine.id })).trainingGroup).toBeNull();
    });
  });

  describe('createSessionSeries', () => {
    it('creates one session per chosen weekday of the period, in the group', async () => {
      const g = await create();
      const { createSessionSeries: s } = await a.ok<{
        createSessionSeries: { sessionDate: string; group: { id: string }; plannedMinutes: number }[];
      }>(SERIES, {
        input: {
          groupId: g.id,
          kind: 'TRAINING',
          title: 'Entretien des parties communes',
          trainingBody: 'AFPOLS',
          from: '2026-01-05',
          to: '2026-01-18',
          weekdays: [1, 3, 5],
          plannedMinutes: 420,
        },
      });
      // 2026-01-05 is a Monday.
      expect(s.map((x) => x.sessionDate)).toEqual([
        '2026-01-05',
        '2026-01-07',
        '2026-01-09',
        '2026-01-12',
        '2026-01-14',
        '2026-01-16',
      ]);
      expect(s.every((x) => x.group.id === g.id && x.plannedMinutes === 420)).toBe(true);
    });

    it('refuses more than 120 sessions, an empty series, a training without body, another structure’s group', async () => {
      const g = await create();
      const before = await t.db.getRepository(CollectiveSessionEntity).count();
      const input = {
        groupId: g.id,
        kind: 'WORKSHOP',
        title: 'Atelier',
        from: '2026-01-01',
        to: '2026-12-31',
        weekdays: [1, 2, 3],
        plannedMinutes: 120,
      };
      const cap = await a.fail(SERIES, { input });
      expect(cap.extensions?.fieldErrors).toEqual([
        { field: 'to', message: expect.stringMatching(/compterait 156 sessions : 120 au plus/) },
      ]);
      const none = await a.fail(SERIES, { input: { ...input, from: '2026-01-06', to: '2026-01-07', weekdays: [5] } });
      expect(none.extensions?.fieldErrors).toEqual([{ field: 'weekdays', message: expect.stringMatching(/Aucun/) }]);
      const days = await a.fail(SERIES, { input: { ...input, weekdays: [0, 8] } });
      expect(days.extensions?.code).toBe('BAD_USER_INPUT');
      const body = await a.fail(SERIES, { input: { ...input, to: '2026-01-31', kind: 'TRAINING' } });
      expect(body.extensions?.fieldErrors).toEqual([
        { field: 'trainingBody', message: expect.stringMatching(/organisme de formation/) },
      ]);
      const b = await signedInAs(t, Role.COUNSELLOR, structureB.id);
      expect((await b.fail(SERIES, { input: { ...input, to: '2026-01-31' } })).extensions?.code).toBe('NOT_FOUND');
      expect((await supervisor.fail(SERIES, { input: { ...input, to: '2026-01-31' } })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(await t.db.getRepository(CollectiveSessionEntity).count()).toBe(before);
    });
  });

  describe('CollectiveSession.roster', () => {
    it('is the group’s members plus anyone with a line, by last name; a session without group: its lines', async () => {
      const s2 = await buildStructure(t.db);
      const c = await signedInAs(t, Role.COUNSELLOR, s2.id);
      const [m1, m2, guest] = [
        await buildPerson(t.db, s2.id, { lastName: 'Zola' }),
        await buildPerson(t.db, s2.id, { lastName: 'Martin' }),
        await buildPerson(t.db, s2.id, { lastName: 'Invité' }),
      ];
      const {
        createTrainingGroup: { id: groupId },
      } = await c.ok(CREATE, { input: { name: 'G', startsOn: '2026-01-05', memberIds: [m1.id, m2.id] } });
      const { createCollectiveSession: session } = await c.ok(CREATE_SESSION, {
        input: { kind: 'WORKSHOP', title: 'Atelier', sessionDate: '2026-01-06', plannedMinutes: 60, groupId },
      });
      expect(session.group.id).toBe(groupId);
      expect(session.roster.map((p: { lastName: string }) => p.lastName)).toEqual(['Martin', 'Zola']);
      await buildAttendance(t.db, s2.id, session.id, guest.id, { minutesAttended: 60 });
      const loose = await buildCollectiveSession(t.db, s2.id, { title: 'Sans groupe' });
      await buildAttendance(t.db, s2.id, loose.id, m1.id, { minutesAttended: 60 });
      const list = (
        await c.ok<{
          collectiveSessions: { id: string; group: { id: string } | null; roster: { lastName: string }[] }[];
        }>(ROSTER)
      ).collectiveSessions;
      expect(list.find((x) => x.id === session.id)?.roster.map((p) => p.lastName)).toEqual([
        'Invité',
        'Martin',
        'Zola',
      ]);
      expect(list.find((x) => x.id === loose.id)).toEqual({
        id: loose.id,
        group: null,
        roster: [{ lastName: 'Zola' }],
      });
      // Another structure's group is NOT_FOUND for a single session too.
      expect(
        (
          await a.fail(CREATE_SESSION, {
            input: { kind: 'WORKSHOP', title: 'Atelier', sessionDate: '2026-01-06', plannedMinutes: 60, groupId },
          })
        ).extensions?.code,
      ).toBe('NOT_FOUND');
    });
  });
});
