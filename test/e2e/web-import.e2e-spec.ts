import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium, seriousA11yViolations } from './support/browser';
import { frenchContext, signIn } from './support/web-session';
import { importCaseloadSpreadsheet } from './support/import-steps';

/**
 * Issue 15 (point 8)'s acceptance, in Chromium, on the demo data: the demo counsellor imports a 30-row spreadsheet
 * with 3 bad rows (dry run, fix, import, the same file again changes nothing), then opens an imported person. Every
 * screen is checked with axe. The steps (support/import-steps.ts) can follow a new structure's onboarding.
 */
const SHOTS = resolve(__dirname, '../../tmp/e2e-screens');

describeInBrowser('web app: importing the caseload from a spreadsheet', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    database = await createTestDatabase('tremplin_e2e_import');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    browser = await launchChromium(chromiumPath);
    page = await (await frenchContext(browser, api.url)).newPage();
    await signIn(page, 'claire.martin@rouen-insertion.demo');
    await page.waitForURL(/\/personnes$/);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('dry run with 3 refusals, the fixed file imported, imported again with no change, an imported person opened', async () => {
    await importCaseloadSpreadsheet(page, async (what) => {
      // From the top: axe reads the colours under the fixed header as the background of the rows it covers.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/${what}.png`, fullPage: true });
      expect({ page: what, violations: await seriousA11yViolations(page) }).toEqual({ page: what, violations: [] });
    });
  });
});
