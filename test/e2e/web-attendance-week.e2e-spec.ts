import { createTestDatabase, GraphqlClient, type TestDatabase } from '@tremplin/api-testing';
import { addDays, todayInParis } from '@tremplin/domain';
import type { Browser, Page } from 'playwright-core';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { DEMO_COUNSELLOR, DEMO_PASSWORD } from './support/contract-steps';
import { Interactions } from './support/interactions';
import { accessibilityCheck, frenchContext, signIn } from './support/web-session';

/**
 * Issue 17: a week of attendance for a group of 12, in Chromium, counted in interactions (support/interactions.ts:
 * a click, a key, a whole field filled or a choice in a list counts 1; the count is printed, the goals asserted on it,
 * never on time). Before the week grid it took 165. Goals: a normal week ≤ 20, a week with 3 exceptions ≤ 30.
 * The figures are kept in docs/benchmarks.md.
 */
const DEMO_GROUP = 'Promotion gardiens 2026';
const WEEKDAYS = [1, 2, 3, 4, 5];

interface Line {
  minutesAttended: number;
  absence: string | null;
  version: number;
}
interface Week {
  sessions: { id: string; sessionDate: string }[];
  rows: { person: { id: string; lastName: string }; cells: { sessionId: string; line: Line | null }[] }[];
}

const LONG_DAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const mondayOf = (iso: string) => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));

