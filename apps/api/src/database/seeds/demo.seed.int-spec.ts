import { startTestApp, type TestApp } from '../../testing/test-app';
import { addDays, AlertCode, AuditAction, PathwayStage, ProposalStatus, todayInParis } from '@tremplin/domain';
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
import { DEMO_MISSION_SITE } from './demo-mission-days';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_LANDLORDS, DEMO_PASSWORD, seedDemo } from './demo.seed';
import { DEMO_GROUP_ID } from './demo-groups';
import { DEMO_NIGHT_IN_DAYS, DEMO_REPLACEMENT, parisInstant } from './demo-replacements';

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

  it('shows the supervisor this week’s mission days at Rouen Habitat, the missions’ hours their sum', async () => {
    const supervisor = t.client();
    const account = DEMO_ACCOUNTS.find((a) => a.id === DEMO_IDS.supervisor);
    await supervisor.signIn(account?.email ?? '', DEMO_PASSWORD);
    const host = DEMO_LANDLORDS.find((l) => l.slug === 'rouen-habitat');
    const { missionHostOrganisations } = await supervisor.ok(`{ missionHostOrganisations { id name sites } }`);
    const rouen = missionHostOrganisations.find((h: { name: string }) => h.name === host?.name);
    expect(rouen.sites).toContain(DEMO_MISSION_SITE);
    const today = todayInParis();
    const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
    const { missionHoursWeek } = await supervisor.ok(
      `query($h: ID!, $s: String, $w: String!) { missionHoursWeek(hostOrganisationId: $h, site: $s, weekStart: $w) {
        rows { mission { minutes } cells { minutes } weekMinutes } } }`,
      { h: rouen.id, s: DEMO_MISSION_SITE, w: monday },
    );
    const rows = missionHoursWeek.rows as { mission: { minutes: number }; weekMinutes: number }[];
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.mission.minutes).toBe(r.weekMinutes);
    expect(rows.every((r) => r.weekMinutes > 0)).toBe(true);
  });

  it('holds Rouen Habitat’s open night watch: ranked candidates who can go, the others apart with their reason', async () => {
    const reviewer = t.client();
    await reviewer.signIn('rh@rouen-habitat.demo', DEMO_PASSWORD);
    const { portalReplacementRequests } = await reviewer.ok(`{ portalReplacementRequests { id jobLabel status } }`);
    expect(portalReplacementRequests).toEqual([
      { id: expect.any(String), jobLabel: DEMO_REPLACEMENT.jobLabel, status: 'OPEN' },
    ]);
    const claire = t.client();
    await claire.signIn('claire.martin@rouen-insertion.demo', DEMO_PASSWORD);
    const { replacementCandidates: r } = await claire.ok(
      `query($id: ID!) { replacementCandidates(requestId: $id) {
        request { startsAt endsAt answerBy minutes requiredBlockIds minLevel }
        candidates { firstName lastName score reasons { kind ok } }
        excluded { firstName lastName reasons { kind ok text } } } }`,
      { id: portalReplacementRequests[0].id },
    );
    const night = addDays(todayInParis(), DEMO_NIGHT_IN_DAYS);
    expect(r.request).toEqual({
      startsAt: parisInstant(night, '21:00').toISOString(),
      endsAt: parisInstant(addDays(night, 1), '07:00').toISOString(),
      answerBy: parisInstant(addDays(night, -1), '19:00').toISOString(),
      minutes: 600,
      requiredBlockIds: [DEMO_REPLACEMENT.blockId],
      minLevel: 'PROGRESSING',
    });
    type Line = { firstName: string; lastName: string; reasons: { kind: string; ok: boolean; text?: string }[] };
    expect(r.candidates.length).toBeGreaterThanOrEqual(3);
    // Céline Lambert holds the SST and gave her nights: first, ahead of those whose availability is to confirm.
    expect(`${r.candidates[0].firstName} ${r.candidates[0].lastName}`).toBe('Céline Lambert');
    const blocking = (l: Line) => l.reasons.filter((x) => !x.ok).map((x) => x.kind);
    const amina = r.excluded.find((l: Line) => l.firstName === 'Amina');
    expect(blocking(amina)).toContain('MISSION_OVERLAP');
    expect(r.excluded.filter((l: Line) => blocking(l).includes('SKILLS')).length).toBeGreaterThanOrEqual(2);
  });

  it('does nothing on a later start', async () => {
    const before = await counts();
    expect(await seedDemo(t.db)).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
