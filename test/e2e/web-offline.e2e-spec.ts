import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestDatabase, GraphqlClient, type TestDatabase } from '@tremplin/api-testing';
import { todayInParis } from '@tremplin/domain';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { DEMO_COUNSELLOR, DEMO_PASSWORD } from './support/contract-steps';
import { accessibilityCheck, frenchContext, signIn } from './support/web-session';

/**
 * Issue 17, points 6–7: the technical supervisor's « Mon terrain » on a phone, offline (ADR 0014). In Chromium, on the
 * built app served by the built API: the service worker installs; with the network cut, today's attendance is
 * entered, kept through a reload (the page from the service worker, the entries from IndexedDB) and sent when the
 * network returns; a line changed meanwhile by the counsellor is shown side by side, not lost; sign-out wipes it all.
 */
const SUPERVISOR = 'patrick.lemaire@rouen-insertion.demo';
const DB_NAME = 'tremplin-terrain';
const GROUP = 'Groupe hors ligne E2E';

interface Line {
  minutesAttended: number;
  absence: string | null;
  version: number;
}

describeInBrowser('web app: « Mon terrain » offline in Chromium', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let counsellor: GraphqlClient;
  let groupId = '';
  let sessionId = '';
  let members: { id: string; name: string }[] = [];
  const accessible = accessibilityCheck('offline');
  const today = todayInParis();

  /** Today's line of a person, as the API holds it (read by the counsellor). */
  const lineOf = async (personId: string): Promise<Line | null> => {
    const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
    const monday = new Date(Date.parse(`${today}T12:00:00Z`) - weekday * 86_400_000).toISOString().slice(0, 10);
    const { attendanceWeek } = await counsellor.ok<{
      attendanceWeek: {
        sessions: { id: string }[];
        rows: { person: { id: string }; cells: { sessionId: string; line: Line | null }[] }[];
      };
    }>(
      `query($g: ID!, $w: String!) { attendanceWeek(groupId: $g, weekStart: $w) { sessions { id }
        rows { person { id } cells { sessionId line { minutesAttended absence version } } } } }`,
      { g: groupId, w: monday },
    );
    const row = attendanceWeek.rows.find((r) => r.person.id === personId);
    return row?.cells.find((c) => c.sessionId === sessionId)?.line ?? null;
  };
  const card = (name: string) => page.getByRole('group', { name, exact: true });

  beforeAll(async () => {
    database = await createTestDatabase('tremplin_e2e_offline');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    // A group of three persons supervised by Patrick, with a session today (created as the counsellor would).
    const supervisor = new GraphqlClient(api.url);
    await supervisor.signIn(SUPERVISOR, DEMO_PASSWORD);
    const { me } = await supervisor.ok<{ me: { id: string } }>(`{ me { id } }`);
    counsellor = new GraphqlClient(api.url);
    await counsellor.signIn(DEMO_COUNSELLOR, DEMO_PASSWORD);
    const { persons } = await counsellor.ok<{
      persons: { edges: { node: { id: string; firstName: string; lastName: string } }[] };
    }>(`{ persons(first: 3) { edges { node { id firstName lastName } } } }`);
    members = persons.edges.map((e) => ({ id: e.node.id, name: `${e.node.firstName} ${e.node.lastName}` }));
    const { createTrainingGroup } = await counsellor.ok<{ createTrainingGroup: { id: string } }>(
      `mutation($input: CreateTrainingGroupInput!) { createTrainingGroup(input: $input) { id } }`,
      { input: { name: GROUP, startsOn: today, memberIds: members.map((m) => m.id), supervisorIds: [me.id] } },
    );
    groupId = createTrainingGroup.id;
    const isoWeekday = ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const { createSessionSeries } = await counsellor.ok<{ createSessionSeries: { id: string }[] }>(
      `mutation($input: CreateSessionSeriesInput!) { createSessionSeries(input: $input) { id } }`,
      {
        input: {
          groupId,
          kind: 'WORKSHOP',
          title: 'Atelier chantier',
          from: today,
          to: today,
          weekdays: [isoWeekday],
          plannedMinutes: 180,
        },
      },
    );
    sessionId = createSessionSeries[0]!.id;

    browser = await launchChromium(chromiumPath);
    context = await frenchContext(browser, api.url, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'allow',
    });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('signs the supervisor in on « Mon terrain », installs the service worker, and is accessible at 390 px', async () => {
    await signIn(page, SUPERVISOR);
    await page.waitForURL(/\/terrain$/);
    await page.getByRole('heading', { name: GROUP }).waitFor();
    await page.getByRole('heading', { name: 'Atelier chantier' }).waitFor();
    // The service worker is installed and controls the page (clientsClaim): the app shell is precached.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    for (const m of members) await card(m.name).waitFor();
    await accessible(page, '01-terrain');
  });

  it('keeps today’s entries made offline through a reload, then sends them when the network returns', async () => {
    const [ana, bob] = members;
    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Hors ligne' }).waitFor();
    await card(ana!.name).getByRole('button', { name: 'Présent·e' }).click();
    await card(bob!.name).getByRole('button', { name: 'Absent·e' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await card(ana!.name).getByText('en attente d’envoi').waitFor();
    await card(bob!.name).getByText('en attente d’envoi').waitFor();
    await page.getByText('Hors ligne — 2 saisies en attente d’envoi').waitFor();

    // Reload without a network: the page comes from the service worker, the week and the entries from IndexedDB.
    await page.reload();
    await page.getByRole('heading', { name: 'Mon terrain' }).waitFor();
    await page.getByText('semaine gardée sur cet appareil', { exact: false }).waitFor();
    await card(ana!.name).getByText('en attente d’envoi').waitFor();
    await card(bob!.name).getByText('en attente d’envoi').waitFor();
    expect(await card(ana!.name).getByRole('button', { name: 'Présent·e' }).getAttribute('aria-pressed')).toBe('true');
    await accessible(page, '02-hors-ligne');
    expect(await lineOf(ana!.id)).toBeNull();

    await context.setOffline(false);
    await card(ana!.name).getByText('Envoyé').waitFor();
    await card(bob!.name).getByText('Envoyé').waitFor();
    await page.getByText('en attente d’envoi').first().waitFor({ state: 'detached' });
    expect(await lineOf(ana!.id)).toMatchObject({ minutesAttended: 180, absence: null });
    expect(await lineOf(bob!.id)).toMatchObject({ minutesAttended: 0, absence: 'UNJUSTIFIED' });
  });

  it('shows a line changed meanwhile side by side, and saves the one chosen', async () => {
    const ana = members[0]!;
    const before = await lineOf(ana.id);
    await context.setOffline(true);
    await card(ana.name).getByRole('button', { name: 'Justifié·e' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await card(ana.name).getByText('en attente d’envoi').waitFor();
    // Meanwhile, the counsellor corrects the same line at the office.
    await counsellor.ok(
      `mutation($input: RecordAttendanceLinesInput!) { recordAttendanceLines(input: $input) { id } }`,
      {
        input: {
          lines: [
            { sessionId, personId: ana.id, minutesAttended: 120, absence: 'UNJUSTIFIED', version: before!.version },
          ],
        },
      },
    );
    await context.setOffline(false);
    const conflict = page.getByRole('group', { name: `Conflit : ${ana.name}` });
    await conflict.waitFor();
    expect(await conflict.getByTestId('mine').innerText()).toBe('Justifié·e');
    expect(await conflict.getByTestId('theirs').innerText()).toBe('2 h — Absent·e');
    await card(ana.name).getByText('Conflit à trancher').waitFor();
    // Nothing was overwritten: the counsellor's value stands until the supervisor decides.
    expect(await lineOf(ana.id)).toMatchObject({ minutesAttended: 120, absence: 'UNJUSTIFIED' });
    await accessible(page, '03-conflit');

    await conflict.getByRole('button', { name: 'Garder la mienne' }).click();
    await conflict.waitFor({ state: 'detached' });
    await card(ana.name).getByText('Envoyé').waitFor();
    expect(await lineOf(ana.id)).toMatchObject({ minutesAttended: 0, absence: 'JUSTIFIED' });
  });

  it('wipes the offline data at sign-out', async () => {
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain(DB_NAME);
    // The header's phone layout is another branch's (h-responsive): at 390 px the button is still off screen.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/connexion/);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(DB_NAME);
  });
});
