import {
  buildMission,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildStructure,
  buildUser,
  type GraphqlClient,
  recordsOf,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { addDays, Role, StructureKind, todayInParis } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { MissionEntity } from '../activities';
import { NotificationEntity } from '../notifications';

const RECORD_MISSION = `mutation($input: RecordMissionInput!) { recordMission(input: $input) {
  id version coachId coach { id fullName } } }`;
const SET_COACH = `mutation($input: SetMissionCoachInput!) { setMissionCoach(input: $input) {
  id version coachId coach { id fullName } } }`;
const RECORD_CONTACT = `mutation($input: RecordCoachingContactInput!) { recordCoachingContact(input: $input) {
  id missionId kind kindLabel status occurredOn note confidential author { id } } }`;
const MISSIONS = `query($id: ID!) { person(id: $id) { missions { id coachingContacts {
  id kind status occurredOn note confidential requestMessage } } } }`;
const TIMELINE = `query($id: ID!) { person(id: $id) { timeline { id kind kindLabel title detail confidential } } }`;
const ALERTS = `query($id: ID!) { person(id: $id) { alerts { code label severity message dueDate } } }`;
const SET_DAYS = `mutation($input: SetCoachingAlertDaysInput!) { setCoachingAlertDays(input: $input) { alertDays } }`;
const REQUEST = `mutation($input: PortalRequestMediationInput!) { portalRequestMediation(input: $input) {
  id missionId status statusLabel message heldOn } }`;
const PORTAL_REQUESTS = `query { portalMediationRequests { id missionId status message heldOn } }`;

describe('coaching: the mission coach, coaching contacts, the no-contact alert, the employer’s requests', () => {
  let t: TestApp;
  let ai: { id: string };
  let other: { id: string };
  let host: { id: string };
  let otherHost: { id: string };
  let counsellor: GraphqlClient & { userId: string };
  let director: GraphqlClient & { userId: string };
  let supervisor: GraphqlClient & { userId: string };
  let otherCounsellor: GraphqlClient & { userId: string };
  let reviewer: GraphqlClient & { userId: string };
  let otherReviewer: GraphqlClient & { userId: string };
  const today = todayInParis();

  /** A person of the AI with a mission at `host` running today, started `daysAgo` days ago. */
  const running = async (daysAgo = 30, at = host) => {
    const p = await buildPerson(t.db, ai.id);
    const m = await buildMission(t.db, ai.id, p.id, at.id, {
      startDate: addDays(today, -daysAgo),
      endDate: addDays(today, 30),
      site: 'Résidence Grieu',
    });
    return { person: p, mission: m };
  };
  const contact = (c: GraphqlClient, missionId: string, extra: Record<string, unknown> = {}) =>
    c.ok(RECORD_CONTACT, { input: { missionId, kind: 'VISIT', occurredOn: today, ...extra } });
  const alertsOf = async (c: GraphqlClient, id: string) =>
    (await c.ok<{ person: { alerts: { code: string; message: string; dueDate: string | null }[] } }>(ALERTS, { id }))
      .person.alerts;
  const versionOf = async (missionId: string) =>
    (await t.db.getRepository(MissionEntity).findOneByOrFail({ id: missionId })).version;

  beforeAll(async () => {
    t = await startTestApp();
    ai = await buildStructure(t.db, { kind: StructureKind.AI });
    other = await buildStructure(t.db, { kind: StructureKind.ACI });
    host = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    otherHost = await buildPartnerOrganisation(t.db, { name: 'Logéal' });
    await buildPartnership(t.db, ai.id, host.id);
    await buildPartnership(t.db, ai.id, otherHost.id);
    counsellor = await signedInAs(t, Role.COUNSELLOR, ai.id, { firstName: 'Inès', lastName: 'Coach' });
    director = await signedInAs(t, Role.DIRECTOR, ai.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, ai.id);
    otherCounsellor = await signedInAs(t, Role.COUNSELLOR, other.id);
    reviewer = await signedInAsReviewer(t, host.id);
    otherReviewer = await signedInAsReviewer(t, otherHost.id);
  });
  afterAll(() => t?.close());

  describe('the coach of a mission', () => {
    it('is named when the mission is recorded, and read back with the mission', async () => {
      const p = await buildPerson(t.db, ai.id);
      const { recordMission: m } = await counsellor.ok(RECORD_MISSION, {
        input: {
          personId: p.id,
          kind: 'TEST',
          hostOrganisationId: host.id,
          startDate: '2026-01-05',
          endDate: '2026-01-09',
          minutes: 600,
          coachId: director.userId,
        },
      });
      expect(m.coachId).toBe(director.userId);
      expect(m.coach).toEqual({ id: director.userId, fullName: expect.any(String) });
    });

    it('refuses a supervisor, another structure’s user or an unknown id as coach, and records nothing', async () => {
      const p = await buildPerson(t.db, ai.id);
      for (const coachId of [supervisor.userId, otherCounsellor.userId, '0b7f6a5e-0000-4000-8000-00000000ffff', 'x']) {
        const e = await counsellor.fail(RECORD_MISSION, {
          input: {
            personId: p.id,
            kind: 'TEST',
            hostOrganisationId: host.id,
            startDate: '2026-01-05',
            endDate: '2026-01-09',
            minutes: 600,
            coachId,
          },
        });
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.extensions?.fieldErrors).toEqual([{ field: 'coachId', message: expect.stringMatching(/parmi/) }]);
      }
      expect(await recordsOf(t.db, 'mission', p.id)).toEqual([]);
    });

    it('is changed at the version read; left out, nothing changes; a stale version is a CONFLICT', async () => {
      const { mission } = await running();
      const v1 = await versionOf(mission.id);
      const { setMissionCoach: a } = await counsellor.ok(SET_COACH, {
        input: { missionId: mission.id, version: v1, coachId: counsellor.userId },
      });
      expect(a).toMatchObject({ coachId: counsellor.userId, version: v1 + 1, coach: { fullName: 'Inès Coach' } });
      // Left out: unchanged, same version.
      const { setMissionCoach: b } = await counsellor.ok(SET_COACH, {
        input: { missionId: mission.id, version: v1 + 1 },
      });
      expect(b).toMatchObject({ coachId: counsellor.userId, version: v1 + 1 });
      // Someone else's change read before: refused, nothing written.
      const e = await director.fail(SET_COACH, { input: { missionId: mission.id, version: v1, coachId: null } });
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(await versionOf(mission.id)).toBe(v1 + 1);
      const { setMissionCoach: c } = await director.ok(SET_COACH, {
        input: { missionId: mission.id, version: v1 + 1, coachId: null },
      });
      expect(c).toMatchObject({ coachId: null, coach: null });
    });

    it('may change once the host confirmed the hours (the rest of the mission stays locked)', async () => {
      const p = await buildPerson(t.db, ai.id);
      const m = await buildMission(t.db, ai.id, p.id, host.id, { hoursStatus: 'CONFIRMED' });
      const { setMissionCoach: a } = await counsellor.ok(SET_COACH, {
        input: { missionId: m.id, version: await versionOf(m.id), coachId: counsellor.userId },
      });
      expect(a.coachId).toBe(counsellor.userId);
      await expect(t.db.getRepository(MissionEntity).update(m.id, { site: 'Ailleurs' })).rejects.toThrow(
        /confirmed hours/,
      );
    });

    it('another structure’s mission is NOT_FOUND; a supervisor may not name a coach', async () => {
      const { mission } = await running();
      const v = await versionOf(mission.id);
      const e = await otherCounsellor.fail(SET_COACH, { input: { missionId: mission.id, version: v, coachId: null } });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      const f = await supervisor.fail(SET_COACH, { input: { missionId: mission.id, version: v, coachId: null } });
      expect(f.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('coaching contacts', () => {
    it('are recorded on the mission and listed with it; bad input changes nothing', async () => {
      const { person, mission } = await running();
      const { recordCoachingContact: c } = await contact(counsellor, mission.id, { kind: 'CALL', note: '  RAS.  ' });
      expect(c).toMatchObject({
        missionId: mission.id,
        kind: 'CALL',
        kindLabel: 'Appel',
        status: 'DONE',
        occurredOn: today,
        note: 'RAS.',
        confidential: false,
        author: { id: counsellor.userId },
      });
      for (const [input, field] of [
        [{ note: 'x'.repeat(1001) }, 'note'],
        [{ kind: 'LUNCH' }, 'kind'],
        [{ occurredOn: addDays(today, 1) }, 'occurredOn'],
        [{ occurredOn: addDays(today, -31) }, 'occurredOn'],
      ] as const) {
        const e = await counsellor.fail(RECORD_CONTACT, {
          input: { missionId: mission.id, kind: 'VISIT', occurredOn: today, ...input },
        });
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.any(String) }]);
      }
      const { person: read } = await counsellor.ok(MISSIONS, { id: person.id });
      expect(read.missions[0].coachingContacts).toEqual([expect.objectContaining({ id: c.id, note: 'RAS.' })]);
      expect(
        (await supervisor.fail(RECORD_CONTACT, { input: { missionId: mission.id, kind: 'VISIT', occurredOn: today } }))
          .extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await otherCounsellor.fail(RECORD_CONTACT, {
            input: { missionId: mission.id, kind: 'VISIT', occurredOn: today },
          })
        ).extensions?.code,
      ).toBe('NOT_FOUND');
    });

    it('appear on the timeline; a confidential one only for those who hold SENSITIVE_READ (as case notes)', async () => {
      const { person, mission } = await running();
      await contact(counsellor, mission.id, { note: 'Bonne intégration dans l’équipe.' });
      await contact(counsellor, mission.id, {
        kind: 'MEDIATION',
        note: 'Conflit avec le chef d’équipe.',
        confidential: true,
      });
      const timeline = async (c: GraphqlClient) =>
        (
          await c.ok<{
            person: { timeline: { kind: string; title: string; detail: string; confidential: boolean }[] };
          }>(TIMELINE, { id: person.id })
        ).person.timeline.filter((e) => e.kind === 'COACHING_CONTACT');
      expect(await timeline(counsellor)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            title: 'Visite sur le lieu de mission — Rouen Habitat',
            detail: 'Bonne intégration dans l’équipe. Par Inès Coach.',
            confidential: false,
          }),
          expect.objectContaining({ title: 'Médiation avec l’employeur — Rouen Habitat', confidential: true }),
        ]),
      );
      expect(await timeline(counsellor)).toHaveLength(2);
      const seen = await timeline(supervisor);
      expect(seen).toEqual([expect.objectContaining({ title: 'Visite sur le lieu de mission — Rouen Habitat' })]);
      expect(JSON.stringify(await supervisor.ok(MISSIONS, { id: person.id }))).not.toContain('Conflit');
    });
  });

  describe('the alert « pas de contact de suivi »', () => {
    it('is raised after 14 days without contact in a running mission, and a contact clears it', async () => {
      const { person, mission } = await running(20);
      expect(await alertsOf(counsellor, person.id)).toEqual([
        expect.objectContaining({
          code: 'NO_COACHING_CONTACT',
          message: expect.stringMatching(/depuis le début de la mission.*il y a 20 jours.*seuil 14 jours/),
          dueDate: addDays(today, -6),
        }),
      ]);
      await contact(counsellor, mission.id, { occurredOn: addDays(today, -3) });
      expect(await alertsOf(counsellor, person.id)).toEqual([]);
    });

    it('counts a confidential contact too, and not a mission that ended or a request not yet held', async () => {
      const { person, mission } = await running(20);
      await contact(counsellor, mission.id, { confidential: true, occurredOn: addDays(today, -2) });
      expect(await alertsOf(supervisor, person.id)).toEqual([]);
      const p2 = await buildPerson(t.db, ai.id);
      await buildMission(t.db, ai.id, p2.id, host.id, { startDate: addDays(today, -60), endDate: addDays(today, -1) });
      expect(await alertsOf(counsellor, p2.id)).toEqual([]);
    });

    it('follows the threshold the director sets (1 to 365 days); counsellors may not set it', async () => {
      const { person, mission } = await running(40);
      await contact(counsellor, mission.id, { occurredOn: addDays(today, -10) });
      expect(await alertsOf(counsellor, person.id)).toEqual([]);
      expect((await director.ok(SET_DAYS, { input: { alertDays: 7 } })).setCoachingAlertDays.alertDays).toBe(7);
      expect(await alertsOf(counsellor, person.id)).toEqual([
        expect.objectContaining({ code: 'NO_COACHING_CONTACT', message: expect.stringMatching(/depuis 10 jours/) }),
      ]);
      const e = await director.fail(SET_DAYS, { input: { alertDays: 0 } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await counsellor.fail(SET_DAYS, { input: { alertDays: 30 } })).extensions?.code).toBe('FORBIDDEN');
      await director.ok(SET_DAYS, { input: { alertDays: 14 } });
      expect(await alertsOf(counsellor, person.id)).toEqual([]);
    });

    it('the caseload filter by alert finds the person', async () => {
      const { person } = await running(25);
      const { persons } = await counsellor.ok(
        `query { persons(first: 100, filter: { alert: "NO_COACHING_CONTACT" }) { edges { node { id } } } }`,
      );
      expect(persons.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(person.id);
    });
  });

  describe('the employer’s requests for a mediation', () => {
    it('creates a request, notifies the coach, and the coach’s mediation closes it; the portal sees its status', async () => {
      const { person, mission } = await running();
      await counsellor.ok(SET_COACH, {
        input: { missionId: mission.id, version: await versionOf(mission.id), coachId: counsellor.userId },
      });
      const { portalRequestMediation: r } = await reviewer.ok(REQUEST, {
        input: { missionId: mission.id, message: '  Retards répétés le matin.  ' },
      });
      expect(r).toMatchObject({ missionId: mission.id, status: 'REQUESTED', message: 'Retards répétés le matin.' });
      const notes = await t.db
        .getRepository(NotificationEntity)
        .findBy({ recipientUserId: counsellor.userId, kind: 'COACHING_MEDIATION_REQUESTED' });
      expect(notes).toEqual([
        expect.objectContaining({
          title: 'Médiation demandée par Rouen Habitat',
          body: expect.stringContaining('Retards répétés le matin.'),
          link: `/personnes/${person.id}?onglet=missions`,
          missionId: mission.id,
        }),
      ]);
      // A second request while one is open: refused.
      expect(
        (await reviewer.fail(REQUEST, { input: { missionId: mission.id, message: 'Encore' } })).extensions?.code,
      ).toBe('BAD_USER_INPUT');
      // The structure sees the request on the mission, not on the timeline (not held yet), nor as a contact for the alert.
      const { person: read } = await counsellor.ok(MISSIONS, { id: person.id });
      expect(read.missions[0].coachingContacts).toEqual([
        expect.objectContaining({ id: r.id, status: 'REQUESTED', requestMessage: 'Retards répétés le matin.' }),
      ]);
      // A call does not close it; only a mediation with the request's id.
      expect(
        (
          await counsellor.fail(RECORD_CONTACT, {
            input: { missionId: mission.id, kind: 'CALL', occurredOn: today, requestId: r.id },
          })
        ).extensions?.code,
      ).toBe('BAD_USER_INPUT');
      const { recordCoachingContact: held } = await contact(counsellor, mission.id, {
        kind: 'MEDIATION',
        note: 'Horaires revus avec le chef d’équipe.',
        requestId: r.id,
      });
      expect(held).toMatchObject({ id: r.id, status: 'DONE', occurredOn: today });
      expect((await reviewer.ok(PORTAL_REQUESTS)).portalMediationRequests).toEqual([
        { id: r.id, missionId: mission.id, status: 'DONE', message: 'Retards répétés le matin.', heldOn: today },
      ]);
      // Closed: it cannot be closed again.
      expect(
        (
          await counsellor.fail(RECORD_CONTACT, {
            input: { missionId: mission.id, kind: 'MEDIATION', occurredOn: today, requestId: r.id },
          })
        ).extensions?.code,
      ).toBe('NOT_FOUND');
    });

    it('another organisation may neither ask on the mission nor see the request; staff may not use the portal', async () => {
      const { mission } = await running();
      const { portalRequestMediation: r } = await reviewer.ok(REQUEST, {
        input: { missionId: mission.id, message: 'Point' },
      });
      expect(
        (await otherReviewer.fail(REQUEST, { input: { missionId: mission.id, message: 'Moi' } })).extensions?.code,
      ).toBe('NOT_FOUND');
      const seen = (await otherReviewer.ok(PORTAL_REQUESTS)).portalMediationRequests as { id: string }[];
      expect(seen.map((x) => x.id)).not.toContain(r.id);
      expect((await counsellor.fail(PORTAL_REQUESTS)).extensions?.code).toBe('FORBIDDEN');
      expect(
        (await reviewer.fail(RECORD_CONTACT, { input: { missionId: mission.id, kind: 'CALL', occurredOn: today } }))
          .extensions?.code,
      ).toBe('FORBIDDEN');
      const empty = await reviewer.fail(REQUEST, { input: { missionId: mission.id, message: '   ' } });
      expect(empty.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('without a coach, the person’s referent counsellor is notified', async () => {
      const referent = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: ai.id });
      const p = await buildPerson(t.db, ai.id, { counsellorId: referent.id });
      const m = await buildMission(t.db, ai.id, p.id, host.id, { startDate: addDays(today, -3), endDate: today });
      await reviewer.ok(REQUEST, { input: { missionId: m.id, message: 'Besoin d’un point.' } });
      const notes = await t.db.getRepository(NotificationEntity).findBy({ recipientUserId: referent.id });
      expect(notes.map((n) => n.kind)).toEqual(['COACHING_MEDIATION_REQUESTED']);
    });
  });
});
