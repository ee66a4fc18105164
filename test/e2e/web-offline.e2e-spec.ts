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
  // The supervisor may have other groups (the demo's « Promotion gardiens 2026 »): everything is read in this one's sheet.
  const sheet = () => page.getByRole('region', { name: GROUP }).getByRole('region', { name: 'Atelier chantier' });
  const card = (name: string) => sheet().getByRole('group', { name, exact: true });
  const save = () => sheet().getByRole('button', { name: 'Enregistrer' }).click();

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
    await sheet().waitFor();
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
    await save();
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
    await sheet().getByText('en attente d’envoi').first().waitFor({ state: 'detached' });
    expect(await lineOf(ana!.id)).toMatchObject({ minutesAttended: 180, absence: null });
    expect(await lineOf(bob!.id)).toMatchObject({ minutesAttended: 0, absence: 'UNJUSTIFIED' });
  });

  it('shows the lines changed meanwhile side by side, and saves the one chosen for each', async () => {
    const [ana, bob] = [members[0]!, members[1]!];
    const [anaBefore, bobBefore] = [await lineOf(ana.id), await lineOf(bob.id)];
    await context.setOffline(true);
    await card(ana.name).getByRole('button', { name: 'Justifié·e' }).click();
    await card(bob.name).getByRole('button', { name: 'Présent·e' }).click();
    await save();
    await card(ana.name).getByText('en attente d’envoi').waitFor();
    await card(bob.name).getByText('en attente d’envoi').waitFor();
    // Meanwhile, the counsellor corrects the same lines at the office.
    await counsellor.ok(
      `mutation($input: RecordAttendanceLinesInput!) { recordAttendanceLines(input: $input) { id } }`,
      {
        input: {
          lines: [
            { sessionId, personId: ana.id, minutesAttended: 120, absence: 'UNJUSTIFIED', version: anaBefore!.version },
            { sessionId, personId: bob.id, minutesAttended: 90, absence: 'JUSTIFIED', version: bobBefore!.version },
          ],
        },
      },
    );
    await context.setOffline(false);
    const conflictOf = (name: string) => page.getByRole('group', { name: `Conflit : ${name}` });
    await conflictOf(ana.name).waitFor();
    await conflictOf(bob.name).waitFor();
    expect(await conflictOf(ana.name).getByTestId('mine').innerText()).toBe('Justifié·e');
    expect(await conflictOf(ana.name).getByTestId('theirs').innerText()).toBe('2 h — Absent·e');
    expect(await conflictOf(bob.name).getByTestId('mine').innerText()).toBe('Présent·e (3 h)');
    expect(await conflictOf(bob.name).getByTestId('theirs').innerText()).toBe('1 h 30 — Justifié·e');
    await card(ana.name).getByText('Conflit à trancher').waitFor();
    // Nothing was overwritten: the counsellor's values stand until the supervisor decides.
    expect(await lineOf(ana.id)).toMatchObject({ minutesAttended: 120, absence: 'UNJUSTIFIED' });
    expect(await lineOf(bob.id)).toMatchObject({ minutesAttended: 90, absence: 'JUSTIFIED' });
    await accessible(page, '03-conflit');

    // « Garder la mienne » for Ana: hers is sent over the counsellor's; « Garder l’autre » for Bob: his is dropped.
    await conflictOf(ana.name).getByRole('button', { name: 'Garder la mienne' }).click();
    await conflictOf(ana.name).waitFor({ state: 'detached' });
    await card(ana.name).getByText('Envoyé').waitFor();
    await conflictOf(bob.name).getByRole('button', { name: 'Garder l’autre' }).click();
    await conflictOf(bob.name).waitFor({ state: 'detached' });
    expect(await lineOf(ana.id)).toMatchObject({ minutesAttended: 0, absence: 'JUSTIFIED' });
    expect(await lineOf(bob.id)).toMatchObject({ minutesAttended: 90, absence: 'JUSTIFIED' });
    // Bob's card shows the value kept, read again from the server.
    await card(bob.name).locator('button[aria-pressed="true"]', { hasText: 'Justifié·e' }).waitFor();
    expect(await card(bob.name).getByLabel('Heures').inputValue()).toBe('1 h 30');
  });

  it('enters today’s mission hours offline at « Résidence Les Lilas », kept through a reload, sent when back', async () => {
    // One of the demo's missions at Rouen Habitat (two weeks from this Monday: today is always within it).
    const supervisor = new GraphqlClient(api.url);
    await supervisor.signIn(SUPERVISOR, DEMO_PASSWORD);
    const monday = new Date(
      Date.parse(`${today}T12:00:00Z`) - ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) * 86_400_000,
    )
      .toISOString()
      .slice(0, 10);
    const { missionHostOrganisations: hosts } = await supervisor.ok<{
      missionHostOrganisations: { id: string; name: string }[];
    }>(`query($w: String) { missionHostOrganisations(weekStart: $w) { id name } }`, { w: monday });
    const host = hosts.find((h) => h.name.includes('Rouen Habitat'))!;
    const dayOf = async (missionId: string) => {
      const { missionHoursWeek } = await supervisor.ok<{
        missionHoursWeek: {
          rows: {
            mission: { id: string; site: string | null };
            person: { firstName: string; lastName: string };
            cells: { day: string; minutes: number | null; version: number | null }[];
          }[];
        };
      }>(
        `query($h: ID!, $w: String!) { missionHoursWeek(hostOrganisationId: $h, weekStart: $w) {
          rows { mission { id site } person { firstName lastName } cells { day minutes version } } } }`,
        { h: host.id, w: monday },
      );
      return missionHoursWeek.rows.filter((r) =>
        missionId ? r.mission.id === missionId : r.mission.site?.includes('Les Lilas'),
      );
    };
    const row = (await dayOf(''))[0]!;
    const name = `${row.person.firstName} ${row.person.lastName}`;
    const mission = page.getByRole('group', { name: `Mission de ${name}` });
    const hours = mission.getByLabel(`Heures de ${name} aujourd’hui`);
    await page.reload();
    await mission.waitFor();
    // Wide as on a desk, then back to the phone: both accessible.
    await page.setViewportSize({ width: 1280, height: 800 });
    await accessible(page, '04-missions-1280');
    await page.setViewportSize({ width: 390, height: 844 });

    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Hors ligne' }).waitFor();
    await hours.fill('3,5');
    await mission.getByRole('button', { name: 'Enregistrer' }).click();
    await mission.getByText('en attente d’envoi').waitFor();
    await page.reload();
    await page.getByText('semaine gardée sur cet appareil', { exact: false }).waitFor();
    await mission.getByText('en attente d’envoi').waitFor();
    expect(await hours.inputValue()).toBe('3 h 30');
    await accessible(page, '05-missions-hors-ligne');
    expect((await dayOf(row.mission.id))[0]!.cells.find((c) => c.day === today)?.minutes).not.toBe(210);

    await context.setOffline(false);
    await mission.getByText('Envoyé').waitFor();
    expect((await dayOf(row.mission.id))[0]!.cells.find((c) => c.day === today)?.minutes).toBe(210);
  });

  it('records an evaluation entered offline once, when the network returns', async () => {
    const eve = members[2]!;
    // Eve aims at a certification with blocks (set by the counsellor), so that she can be evaluated on the ground.
    const { certifications } = await counsellor.ok<{ certifications: { id: string; blocks: { id: string }[] }[] }>(
      `{ certifications { id blocks { id } } }`,
    );
    const certification = certifications.find((c) => c.blocks.length)!;
    await counsellor.ok(
      `mutation($input: SetTargetCertificationInput!) { setTargetCertification(input: $input) { id } }`,
      {
        input: { personId: eve.id, certificationId: certification.id },
      },
    );
    const historyOf = async () => {
      const { person } = await counsellor.ok<{
        person: { skillsProgress: { block: { id: string }; history: { level: string; evaluatorName: string }[] }[] };
      }>(`query($id: ID!) { person(id: $id) { skillsProgress { block { id } history { level evaluatorName } } } }`, {
        id: eve.id,
      });
      return person.skillsProgress.find((p) => p.block.id === certification.blocks[0]!.id)?.history ?? [];
    };
    const before = (await historyOf()).length;
    await page.reload();
    const evaluate = page
      .getByRole('region', { name: GROUP })
      .getByRole('group', { name: `Évaluation de ${eve.name}` });
    await evaluate.getByRole('button', { name: 'Évaluer' }).waitFor();

    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Hors ligne' }).waitFor();
    await evaluate.getByRole('button', { name: 'Évaluer' }).click();
    await evaluate.getByLabel('Bloc de compétences').selectOption(certification.blocks[0]!.id);
    await evaluate.getByLabel('Niveau atteint').selectOption('ACQUIRED');
    await evaluate.getByLabel('Commentaire (facultatif)').fill('Geste sûr sur le chantier');
    await evaluate.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
    await evaluate.getByText('Évaluation en attente d’envoi').waitFor();
    await page.reload();
    await evaluate.getByText('Évaluation en attente d’envoi').waitFor();
    expect(await historyOf()).toHaveLength(before);

    await context.setOffline(false);
    await evaluate.getByText('Évaluation en attente d’envoi').waitFor({ state: 'detached' });
    // Sent once; a later round (a reload online drains the outbox again) creates nothing more.
    await page.reload();
    await evaluate.getByRole('button', { name: 'Évaluer' }).waitFor();
    const after = await historyOf();
    expect(after).toHaveLength(before + 1);
    expect(after.filter((h) => h.level === 'ACQUIRED')).toHaveLength(1);
  });

  it('warns before signing out with entries not sent yet, and wipes the offline data at sign-out', async () => {
    const eve = members[2]!;
    await context.setOffline(true);
    await card(eve.name).getByRole('button', { name: 'Présent·e' }).click();
    await save();
    await card(eve.name).getByText('en attente d’envoi').waitFor();
    // The header's phone layout is another branch's (h-responsive): « Se déconnecter » is reached on a wide window.
    await page.setViewportSize({ width: 1280, height: 900 });
    // The question is dismissed (« Annuler »): nothing happens.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    expect(await asked).toBe(
      'Une saisie de « Mon terrain » n’a pas encore été envoyée : elle sera perdue. Se déconnecter quand même ?',
    );
    await card(eve.name).getByText('en attente d’envoi').waitFor();
    expect(page.url()).toMatch(/\/terrain$/);

    await context.setOffline(false);
    await card(eve.name).getByText('Envoyé').waitFor();
    expect(await lineOf(eve.id)).toMatchObject({ minutesAttended: 180, absence: null });
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain(DB_NAME);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/connexion/);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(DB_NAME);
  });
});
