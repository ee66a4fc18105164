import {
  buildHiringNeed,
  buildMission,
  buildPartnerOrganisation,
  buildPerson,
  buildProposal,
  buildStructure,
  type GraphqlClient,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { auditLogTampering, deleteAuditEntriesOfPerson } from '../../testing/repositories/core-audit.repository';
import { sqlStateOf } from '../../testing/repositories/database-statements.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { AuditLogEntity } from './audit-log.entity';

const LOG = `query($personId: ID!, $first: Int, $offset: Int) {
  personAuditLog(personId: $personId, first: $first, offset: $offset) {
    totalCount items { id occurredAt action actionLabel actorLabel actorRole actorRoleLabel actorOrganisation subjectType details }
  } }`;
const CONFIRM = `mutation($input: ConfirmMissionHoursInput!) { portalConfirmMissionHours(input: $input) { id } }`;
const PORTAL = `{ portalMissions { totalCount items { id traineeName } } }`;

describe('the audit log', () => {
  let t: TestApp;
  let s: { id: string; name: string };
  let other: { id: string };
  let landlord: { id: string };
  let director: GraphqlClient & { userId: string };
  let counsellor: GraphqlClient & { userId: string };
  let reviewer: GraphqlClient & { userId: string };
  let person: { id: string };
  let stranger: { id: string };

  const snapshot = () => t.db.getRepository(AuditLogEntity).find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db, { name: 'Rouen Insertion' });
    other = await buildStructure(t.db, { name: 'Ailleurs Insertion' });
    landlord = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    director = await signedInAs(t, Role.DIRECTOR, s.id, { firstName: 'Sophie', lastName: 'Lefebvre' });
    counsellor = await signedInAs(t, Role.COUNSELLOR, s.id);
    reviewer = await signedInAsReviewer(t, landlord.id, { firstName: 'Rémi', lastName: 'Hébert' });
    person = await buildPerson(t.db, s.id, { firstName: 'Awa', lastName: 'Diallo' });
    stranger = await buildPerson(t.db, other.id);
    const need = await buildHiringNeed(t.db, landlord.id);
    await buildProposal(t.db, s.id, person.id, need.id);
    const m = await buildMission(t.db, s.id, person.id, landlord.id);
    await buildMission(t.db, other.id, stranger.id, landlord.id);
    await reviewer.ok(PORTAL); // a read: PARTNER_READ_TRAINEE (Awa only)
    await reviewer.ok(CONFIRM, { input: { missions: [{ missionId: m.id, version: 1 }] } }); // a decision
  });
  afterAll(() => t?.close());

  describe('is append-only for the application’s database role', () => {
    it('an UPDATE, a DELETE and a TRUNCATE, through the application’s DataSource, fail with SQLSTATE TR002', async () => {
      const before = await snapshot();
      expect(before.length).toBeGreaterThanOrEqual(2);
      const attempts = auditLogTampering(before[0].id);
      for (const sql of attempts) expect({ sql, code: await sqlStateOf(t.db, sql) }).toEqual({ sql, code: 'TR002' });
      // Through a transaction of the application as well.
      const inTx = await t.db
        .transaction((tx) => deleteAuditEntriesOfPerson(tx, person.id))
        .then(
          () => null,
          (e: { driverError?: { code?: string } }) => e,
        );
      expect(inTx?.driverError?.code).toBe('TR002');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('personAuditLog', () => {
    it('gives the director the person’s entries, newest first, with who, from where, what', async () => {
      const { personAuditLog } = await director.ok(LOG, { personId: person.id });
      expect(personAuditLog.totalCount).toBe(2);
      expect(personAuditLog.items.map((i: { action: string }) => i.action)).toEqual([
        'MISSION_HOURS_CONFIRMED',
        'PARTNER_READ_TRAINEE',
      ]);
      expect(personAuditLog.items[1]).toMatchObject({
        actionLabel: 'Consultation par l’employeur partenaire',
        actorLabel: 'Rémi Hébert',
        actorRole: 'PARTNER_REVIEWER',
        actorRoleLabel: 'Bailleur partenaire',
        actorOrganisation: 'Rouen Habitat',
        subjectType: 'mission',
      });
      expect(JSON.parse(personAuditLog.items[1].details)).toMatchObject({ operation: 'portalMissions' });
      const [newest, oldest] = personAuditLog.items;
      expect(new Date(newest.occurredAt).getTime()).toBeGreaterThanOrEqual(new Date(oldest.occurredAt).getTime());
      const page = await director.ok(LOG, { personId: person.id, first: 1, offset: 1 });
      expect(page.personAuditLog).toMatchObject({ totalCount: 2, items: [{ id: oldest.id }] });
    });

    it('names the structure for an action of the structure’s staff', async () => {
      await t.db.getRepository(AuditLogEntity).insert({
        actorUserId: counsellor.userId,
        actorRole: 'COUNSELLOR',
        actorLabel: 'Claire Martin',
        actorStructureId: s.id,
        action: 'PROPOSAL_SENT',
        structureId: s.id,
        personId: person.id,
      });
      const { personAuditLog } = await director.ok(LOG, { personId: person.id, first: 1 });
      expect(personAuditLog.items[0]).toMatchObject({
        action: 'PROPOSAL_SENT',
        actorOrganisation: 'Rouen Insertion',
        actorRoleLabel: 'Chargé·e d’insertion',
        details: null,
      });
    });

    it('reads a person of another structure as unknown, and refuses anyone but the director', async () => {
      const e = await director.fail(LOG, { personId: stranger.id });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(await t.db.getRepository(AuditLogEntity).countBy({ personId: stranger.id })).toBe(0); // the stranger's mission carried no name: nothing to trace
      for (const c of [counsellor, reviewer])
        expect((await c.fail(LOG, { personId: person.id })).extensions?.code).toBe('FORBIDDEN');
      const supervisor = await signedInAs(t, Role.SUPERVISOR, s.id);
      expect((await supervisor.fail(LOG, { personId: person.id })).extensions?.code).toBe('FORBIDDEN');
    });

    it('checks its paging arguments', async () => {
      const e = await director.fail(LOG, { personId: person.id, first: 0 });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
