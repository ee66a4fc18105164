import { startTestApp, type TestApp } from '../../testing/test-app';
import { AlertCode, PathwayStage } from '@tremplin/domain';
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

  it('does nothing on a later start', async () => {
    const before = await counts();
    expect(await seedDemo(t.db)).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
