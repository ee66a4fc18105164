import type { Browser, Page } from 'playwright-core';
import { createTestDatabase, FakeLesEmplois, FIXTURE_TOKEN, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { accessibilityCheck, frenchContext, signIn } from './support/web-session';

/** The demo structure's SIRET (apps/api/src/database/seeds/demo.seed.ts): the recorded pages are given to it. */
const DEMO_SIRET = '78210456700014';

/**
 * Issue 15 (point 9) in Chromium, on the demo data, against a fake les emplois de l’inclusion started by the test: the
 * director links the account (a refused token first), synchronises (3 pages), reads each record's outcome and the
 * log, meets an expired token's message, and opens a person the sync created. Every screen is checked with axe.
 */
describeInBrowser('web app: les emplois de l’inclusion', (chromiumPath) => {
  let database: TestDatabase;
  let fake: FakeLesEmplois;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  const accessible = accessibilityCheck('les-emplois');

  beforeAll(async () => {
    database = await createTestDatabase('tremplin_e2e_les_emplois');
    fake = new FakeLesEmplois(DEMO_SIRET);
    api = await startApiProcess({
      databaseUrl: database.url,
      serveWeb: true,
      env: {
        SEED_DEMO: 'true',
        LES_EMPLOIS_API_URL: await fake.start(),
        LES_EMPLOIS_TOKEN_KEY: Buffer.alloc(32, 3).toString('base64'),
      },
    });
    browser = await launchChromium(chromiumPath);
    page = await (await frenchContext(browser, api.url)).newPage();
    await signIn(page, 'sophie.lefebvre@rouen-insertion.demo');
    await page.waitForURL((u) => u.pathname !== '/connexion');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await fake?.close();
    await database?.drop();
  });

  it('links the account, synchronises the employee records, and says so in French when the token has expired', async () => {
    await page.goto('/importer');
    const panel = page.getByRole('region', { name: 'Les emplois de l’inclusion' });
    const tokenField = panel.getByLabel('Jeton d’API des emplois de l’inclusion');
    await tokenField.fill('f'.repeat(40));
    await panel.getByRole('button', { name: 'Lier le compte' }).click();
    await panel.getByText(/refusent le jeton d’API/).waitFor();
    await accessible(page, 'token-refused');

    await tokenField.fill(FIXTURE_TOKEN);
    await panel.getByRole('button', { name: 'Lier le compte' }).click();
    await panel.getByText('Compte lié (jeton se terminant par « 5678 »)', { exact: false }).waitFor();
    await accessible(page, 'linked');

    await panel.getByRole('button', { name: 'Synchroniser les fiches salarié' }).click();
    // On the demo data, nobody of the records is followed yet: the 4 good records are created.
    const done = panel.getByText(/^Synchronisation terminée/);
    await done.waitFor();
    expect(await done.textContent()).toMatch(
      /^Synchronisation terminée : 4 créées, 0 complétée, 0 inchangée, 4 refusées\./,
    );
    await panel.getByText(/autre structure \(SIRET 44229377500031\)/).waitFor();
    await page
      .getByRole('region', { name: 'Imports précédents' })
      .getByRole('cell', { name: /^Les emplois de l’inclusion — fiches salarié/ })
      .waitFor();
    await accessible(page, 'synced');

    await panel.getByRole('button', { name: 'Synchroniser les fiches salarié' }).click();
    await panel.getByText(/^Synchronisation terminée : 0 créée, 0 complétée, 4 inchangées, 4 refusées\./).waitFor();

    fake.acceptedToken = 'b'.repeat(40);
    await panel.getByRole('button', { name: 'Synchroniser les fiches salarié' }).click();
    await panel
      .getByRole('alert')
      .getByText(/il a expiré, a été régénéré ou révoqué/)
      .waitFor();
    await accessible(page, 'token-expired');
    fake.acceptedToken = FIXTURE_TOKEN;

    await panel.getByRole('button', { name: 'Synchroniser les fiches salarié' }).click();
    await panel.getByText(/Synchronisation terminée : 0 créée/).waitFor();
    await panel.getByRole('link', { name: 'DURAND Amelie' }).click();
    await page
      .getByRole('heading', { name: /Amelie DURAND|DURAND Amelie/ })
      .first()
      .waitFor();
  });
});
