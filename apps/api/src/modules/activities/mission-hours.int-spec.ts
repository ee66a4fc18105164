import {
  buildAllocation,
  buildFunder,
  buildFundingAgreement,
  buildHiringNeed,
  buildMission,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildProposal,
  buildStructure,
  type GraphqlClient,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { FundingSourceKind, ProposalStatus, Role } from '@tremplin/domain';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import {
  allowedConfirmedMissionWrites,
  bumpMissionVersion,
  confirmedMissionHoursWrites,
  lockedMissionWrites,
  missionAsJson,
  missionColumns,
  missionWriteError,
  setMissionTutorFeedback,
  setPersonPhone,
  truncateMissionErrors,
} from '../../testing/repositories/activities.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { FundingAllocationEntity } from '../funding';
import { NotificationEntity } from '../notifications';
import { MissionEntity } from './activity.entities';

const MISSION = `id startDate endDate minutes tutorFeedback hoursStatus hoursStatusLabel hoursReviewedAt hoursReviewComment version`;
const LINE = `id structureName kindLabel site startDate endDate minutes hoursStatus hoursStatusLabel hoursReviewComment
  hoursReviewedAt traineeName version`;
const RECORD = `mutation($input: RecordMissionInput!) { recordMission(input: $input) { ${MISSION} } }`;
const CORRECT = `mutation($input: CorrectMissionHoursInput!) { correctMissionHours(input: $input) { ${MISSION} } }`;
const PORTAL = `query($s: [String!], $first: Int, $offset: Int) {
  portalMissions(hoursStatus: $s, first: $first, offset: $offset) { totalCount items { ${LINE} } } }`;
const CONFIRM = `mutation($input: ConfirmMissionHoursInput!) { portalConfirmMissionHours(input: $input) { ${LINE} } }`;
const DISPUTE = `mutation($input: DisputeMissionHoursInput!) { portalDisputeMissionHours(input: $input) { ${LINE} } }`;
const ALLOCATE = `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id } }`;
const REMOVE = `mutation($input: RemoveFundingAllocationInput!) { removeFundingAllocation(input: $input) { id } }`;

describe('mission hours: correction, confirmation, dispute, lock', () => {
  let t: TestApp;
  let s: { id: string; name: string };
  let landlord: { id: string };
  let otherLandlord: { id: string };
  let counsellor: GraphqlClient & { userId: string };
  let director: GraphqlClient & { userId: string };
  let reviewer: GraphqlClient & { userId: string };
  let reviewer2: GraphqlClient & { userId: string };
  let otherReviewer: GraphqlClient & { userId: string };
  let needId: string;

  const row = async (id: string) => {
    const m = await t.db.getRepository(MissionEntity).findOneByOrFail({ id });
    return {
      minutes: m.minutes,
      start_date: m.startDate,
      end_date: m.endDate,
      hours_status: m.hoursStatus,
      hours_reviewed_by_id: m.hoursReviewedById,
      hours_review_comment: m.hoursReviewComment,
      version: m.version,
    };
  };
  const auditLog = () => t.db.getRepository(AuditLogEntity);
  const auditOf = async (subjectId: string) =>
    (await auditLog().find({ where: { subjectId }, order: { id: 'ASC' } })).map((a) => ({
      action: a.action,
      actor_user_id: a.actorUserId,
      person_id: a.personId,
      details: a.details,
    }));
  const notificationsOf = async (userId: string) =>
    (
      await t.db
        .getRepository(NotificationEntity)
        .find({ where: { recipientUserId: userId }, order: { createdAt: 'ASC' } })
    ).map((n) => ({ kind: n.kind, title: n.title, body: n.body, link: n.link, mission_id: n.missionId as string }));
  /** A person of the structure followed by the counsellor, with a PENDING mission at the landlord. */
  const missionAt = async (
    host: { id: string },
    o: Parameters<typeof buildMission>[4] = {},
    person?: { id: string },
  ) => {
    const p =
      person ??
      (await buildPerson(t.db, s.id, { firstName: 'Awa', lastName: 'Diallo', counsellorId: counsellor.userId }));
    const m = await buildMission(t.db, s.id, p.id, host.id, {
      startDate: '2026-03-02',
      endDate: '2026-03-06',
      minutes: 35 * 60,
      site: 'Résidence Les Tilleuls',
      ...o,
    });
    return { ...m, personId: p.id };
  };

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db, { name: 'Rouen Insertion' });
    landlord = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    otherLandlord = await buildPartnerOrganisation(t.db, { name: 'Logéal Immobilière' });
    await buildPartnership(t.db, s.id, landlord.id);
    counsellor = await signedInAs(t, Role.COUNSELLOR, s.id, { firstName: 'Claire', lastName: 'Martin' });
    director = await signedInAs(t, Role.DIRECTOR, s.id);
    reviewer = await signedInAsReviewer(t, landlord.id, { firstName: 'Rémi', lastName: 'Hébert' });
    reviewer2 = await signedInAsReviewer(t, landlord.id);
    otherReviewer = await signedInAsReviewer(t, otherLandlord.id);
    needId = (await buildHiringNeed(t.db, landlord.id)).id;
  });
  afterAll(() => t?.close());

  it('records a mission with the tutor’s feedback, PENDING, version 1', async () => {
    const p = await buildPerson(t.db, s.id);
    const { recordMission } = await counsellor.ok(RECORD, {
      input: {
        personId: p.id,
        kind: 'PLACEMENT',
        hostOrganisationId: landlord.id,
        startDate: '2026-03-02',
        endDate: '2026-03-06',
        minutes: 2100,
        tutorFeedback: '  Ponctuelle, soigneuse.  ',
      },
    });
    expect(recordMission).toMatchObject({
      tutorFeedback: 'Ponctuelle, soigneuse.',
      hoursStatus: 'PENDING',
      hoursStatusLabel: 'À confirmer par l’employeur',
      hoursReviewedAt: null,
      version: 1,
    });
  });

  describe('portalMissions', () => {
    it('lists my organisation’s missions; the name only for a visible proposal, and audits those reads', async () => {
      const t0 = await buildStructure(t.db, { name: 'Isolée' });
      const l = await buildPartnerOrganisation(t.db, { name: 'Bailleur listé' });
      const rev = await signedInAsReviewer(t, l.id);
      const need = await buildHiringNeed(t.db, l.id);
      const proposed = await buildPerson(t.db, t0.id, { firstName: 'Awa', lastName: 'Diallo' });
      const hidden = await buildPerson(t.db, t0.id, { firstName: 'Zoé', lastName: 'Secrète' });
      const withdrawn = await buildPerson(t.db, t0.id, { firstName: 'Yann', lastName: 'Retiré' });
      await buildProposal(t.db, t0.id, proposed.id, need.id);
      await buildProposal(t.db, t0.id, withdrawn.id, need.id, { status: ProposalStatus.WITHDRAWN });
      const m1 = await buildMission(t.db, t0.id, proposed.id, l.id, { startDate: '2026-02-02', endDate: '2026-02-06' });
      const m2 = await buildMission(t.db, t0.id, hidden.id, l.id, { startDate: '2026-03-02', endDate: '2026-03-06' });
      const m3 = await buildMission(t.db, t0.id, withdrawn.id, l.id, {
        startDate: '2026-01-05',
        endDate: '2026-01-09',
        hoursStatus: 'CONFIRMED',
      });
      await buildMission(t.db, t0.id, proposed.id, otherLandlord.id); // another landlord's: never listed

      const r = await rev.request(PORTAL);
      expect(r.errors).toBeUndefined();
      const page = (r.data as { portalMissions: { totalCount: number; items: Record<string, unknown>[] } })
        .portalMissions;
      expect(page.totalCount).toBe(3);
      expect(page.items.map((i) => i.id)).toEqual([m2.id, m1.id, m3.id]);
      expect(page.items.map((i) => i.traineeName)).toEqual([null, 'Awa D.', null]);
      expect(page.items[1]).toMatchObject({ structureName: 'Isolée', kindLabel: 'Mise à disposition', minutes: 2100 });
      const text = JSON.stringify(r);
      for (const secret of ['Secrète', 'Zoé', 'Retiré', 'Yann', hidden.id, withdrawn.id, proposed.id, 'Diallo'])
        expect(text).not.toContain(secret);

      const reads = (await auditLog().find({ where: { actorUserId: rev.userId }, order: { id: 'ASC' } })).map((a) => ({
        action: a.action,
        person_id: a.personId,
        structure_id: a.structureId,
        actor_partner_organisation_id: a.actorPartnerOrganisationId,
        details: a.details,
      }));
      expect(reads).toEqual([
        {
          action: 'PARTNER_READ_TRAINEE',
          person_id: proposed.id,
          structure_id: t0.id,
          actor_partner_organisation_id: l.id,
          details: expect.objectContaining({ operation: 'portalMissions', missionIds: [m1.id] }),
        },
      ]);

      const pending = await rev.ok(PORTAL, { s: ['PENDING'], first: 1, offset: 1 });
      expect(pending.portalMissions.totalCount).toBe(2);
      expect(pending.portalMissions.items.map((i: { id: string }) => i.id)).toEqual([m1.id]);
      const bad = await rev.fail(PORTAL, { s: ['VALIDÉ'] });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('is the reviewer’s only: a counsellor is refused', async () => {
      expect((await counsellor.fail(PORTAL)).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('confirm and dispute', () => {
    it('confirms all the listed missions at their version; they are then locked', async () => {
      const a = await missionAt(landlord);
      const b = await missionAt(landlord, { startDate: '2026-03-09', endDate: '2026-03-13' });
      const { portalConfirmMissionHours } = await reviewer.ok(CONFIRM, {
        input: {
          missions: [
            { missionId: a.id, version: 1 },
            { missionId: b.id, version: 1 },
          ],
          comment: 'RAS',
        },
      });
      expect(portalConfirmMissionHours).toHaveLength(2);
      expect(portalConfirmMissionHours[0]).toMatchObject({
        id: b.id,
        hoursStatus: 'CONFIRMED',
        hoursStatusLabel: 'Confirmées (verrouillées)',
        hoursReviewComment: 'RAS',
        hoursReviewedAt: expect.any(String),
        traineeName: null,
        version: 2,
      });
      expect(await row(a.id)).toMatchObject({
        hours_status: 'CONFIRMED',
        hours_reviewed_by_id: reviewer.userId,
        version: 2,
      });
      expect((await auditOf(a.id)).map((r: { action: string }) => r.action)).toEqual(['MISSION_HOURS_CONFIRMED']);
    });

    it('disputes one mission with a comment; the counsellor is notified (name in the app, comment)', async () => {
      const m = await missionAt(landlord);
      const { portalDisputeMissionHours } = await reviewer.ok(DISPUTE, {
        input: { missionId: m.id, version: 1, comment: '  Le salarié est parti à 15 h le vendredi.  ' },
      });
      expect(portalDisputeMissionHours).toMatchObject({
        hoursStatus: 'DISPUTED',
        hoursStatusLabel: 'Contestées par l’employeur',
        hoursReviewComment: 'Le salarié est parti à 15 h le vendredi.',
        version: 2,
      });
      const notes = (await notificationsOf(counsellor.userId)).filter(
        (n: { mission_id: string }) => n.mission_id === m.id,
      );
      expect(notes).toEqual([
        {
          kind: 'MISSION_HOURS_DISPUTED',
          title: 'Heures contestées par Rouen Habitat : Awa Diallo',
          body: expect.stringContaining('Motif : Le salarié est parti à 15 h le vendredi.'),
          link: `/personnes/${m.personId}?onglet=missions`,
          mission_id: m.id,
        },
      ]);
      const [audit] = await auditOf(m.id);
      expect(audit).toMatchObject({
        action: 'MISSION_HOURS_DISPUTED',
        actor_user_id: reviewer.userId,
        person_id: m.personId,
      });
    });

    it('refuses a too short dispute comment', async () => {
      const m = await missionAt(landlord);
      const e = await reviewer.fail(DISPUTE, { input: { missionId: m.id, version: 1, comment: 'non' } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain('de 5 à 2 000 caractères');
      expect((await row(m.id)).hours_status).toBe('PENDING');
    });

    it('disputed → the counsellor corrects → PENDING again, reviewers notified → a reviewer confirms', async () => {
      const m = await missionAt(landlord);
      await reviewer.ok(DISPUTE, { input: { missionId: m.id, version: 1, comment: 'Il manque le lundi.' } });
      const { correctMissionHours } = await counsellor.ok(CORRECT, {
        input: {
          missionId: m.id,
          version: 2,
          startDate: '2026-03-02',
          endDate: '2026-03-06',
          minutes: 28 * 60,
          comment: 'Lundi férié retiré.',
        },
      });
      expect(correctMissionHours).toMatchObject({
        minutes: 1680,
        hoursStatus: 'PENDING',
        hoursReviewedAt: null,
        hoursReviewComment: null,
        version: 3,
      });
      expect(await row(m.id)).toMatchObject({ hours_reviewed_by_id: null, hours_review_comment: null });
      for (const r of [reviewer, reviewer2]) {
        const notes = (await notificationsOf(r.userId)).filter((n: { mission_id: string }) => n.mission_id === m.id);
        expect(notes).toEqual([
          expect.objectContaining({
            kind: 'MISSION_HOURS_CORRECTED',
            link: '/portail',
            body: expect.stringContaining('28 h'),
          }),
        ]);
        expect(JSON.stringify(notes)).not.toContain('Diallo');
      }
      expect((await notificationsOf(otherReviewer.userId)).length).toBe(0);
      const { portalConfirmMissionHours } = await reviewer2.ok(CONFIRM, {
        input: { missions: [{ missionId: m.id, version: 3 }] },
      });
      expect(portalConfirmMissionHours[0]).toMatchObject({ hoursStatus: 'CONFIRMED', minutes: 1680, version: 4 });
      expect((await auditOf(m.id)).map((r: { action: string }) => r.action)).toEqual([
        'MISSION_HOURS_DISPUTED',
        'MISSION_HOURS_CORRECTED',
        'MISSION_HOURS_CONFIRMED',
      ]);
      const [, corrected] = await auditOf(m.id);
      expect(corrected.details).toMatchObject({
        before: { minutes: 2100 },
        after: { minutes: 1680 },
        previousStatus: 'DISPUTED',
      });
    });

    it('the counsellor’s word to the reviewers may not name nor let reach the person; the refusal changes nothing', async () => {
      const p = await buildPerson(t.db, s.id, {
        firstName: 'Hélène',
        lastName: 'Marchetti',
        email: 'helene.marchetti@example.org',
        counsellorId: counsellor.userId,
      });
      await setPersonPhone(t.db, p.id, '06 11 22 33 44');
      const m = await missionAt(landlord, {}, p);
      await reviewer.ok(DISPUTE, { input: { missionId: m.id, version: 1, comment: 'Il manque le lundi.' } });
      const base = { missionId: m.id, version: 2, startDate: '2026-03-02', endDate: '2026-03-06', minutes: 28 * 60 };
      for (const comment of [
        'Helene était malade lundi.',
        'Corrigé pour Mme MARCHETTI.',
        'Joindre helene.marchetti@example.org',
        'Elle est joignable au 06.11.22.33.44',
      ]) {
        const e = await counsellor.fail(CORRECT, { input: { ...base, comment } });
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.extensions?.fieldErrors).toEqual([
          { field: 'comment', message: expect.stringContaining('ne doit ni nommer la personne') },
        ]);
      }
      expect(await row(m.id)).toMatchObject({ minutes: 2100, hours_status: 'DISPUTED', version: 2 });
      await counsellor.ok(CORRECT, { input: { ...base, comment: 'Lundi férié retiré.' } });
      for (const r of [reviewer, reviewer2]) {
        const notes = (await notificationsOf(r.userId)).filter((n: { mission_id: string }) => n.mission_id === m.id);
        expect(notes).toEqual([
          expect.objectContaining({ body: expect.stringContaining('Message : Lundi férié retiré.') }),
        ]);
        for (const secret of ['Hélène', 'Helene', 'Marchetti', 'example.org', '06 11'])
          expect(JSON.stringify(notes)).not.toContain(secret);
      }
    });

    /** The reviewer confirms missions as read at their first version (all or nothing). */
    const confirmReadAtVersion1 = (...ids: string[]) =>
      reviewer.fail(CONFIRM, { input: { missions: ids.map((missionId) => ({ missionId, version: 1 })) } });

    it('another organisation’s mission ids read as unknown, and nothing changes (even mixed with mine)', async () => {
      const mine = await missionAt(landlord);
      const theirs = await missionAt(otherLandlord);
      const e1 = await confirmReadAtVersion1(mine.id, theirs.id);
      expect(e1.extensions?.code).toBe('NOT_FOUND');
      const e2 = await reviewer.fail(DISPUTE, {
        input: { missionId: theirs.id, version: 1, comment: 'Pas chez nous.' },
      });
      expect(e2.extensions?.code).toBe('NOT_FOUND');
      const e3 = await reviewer.fail(CONFIRM, {
        input: { missions: [{ missionId: '00000000-0000-4000-8000-000000000000', version: 1 }] },
      });
      expect(e3.message).toBe(e2.message);
      const e4 = await reviewer.fail(CONFIRM, { input: { missions: [{ missionId: 'pas-un-uuid', version: 1 }] } });
      expect(e4.message).toBe(e2.message);
      expect(await row(mine.id)).toMatchObject({ hours_status: 'PENDING', version: 1 });
      expect(await row(theirs.id)).toMatchObject({ hours_status: 'PENDING', version: 1 });
      expect(await auditOf(mine.id)).toEqual([]);
    });

    it('a stale version is a CONFLICT and nothing changes (all or nothing)', async () => {
      const a = await missionAt(landlord);
      const b = await missionAt(landlord);
      await bumpMissionVersion(t.db, b.id, 2);
      const e = await confirmReadAtVersion1(a.id, b.id);
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(await row(a.id)).toMatchObject({ hours_status: 'PENDING', version: 1 });
      const e2 = await reviewer.fail(DISPUTE, { input: { missionId: b.id, version: 1, comment: 'Trop d’heures.' } });
      expect(e2.extensions?.code).toBe('CONFLICT');
      const e3 = await counsellor.fail(CORRECT, {
        input: { missionId: a.id, version: 7, startDate: '2026-03-02', endDate: '2026-03-06', minutes: 60 },
      });
      expect(e3.extensions?.code).toBe('CONFLICT');
      expect(await row(a.id)).toMatchObject({ minutes: 2100, version: 1 });
    });

    it('a CONFLICT names the missions that changed and what they hold now (no name of the trainee)', async () => {
      const a = await missionAt(landlord);
      const b = await missionAt(landlord);
      // The counsellor corrected b's hours after the page was read.
      await bumpMissionVersion(t.db, b.id, 2, 1800);
      const { startDate: s0, endDate: e0 } = await t.db.getRepository(MissionEntity).findOneByOrFail({ id: b.id });
      const dates = { s: s0, e: e0 };
      const e = await confirmReadAtVersion1(a.id, b.id);
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(e.message).toMatch(
        /^Les heures d’une mission ont changé depuis que vous avez ouvert la page \(correction ou décision d’un collègue\) — mission du .* : maintenant 30 h, à confirmer par l’employeur\. Rien n’a été enregistré/,
      );
      expect(e.extensions?.['changedLines']).toEqual([
        {
          field: 'missions.1',
          key: b.id,
          sentVersion: 1,
          version: 2,
          current: { missionId: b.id, startDate: dates.s, endDate: dates.e, minutes: 1800, hoursStatus: 'PENDING' },
        },
      ]);
      expect(await row(a.id)).toMatchObject({ hours_status: 'PENDING', version: 1 });
    });

    it('only PENDING hours are confirmed or disputed', async () => {
      const pending = await missionAt(landlord);
      const disputed = await missionAt(landlord, { hoursStatus: 'DISPUTED' });
      const e = await confirmReadAtVersion1(pending.id, disputed.id);
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain('Seules les heures à confirmer peuvent être confirmées');
      expect(e.message).toContain('mission du 02/03/2026 au 06/03/2026 : contestées par l’employeur');
      expect((await row(pending.id)).hours_status).toBe('PENDING');
      const e2 = await reviewer.fail(DISPUTE, {
        input: { missionId: disputed.id, version: 1, comment: 'Encore faux.' },
      });
      expect(e2.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('is refused to a counsellor and a director (FORBIDDEN)', async () => {
      const m = await missionAt(landlord);
      for (const c of [counsellor, director]) {
        expect(
          (await c.fail(CONFIRM, { input: { missions: [{ missionId: m.id, version: 1 }] } })).extensions?.code,
        ).toBe('FORBIDDEN');
        expect(
          (await c.fail(DISPUTE, { input: { missionId: m.id, version: 1, comment: 'Contestation.' } })).extensions
            ?.code,
        ).toBe('FORBIDDEN');
      }
      expect(
        (
          await reviewer.fail(CORRECT, {
            input: { missionId: m.id, version: 1, startDate: '2026-03-02', endDate: '2026-03-06', minutes: 60 },
          })
        ).extensions?.code,
      ).toBe('FORBIDDEN');
      expect((await row(m.id)).hours_status).toBe('PENDING');
    });
  });

  describe('confirmed hours are locked for everyone', () => {
    let m: { id: string; personId: string };
    const LOCKED = 'Les heures de cette mission ont été confirmées par l’employeur : elles sont verrouillées';

    beforeAll(async () => {
      m = await missionAt(landlord);
      await reviewer.ok(CONFIRM, { input: { missions: [{ missionId: m.id, version: 1 }] } });
    });

    it('correctMissionHours is refused with a clear French message', async () => {
      for (const c of [counsellor, director]) {
        const e = await c.fail(CORRECT, {
          input: { missionId: m.id, version: 2, startDate: '2026-03-02', endDate: '2026-03-06', minutes: 60 },
        });
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.message).toContain(LOCKED);
      }
      expect(await row(m.id)).toMatchObject({ minutes: 2100, hours_status: 'CONFIRMED', version: 2 });
    });

    it('a direct UPDATE or DELETE through the application’s DataSource fails with SQLSTATE TR001', async () => {
      const attempts = confirmedMissionHoursWrites(m.id);
      expect(attempts).toHaveLength(5);
      for (const [sql, params] of attempts) {
        const code = await missionWriteError(t.db, sql, params);
        expect({ sql, code }).toEqual({ sql, code: 'TR001' });
      }
      expect(await row(m.id)).toMatchObject({ minutes: 2100, end_date: '2026-03-06', hours_status: 'CONFIRMED' });
      // The tutor's feedback may still be completed.
      await setMissionTutorFeedback(t.db, m.id, 'Très bien');
    });

    it('every column of a confirmed mission is locked, through the application’s DataSource (TR001)', async () => {
      const c = await missionAt(landlord, { tutorFeedback: 'Ponctuel.' });
      await reviewer.ok(CONFIRM, { input: { missions: [{ missionId: c.id, version: 1 }], comment: 'RAS' } });
      const before = await missionAsJson(t.db, c.id);
      const columns = await missionColumns(t.db);
      // The only columns that may move once confirmed (updated_at and version only with the feedback, below). The
      // coach (coaching, docs/domain/coaching.md) is not part of what the host confirmed: coaching.int-spec.ts.
      const MAY_CHANGE = ['tutor_feedback', 'coach_id', 'updated_at', 'version'];
      const locked = columns.filter((col) => !MAY_CHANGE.includes(col.column_name));
      expect(locked.map((col) => col.column_name)).toEqual(
        expect.arrayContaining([
          'id',
          'created_at',
          'structure_id',
          'person_id',
          'created_by_id',
          'kind',
          'host_organisation_id',
          'site',
          'start_date',
          'end_date',
          'minutes',
          'hours_status',
          'hours_reviewed_at',
          'hours_reviewed_by_id',
          'hours_review_comment',
        ]),
      );
      const codeOf = (sql: string) => missionWriteError(t.db, sql, [c.id]);
      // Each locked column changed, then the feedback with a locked column, a bare new version or date, a DELETE.
      const attempts = lockedMissionWrites(locked);
      expect(attempts).toHaveLength(locked.length + 4);
      const results = [];
      for (const sql of attempts) results.push({ sql, code: await codeOf(sql) });
      expect(results).toEqual(attempts.map((sql) => ({ sql, code: 'TR001' })));
      expect(await missionAsJson(t.db, c.id)).toEqual(before);

      // What may still happen: the tutor's feedback, with or without a new version; an UPDATE that changes nothing.
      for (const sql of allowedConfirmedMissionWrites())
        expect({ sql, code: await codeOf(sql) }).toEqual({ sql, code: null });
      expect(await row(c.id)).toMatchObject({ minutes: 2100, hours_status: 'CONFIRMED', hours_review_comment: 'RAS' });
    });

    it('truncating is refused while a confirmed mission exists, also by CASCADE from the person (TR001)', async () => {
      // Truncating mission, then person, each with CASCADE in a savepoint of one transaction rolled back whatever happens: nothing is kept.
      const codes = await truncateMissionErrors(t.db);
      expect(codes).toEqual({ mission: 'TR001', person: 'TR001' });
      expect(await row(m.id)).toMatchObject({ minutes: 2100, hours_status: 'CONFIRMED' });
    });

    it('the funding allocation path charges the confirmed hours but cannot change them', async () => {
      const funder = await buildFunder(t.db, s.id);
      const ag = await buildFundingAgreement(t.db, s.id, funder.id);
      const allocate = (input: Record<string, unknown>) => director.request(ALLOCATE, { input });
      const r = await allocate({ agreementId: ag.id, sourceKind: 'MISSION', sourceIds: [m.id], sharePercent: 100 });
      expect(r.errors).toBeUndefined();
      const over = await allocate({ agreementId: ag.id, sourceKind: 'MISSION', sourceIds: [m.id], quantity: 60 });
      expect(over.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const { id: allocationId } = await t.db
        .getRepository(FundingAllocationEntity)
        .findOneByOrFail({ missionId: m.id });
      await director.ok(REMOVE, { input: { id: allocationId } });
      expect(await row(m.id)).toMatchObject({
        minutes: 2100,
        start_date: '2026-03-02',
        hours_status: 'CONFIRMED',
        version: 2,
      });
    });

    it('a confirmed mission can be confirmed or disputed no more', async () => {
      const e = await reviewer.fail(DISPUTE, { input: { missionId: m.id, version: 2, comment: 'Finalement non.' } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await row(m.id)).hours_status).toBe('CONFIRMED');
    });
  });

  describe('correctMissionHours rules', () => {
    it('refuses hours below what agreements already fund, and dates outside their period', async () => {
      const m = await missionAt(landlord);
      const funder = await buildFunder(t.db, s.id);
      const ag = await buildFundingAgreement(t.db, s.id, funder.id, {
        reference: 'DDETS-2026',
        startDate: '2026-01-01',
        endDate: '2026-03-31',
      });
      await buildAllocation(t.db, s.id, ag.id, FundingSourceKind.MISSION, m.id, 30 * 60);
      const base = { missionId: m.id, version: 1, startDate: '2026-03-02', endDate: '2026-03-06' };
      const e = await counsellor.fail(CORRECT, { input: { ...base, minutes: 20 * 60 } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toBe(
        '20 h déclarées, mais 30 h de cette mission sont déjà financées (DDETS-2026 30 h). Saisissez au moins 30 h, ou ' +
          'retirez d’abord l’imputation de la convention DDETS-2026.',
      );
      const e2 = await counsellor.fail(CORRECT, {
        input: { ...base, startDate: '2026-03-30', endDate: '2026-04-03', minutes: 30 * 60 },
      });
      expect(e2.message).toContain('la convention DDETS-2026 (du 01/01/2026 au 31/03/2026)');
      expect(await row(m.id)).toMatchObject({ minutes: 2100, version: 1 });
      const ok = await counsellor.ok(CORRECT, { input: { ...base, minutes: 30 * 60 } });
      expect(ok.correctMissionHours).toMatchObject({ minutes: 1800, version: 2 });
    });

    it('applies the mission rules and reads another structure’s mission as unknown', async () => {
      const m = await missionAt(landlord);
      const e = await counsellor.fail(CORRECT, {
        input: { missionId: m.id, version: 1, startDate: '2026-03-02', endDate: '2026-03-06', minutes: 60 * 60 },
      });
      expect(e.message).toContain('au plus 48 h par semaine');
      const elsewhere = await buildStructure(t.db);
      const stranger = await signedInAs(t, Role.COUNSELLOR, elsewhere.id);
      const e2 = await stranger.fail(CORRECT, {
        input: { missionId: m.id, version: 1, startDate: '2026-03-02', endDate: '2026-03-06', minutes: 60 },
      });
      expect(e2.extensions?.code).toBe('NOT_FOUND');
      expect(await row(m.id)).toMatchObject({ minutes: 2100, version: 1 });
    });
  });

  it('the hours review reaches the visible trainee’s name on the portal', async () => {
    const p = await buildPerson(t.db, s.id, { firstName: 'Awa', lastName: 'Diallo' });
    await buildProposal(t.db, s.id, p.id, needId, { shareFullName: true });
    const m = await missionAt(landlord, { startDate: '2027-01-04', endDate: '2027-01-08' }, p);
    const { portalConfirmMissionHours } = await reviewer.ok(CONFIRM, {
      input: { missions: [{ missionId: m.id, version: 1 }] },
    });
    expect(portalConfirmMissionHours[0].traineeName).toBe('Awa Diallo');
    const d = await missionAt(landlord, { startDate: '2027-01-11', endDate: '2027-01-15' }, p);
    const { portalDisputeMissionHours } = await reviewer2.ok(DISPUTE, {
      input: { missionId: d.id, version: 1, comment: 'Il manque le lundi.' },
    });
    expect(portalDisputeMissionHours.traineeName).toBe('Awa Diallo');
    // Each answer naming the trainee is a read of their data: the decision's audit row lists the fields returned.
    const rows = (await auditLog().find({ where: { personId: p.id }, order: { id: 'ASC' } })).map((a) => ({
      action: a.action,
      actor_user_id: a.actorUserId,
      subject_id: a.subjectId,
      operation: a.details?.['operation'] ?? null,
      fields: a.details?.['fields'] ?? null,
    }));
    expect(rows).toEqual([
      {
        action: 'MISSION_HOURS_CONFIRMED',
        actor_user_id: reviewer.userId,
        subject_id: m.id,
        operation: 'portalConfirmMissionHours',
        fields: expect.arrayContaining(['traineeName', 'site', 'minutes']),
      },
      {
        action: 'MISSION_HOURS_DISPUTED',
        actor_user_id: reviewer2.userId,
        subject_id: d.id,
        operation: 'portalDisputeMissionHours',
        fields: expect.arrayContaining(['traineeName', 'site', 'minutes']),
      },
    ]);
    // Without a visible proposal, the line names nobody: the decision is traced, no read.
    const other = await missionAt(landlord, { startDate: '2027-01-18', endDate: '2027-01-22' });
    await reviewer.ok(CONFIRM, { input: { missions: [{ missionId: other.id, version: 1 }] } });
    const [confirmed] = await auditOf(other.id);
    expect(confirmed).toMatchObject({ action: 'MISSION_HOURS_CONFIRMED', person_id: other.personId });
    expect(confirmed.details).not.toHaveProperty('fields');
  });
});
