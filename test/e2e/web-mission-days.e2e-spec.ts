import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addDays, todayInParis } from '@tremplin/domain';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { DEMO_COUNSELLOR } from './support/contract-steps';
import { accessibilityCheck, frenchContext, signIn } from './support/web-session';

const SUPERVISOR = 'patrick.lemaire@rouen-insertion.demo';
const LANDLORD = 'Rouen Habitat';
const SITE = 'Résidence Les Lilas, Rouen';

/**
 * Issue 17, point 3, in Chromium: the technical supervisor opens « Heures de mission », picks Rouen Habitat's
 * « Résidence Les Lilas », goes to next week (the demo's missions run until then), types hours on the first row with
 * the keyboard (« 7 », arrow, « 3,5 ») and saves; a counsellor changes a day meanwhile: the supervisor's save is
 * refused, her value kept beside the other one, and « Garder la leur » takes theirs.
 */
describeInBrowser('web app: mission hours day by day', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let contexts: BrowserContext[];
  let supervisor: Page;
  let counsellor: Page;
  const accessible = accessibilityCheck('mission-days');
  const today = todayInParis();
  const nextMonday = addDays(today, 7 - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
  const long = (iso: string) =>
    new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );

  const open = async (page: Page) => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Heures de mission' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Heures de mission' }).waitFor();
    await page.getByLabel('Employeur').selectOption({ label: LANDLORD });
    await page.getByLabel('Site').selectOption({ label: SITE });
    await page.getByRole('button', { name: 'Semaine suivante' }).click();
    // The next week's grid, not the current week's still on screen while it loads.
    await firstRowCell(page, nextMonday).waitFor();
  };
  const grid = (page: Page): Locator => page.getByRole('region', { name: 'Grille des heures de mission, défilable' });
  const firstRowCell = (page: Page, day: string): Locator =>
    grid(page)
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: new RegExp(`, ${long(day)} :`) });

  beforeAll(async () => {
    database = await createTestDatabase('tremplin_e2e_mission_days');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    browser = await launchChromium(chromiumPath);
    contexts = [await frenchContext(browser, api.url), await frenchContext(browser, api.url)];
    supervisor = await contexts[0].newPage();
    counsellor = await contexts[1].newPage();
    await signIn(supervisor, SUPERVISOR);
    await signIn(counsellor, DEMO_COUNSELLOR);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('types hours with the keyboard on the week grid and saves only those cells', async () => {
    await open(supervisor);
    expect(await grid(supervisor).getByRole('row').count()).toBe(3 + 2); // header, three missions, totals
    await firstRowCell(supervisor, nextMonday).click();
    await supervisor.keyboard.type('7');
    await supervisor.keyboard.press('ArrowRight');
    await supervisor.keyboard.type('3,5');
    await supervisor.getByText('2 cases modifiées, pas encore enregistrées').waitFor();
    const firstRow = grid(supervisor).getByRole('row').nth(1);
    expect(await firstRow.getByRole('cell').last().innerText()).toBe('10 h 30');
    await accessible(supervisor, 'typed');
    await supervisor.getByRole('button', { name: 'Enregistrer' }).click();
    await supervisor.getByRole('status').filter({ hasText: '2 jours enregistrés.' }).waitFor();
    await supervisor.reload();
    await grid(supervisor).waitFor();
    expect(await firstRowCell(supervisor, addDays(nextMonday, 1)).getAttribute('aria-label')).toMatch(/: 3 h 30$/);
  });

  it('keeps the supervisor’s value beside a colleague’s change made meanwhile, never overwriting it', async () => {
    const tuesday = addDays(nextMonday, 1);
    await firstRowCell(supervisor, tuesday).click();
    await supervisor.keyboard.type('6');
    // Meanwhile, the counsellor sets the same day to 8 h.
    await counsellor.goto('/');
    await open(counsellor);
    await firstRowCell(counsellor, tuesday).click();
    await counsellor.keyboard.type('8');
    await counsellor.getByRole('button', { name: 'Enregistrer' }).click();
    await counsellor.getByRole('status').filter({ hasText: '1 jour enregistré.' }).waitFor();

    await supervisor.getByRole('button', { name: 'Enregistrer' }).click();
    await supervisor.getByRole('status').filter({ hasText: 'Les heures ont changé' }).waitFor();
    const conflict = supervisor.getByRole('list', { name: 'Cases changées par quelqu’un d’autre' });
    await conflict.getByText(/vous avez saisi « 6 », enregistré entre-temps par quelqu’un d’autre : 8 h/).waitFor();
    expect(await firstRowCell(supervisor, tuesday).innerText()).toContain('leur : 8 h');
    await accessible(supervisor, 'conflict');
    await conflict.getByRole('button', { name: 'Garder la leur' }).click();
    expect(await conflict.count()).toBe(0);
    expect(await firstRowCell(supervisor, tuesday).innerText()).toContain('8');
  });
});
