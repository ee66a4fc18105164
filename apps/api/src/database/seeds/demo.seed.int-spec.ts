import { startTestApp, type TestApp } from '../../testing/test-app';
import { AlertCode, AuditAction, PathwayStage, ProposalStatus } from '@tremplin/domain';
import { In, IsNull } from 'typeorm';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import {
  CollectiveSessionEntity,
  MissionEntity,
  SessionAttendanceEntity,
} from '../../modules/activities/activity.entities';
import { TrainingGroupMemberEntity } from '../../modules/activities/training-groups.entities';
import { FseParticipantEntity } from '../../modules/funding/funding.entities';
import { ProposalEntity } from '../../modules/proposals/proposal.entities';
import {
  allocationsPerFunderKind,
  contractDurations,
  demoCounts,
  overFundedSources,
  partnershipTargetsThisYear,
  personsPerStage,
  tilleulsNeed,
} from '../../testing/repositories/database-demo.repository';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_LANDLORDS, DEMO_PASSWORD, seedDemo } from './demo.seed';
import { DEMO_GROUP_ID } from './demo-groups';

describe('demo data (first start with SEED_DEMO)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t?.close());

  const counts = () => demoCounts(t.db);

  it('creates the Rouen AI, its staff, seven landlords with a reviewer each, an administrator and 15 persons', async () => {
    expect(await counts()).toEqual({
      structures: 1,
      landlords: 7,
      users: DEMO_ACCOUNTS.length + DEMO_LANDLORDS.length,
      persons: 15,
    });
    const stages = await personsPerStage(t.db);
    expect(stages.length).toBe(4);
  });

  it('lets the accounts the README lists sign in with the README’s password', async () => {
    const claire = t.client();
    await claire.signIn('claire.martin@rouen-insertion.demo', DEMO_PASSWORD);
    const { persons } = await claire.ok(`query($f: PersonFilter) { persons(filter: $f) { totalCount } }`, {
      f: { counsellorId: DEMO_IDS.counsellorClaire },
    });
    expect(persons.totalCount).toBe(8);
    for (const email of [
      'sophie.lefebvre@rouen-insertion.demo',
      'admin@tremplin.demo',
      ...DEMO_LANDLORDS.map((l) => `rh@${l.slug}.demo`),
    ]) {
      const c = t.client();
      await c.signIn(email, DEMO_PASSWORD);
      expect((await c.ok(`{ me { email } }`)).me.email).toBe(email);
    }
  });

  it('shows persons at every stage, with every kind of alert, and exits that count and do not', async () => {
    const director = t.client();
    await director.signIn('sophie.lefebvre@rouen-insertion.demo', DEMO_PASSWORD);
    const { persons } = await director.ok(
      `{ persons(first: 50) { edges { node { firstName stage alerts { code } timeline { kind } exit { counts } } } } }`,
    );
    const nodes = persons.edges.map(
      (e: {
        node: {
          firstName: string;
          stage: string;
          alerts: { code: string }[];
          timeline: unknown[];
          exit: { counts: boolean } | null;
        };
      }) => e.node,
    );
    expect(new Set(nodes.map((n: { stage: string }) => n.stage))).toEqual(new Set(Object.values(PathwayStage)));
    const codes = new Set(nodes.flatMap((n: { alerts: { code: string }[] }) => n.alerts.map((a) => a.code)));
    expect([...codes].sort()).toEqual(Object.values(AlertCode).sort());
    expect(nodes.every((n: { timeline: unknown[] }) => n.timeline.length >= 4)).toBe(true);
    expect(
      nodes
        .filter((n: { exit: unknown }) => n.exit)
        .map((n: { exit: { counts: boolean } }) => n.exit.counts)
        .sort(),
    ).toEqual([false, true]);
  });

  it('holds the cohort’s contracts (12 months, 350 h) in every state, funded by an OPCO, the FSE+, the FDI and the city policy', async () => {
    const contracts = await contractDurations(t.db);
    expect(contracts.length).toBe(12);
    expect(contracts.every((c: { planned: number; twelve: boolean }) => c.planned === 350 * 60 && c.twelve)).toBe(true);
    expect(new Set(contracts.map((c: { status: string }) => c.status))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'ACTIVE', 'COMPLETED', 'BROKEN']),
    );
    const funded = await allocationsPerFunderKind(t.db);
    expect(funded.map((f: { kind: string }) => f.kind)).toEqual(['CITY_POLICY', 'DDETS_FDI', 'FSE_PLUS', 'OPCO']);
    expect(funded.every((f: { allocations: number }) => f.allocations > 0)).toBe(true);
    // No hour or euro is funded above 100 %.
    const over = await overFundedSources(t.db);
    expect(over).toEqual([]);
    expect(await t.db.getRepository(FseParticipantEntity).count()).toBe(11);
  });

  it('shows the partner portal: partnerships with targets, an open need at Rouen Habitat, proposals in every status, hours in every review state', async () => {
    const { partnerships, target } = await partnershipTargetsThisYear(t.db);
    expect({ partnerships, target }).toEqual({ partnerships: 7, target: 13 });
    const tilleuls = await tilleulsNeed(t.db);
    expect(tilleuls).toEqual({ status: 'OPEN', positions: 3 });
    const statuses = [...new Set((await t.db.getRepository(ProposalEntity).find()).map((p) => p.status))].sort();
    expect(statuses).toEqual(Object.values(ProposalStatus).sort());
    const hours = [...new Set((await t.db.getRepository(MissionEntity).find()).map((m) => m.hoursStatus))].sort();
    expect(hours).toEqual(['CONFIRMED', 'DISPUTED', 'PENDING']);
    // Every hired proposal names its hire; the audit trail has the reviewers' reads.
    expect(await t.db.getRepository(ProposalEntity).countBy({ status: ProposalStatus.HIRED, hireId: IsNull() })).toBe(
      0,
    );
    expect(
      await t.db.getRepository(AuditLogEntity).countBy({ action: AuditAction.PARTNER_READ_TRAINEE }),
    ).toBeGreaterThanOrEqual(7);
  });

  it('holds « Promotion gardiens 2026 »: 12 persons, its supervisor, 8 weeks of training days, the weeks before last entered', async () => {
    expect(await t.db.getRepository(TrainingGroupMemberEntity).countBy({ groupId: DEMO_GROUP_ID })).toBe(12);
    const sessions = await t.db
      .getRepository(CollectiveSessionEntity)
      .find({ where: { groupId: DEMO_GROUP_ID }, order: { sessionDate: 'ASC' } });
    expect(sessions).toHaveLength(40);
    const lines = await t.db
      .getRepository(SessionAttendanceEntity)
      .findBy({ sessionId: In(sessions.map((s) => s.id)) });
    const entered = new Set(lines.map((l) => l.sessionId));
    // 3 weeks of 5 days for 12 persons; this week and last week empty, the weeks to come too.
    expect(lines).toHaveLength(15 * 12);
    expect(sessions.filter((s) => entered.has(s.id)).map((s) => s.id)).toEqual(sessions.slice(0, 15).map((s) => s.id));
    expect(lines.filter((l) => l.absence).length).toBeGreaterThan(15);
    const patrick = t.client();
    await patrick.signIn('patrick.lemaire@rouen-insertion.demo', DEMO_PASSWORD);
    const { trainingGroups } = await patrick.ok(`{ trainingGroups { id name memberCount supervisors { lastName } } }`);
    expect(trainingGroups).toEqual([
      { id: DEMO_GROUP_ID, name: 'Promotion gardiens 2026', memberCount: 12, supervisors: [{ lastName: 'Lemaire' }] },
    ]);
  });

  it('does nothing on a later start', async () => {
    const before = await counts();
    expect(await seedDemo(t.db)).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