describeInBrowser('web app: the week attendance grid of a group, in interactions', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  let user: Interactions;
  let counsellor: GraphqlClient;
  let demoGroupId: string;
  let freshGroupId: string;
  const accessible = accessibilityCheck('attendance-week');
  const thisMonday = mondayOf(todayInParis());
  const lastMonday = addDays(thisMonday, -7);
  const twoWeeksAgo = addDays(thisMonday, -14);

  const week = async (groupId: string, monday: string): Promise<Week> =>
    (
      await counsellor.ok<{ attendanceWeek: Week }>(
        `query($g: ID!, $w: String!) { attendanceWeek(groupId: $g, weekStart: $w) {
           sessions { id sessionDate }
           rows { person { id lastName } cells { sessionId line { minutesAttended absence version } } } } }`,
        { g: groupId, w: monday },
      )
    ).attendanceWeek;
  const storedLines = (w: Week) => w.rows.flatMap((r) => r.cells.filter((c) => c.line).map((c) => c.line as Line));
  const series = (groupId: string, from: string, to: string) =>
    counsellor.ok(`mutation($input: CreateSessionSeriesInput!) { createSessionSeries(input: $input) { id } }`, {
      input: { groupId, kind: 'WORKSHOP', title: 'Chantier école', from, to, weekdays: WEEKDAYS, plannedMinutes: 420 },
    });
  const grid = () => page.getByRole('region', { name: /^Grille des présences/ });
  /** Waits for the grid of the week starting on `monday` (its Monday's cells). */
  const gridOf = (monday: string) =>
    grid()
      .getByRole('button', { name: new RegExp(`, ${LONG_DAY.format(new Date(`${monday}T00:00:00Z`))} : `) })
      .first()
      .waitFor();
  /** The cell of the n-th person (0-based) on the d-th session of the week. */
  const cell = (person: number, day: number) => grid().locator('tbody tr').nth(person).getByRole('button').nth(day);
  const openGroupWeek = async (groupName: string) => {
    await user.click(
      page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Groupes' }),
    );
    await user.click(page.getByRole('link', { name: `Grille de la semaine du groupe ${groupName}` }));
    await page.getByRole('heading', { name: `Présences · ${groupName}` }).waitFor();
  };
  const previousWeek = async () => {
    const before = page.url();
    await user.click(page.getByRole('link', { name: 'Semaine précédente' }));
    await page.waitForURL((u) => u.toString() !== before);
    await page.getByRole('heading', { name: /^Présences · / }).waitFor();
  };
  const save = async () => {
    await user.click(page.getByRole('button', { name: 'Enregistrer', exact: true }));
  };

  beforeAll(async () => {
    database = await createTestDatabase('tremplin_e2e_attendance_week');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    counsellor = new GraphqlClient(api.url);
    await counsellor.signIn(DEMO_COUNSELLOR, DEMO_PASSWORD);

    // The demo group, or (while the demo seed does not hold it yet) the same group made here through the API.
    const { trainingGroups } = await counsellor.ok<{ trainingGroups: { id: string; name: string }[] }>(
      `{ trainingGroups { id name } }`,
    );
    const { me } = await counsellor.ok<{ me: { id: string } }>(`{ me { id } }`);
    let memberIds: string[];
    const demo = trainingGroups.find((g) => g.name === DEMO_GROUP);
    if (demo) {
      demoGroupId = demo.id;
      const { trainingGroup } = await counsellor.ok<{ trainingGroup: { members: { id: string }[] } }>(
        `query($id: ID!) { trainingGroup(id: $id) { members { id } } }`,
        { id: demo.id },
      );
      memberIds = trainingGroup.members.map((m) => m.id);
    } else {
      memberIds = [];
      for (let i = 1; i <= 12; i++) {
        const { createPerson } = await counsellor.ok<{ createPerson: { id: string } }>(
          `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
          {
            input: {
              firstName: `Stagiaire${i}`,
              lastName: `Gardien-${String(i).padStart(2, '0')}`,
              birthDate: '1990-03-14',
              counsellorId: me.id,
            },
          },
        );
        memberIds.push(createPerson.id);
      }
      const { createTrainingGroup } = await counsellor.ok<{ createTrainingGroup: { id: string } }>(
        `mutation($input: CreateTrainingGroupInput!) { createTrainingGroup(input: $input) { id } }`,
        { input: { name: DEMO_GROUP, startsOn: twoWeeksAgo, memberIds } },
      );
      demoGroupId = createTrainingGroup.id;
      await series(demoGroupId, lastMonday, addDays(thisMonday, 27));
    }
    expect(memberIds).toHaveLength(12);
    expect(storedLines(await week(demoGroupId, lastMonday))).toHaveLength(0);

    // A fresh group of the same 12, with a week of sessions two weeks ago, empty: the week with exceptions.
    const { createTrainingGroup } = await counsellor.ok<{ createTrainingGroup: { id: string } }>(
      `mutation($input: CreateTrainingGroupInput!) { createTrainingGroup(input: $input) { id } }`,
      { input: { name: 'Promotion exceptions e2e', startsOn: twoWeeksAgo, memberIds } },
    );
    freshGroupId = createTrainingGroup.id;
    await series(freshGroupId, twoWeeksAgo, addDays(twoWeeksAgo, 4));

    browser = await launchChromium(chromiumPath);
    const context = await frenchContext(browser, api.url, { viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await signIn(page, DEMO_COUNSELLOR);
    await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
    user = new Interactions(page);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('a normal week of 12 people, saved as planned: ≤ 20 interactions, 60 lines stored', async () => {
    await page.goto('/');
    user.reset();
    await openGroupWeek(DEMO_GROUP);
    await previousWeek();
    await gridOf(lastMonday);
    await save();
    await page.getByText('Semaine enregistrée : 60 lignes enregistrées.').waitFor();
    console.log(`[interactions] normal week: ${user.count}`);
    expect(user.count).toBeLessThanOrEqual(20);

    const lines = storedLines(await week(demoGroupId, lastMonday));
    expect(lines).toHaveLength(60);
    expect(lines.every((l) => l.minutesAttended === 420 && l.absence === null)).toBe(true);
  });

  it('passes axe at 390 and 1280 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await grid().waitFor();
    await accessible(page, 'grid-390');
    await page.setViewportSize({ width: 1280, height: 800 });
    await accessible(page, 'grid-1280');
  });

  it('a week with 3 exceptions (non justifiée, justifiée, 3 h 30): ≤ 30 interactions, all stored', async () => {
    await page.goto('/');
    user.reset();
    await openGroupWeek('Promotion exceptions e2e');
    await previousWeek();
    await previousWeek();
    await gridOf(twoWeeksAgo);
    await user.click(cell(0, 0)); // the first click only takes the cell
    await user.press('a');
    await user.press('ArrowDown');
    await user.press('j');
    await user.press('ArrowDown');
    await user.keys('3', ',', '5');
    await save();
    await page.getByText('Semaine enregistrée : 60 lignes enregistrées.').waitFor();
    console.log(`[interactions] week with 3 exceptions: ${user.count}`);
    expect(user.count).toBeLessThanOrEqual(30);

    const stored = await week(freshGroupId, twoWeeksAgo);
    const monday = stored.sessions[0].id;
    const mondayOfRow = (i: number) => stored.rows[i].cells.find((c) => c.sessionId === monday)?.line;
    expect(mondayOfRow(0)).toMatchObject({ minutesAttended: 0, absence: 'UNJUSTIFIED' });
    expect(mondayOfRow(1)).toMatchObject({ minutesAttended: 0, absence: 'JUSTIFIED' });
    expect(mondayOfRow(2)).toMatchObject({ minutesAttended: 210, absence: 'JUSTIFIED' });
    const others = storedLines(stored).filter((l) => l.absence === null);
    expect(others).toHaveLength(57);
    expect(others.every((l) => l.minutesAttended === 420)).toBe(true);
  });

  it('a line changed by someone else meanwhile is shown side by side; « Garder la mienne » saves mine', async () => {
    await page.goto(`/groupes/${freshGroupId}/semaine/${twoWeeksAgo}`);
    await gridOf(twoWeeksAgo);
    const before = await week(freshGroupId, twoWeeksAgo);
    const tuesday = before.sessions[1].id;
    const target = before.rows[3];
    const line = target.cells.find((c) => c.sessionId === tuesday)?.line as Line;
    // Another writer (the supervisor's tablet, say) records the person absent after the grid was read.
    await counsellor.ok(
      `mutation($input: RecordAttendanceLinesInput!) { recordAttendanceLines(input: $input) { id } }`,
      {
        input: {
          lines: [
            {
              sessionId: tuesday,
              personId: target.person.id,
              minutesAttended: 0,
              absence: 'UNJUSTIFIED',
              version: line.version,
            },
          ],
        },
      },
    );

    user.reset();
    await user.click(cell(3, 1));
    await user.press('j');
    await save();
    const panel = page.getByRole('region', { name: 'Lignes modifiées par quelqu’un d’autre pendant votre saisie' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain(
      'votre saisie : absence justifiée · l’autre saisie : absence non justifiée',
    );
    await user.click(panel.getByRole('button', { name: /^Garder la mienne/ }));
    await save();
    await page.getByText(/^Semaine enregistrée/).waitFor();
    console.log(`[interactions] conflict resolved: ${user.count}`);

    const after = await week(freshGroupId, twoWeeksAgo);
    const now = after.rows[3].cells.find((c) => c.sessionId === tuesday)?.line;
    expect(now).toMatchObject({ minutesAttended: 0, absence: 'JUSTIFIED' });
  });
});
