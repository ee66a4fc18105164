import { startTestApp, type TestApp } from '../../testing/test-app';
import { AlertCode, PathwayStage, ProposalStatus } from '@tremplin/domain';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_LANDLORDS, DEMO_PASSWORD, seedDemo } from './demo.seed';

describe('demo data (first start with SEED_DEMO)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t?.close());

  const counts = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*)::int FROM structure) AS structures,
                (SELECT count(*)::int FROM partner_organisation) AS landlords,
                (SELECT count(*)::int FROM app_user) AS users,
                (SELECT count(*)::int FROM person) AS persons`,
      )
    )[0] as Record<string, number>;

  it('creates the Rouen AI, its staff, seven landlords with a reviewer each, an administrator and 15 persons', async () => {
    expect(await counts()).toEqual({
      structures: 1,
      landlords: 7,
      users: DEMO_ACCOUNTS.length + DEMO_LANDLORDS.length,
      persons: 15,
    });
    const stages = await t.db.query(`SELECT stage, count(*)::int AS n FROM person GROUP BY stage ORDER BY stage`);
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
    const contracts = await t.db.query(
      `SELECT status, planned_training_minutes AS planned, (start_date + interval '12 months' - interval '1 day')::date = end_date AS twelve
         FROM professionalisation_contract`,
    );
    expect(contracts.length).toBe(12);
    expect(contracts.every((c: { planned: number; twelve: boolean }) => c.planned === 350 * 60 && c.twelve)).toBe(true);
    expect(new Set(contracts.map((c: { status: string }) => c.status))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'ACTIVE', 'COMPLETED', 'BROKEN']),
    );
    const funded = await t.db.query(
      `SELECT f.kind, count(a.id)::int AS allocations FROM funder f
         JOIN funding_agreement g ON g.funder_id = f.id LEFT JOIN funding_allocation a ON a.agreement_id = g.id
        GROUP BY f.kind ORDER BY f.kind`,
    );
    expect(funded.map((f: { kind: string }) => f.kind)).toEqual(['CITY_POLICY', 'DDETS_FDI', 'FSE_PLUS', 'OPCO']);
    expect(funded.every((f: { allocations: number }) => f.allocations > 0)).toBe(true);
    // No hour or euro is funded above 100 %.
    const over = await t.db.query(
      `SELECT s.id FROM (
         SELECT a.id, a.minutes_attended AS total, (SELECT sum(quantity) FROM funding_allocation WHERE attendance_id = a.id) AS used FROM session_attendance a
         UNION ALL SELECT m.id, m.minutes, (SELECT sum(quantity) FROM funding_allocation WHERE mission_id = m.id) FROM mission m
         UNION ALL SELECT e.id, e.minutes, (SELECT sum(quantity) FROM funding_allocation WHERE staff_time_entry_id = e.id) FROM staff_time_entry e
         UNION ALL SELECT x.id, x.amount_cents, (SELECT sum(quantity) FROM funding_allocation WHERE expense_id = x.id) FROM expense x
       ) s WHERE s.used > s.total`,
    );
    expect(over).toEqual([]);
    const [{ participants }] = await t.db.query(`SELECT count(*)::int AS participants FROM fse_participant`);
    expect(participants).toBe(11);
  });

  it('shows the partner portal: partnerships with targets, an open need at Rouen Habitat, proposals in every status, hours in every review state', async () => {
    const [{ partnerships, target }] = await t.db.query(
      `SELECT count(DISTINCT p.id)::int AS partnerships, sum(h.hires)::int AS target
         FROM partnership p JOIN hiring_target h ON h.partnership_id = p.id AND h.year = extract(year FROM now())::int`,
    );
    expect({ partnerships, target }).toEqual({ partnerships: 7, target: 13 });
    const [tilleuls] = await t.db.query(
      `SELECT n.status, n.positions FROM hiring_need n JOIN partner_site s ON s.id = n.site_id
         JOIN partner_organisation o ON o.id = n.partner_organisation_id
        WHERE o.name = 'Rouen Habitat' AND s.name = 'Résidence Les Tilleuls' AND n.job_title = 'Gardien·ne d’immeuble'`,
    );
    expect(tilleuls).toEqual({ status: 'OPEN', positions: 3 });
    const statuses = await t.db.query(`SELECT DISTINCT status FROM proposal ORDER BY status`);
    expect(statuses.map((r: { status: string }) => r.status)).toEqual(Object.values(ProposalStatus).sort());
    const hours = await t.db.query(`SELECT DISTINCT hours_status FROM mission ORDER BY hours_status`);
    expect(hours.map((r: { hours_status: string }) => r.hours_status)).toEqual(['CONFIRMED', 'DISPUTED', 'PENDING']);
    // Every hired proposal names its hire; the audit trail has the reviewers' reads.
    const [{ unlinked }] = await t.db.query(
      `SELECT count(*)::int AS unlinked FROM proposal WHERE status = 'HIRED' AND hire_id IS NULL`,
    );
    expect(unlinked).toBe(0);
    const [{ reads }] = await t.db.query(
      `SELECT count(*)::int AS reads FROM audit_log WHERE action = 'PARTNER_READ_TRAINEE'`,
    );
    expect(reads).toBeGreaterThanOrEqual(7);
  });

  it('does nothing on a later start', async () => {
    const before = await counts();
    expect(await seedDemo(t.db)).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
