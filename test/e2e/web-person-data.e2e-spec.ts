import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium, seriousA11yViolations } from './support/browser';
import { DEMO_COUNSELLOR, DEMO_DIRECTOR, DEMO_PASSWORD } from './support/contract-steps';
import { openTab } from './support/pathway-steps';

/**
 * Issue 15 (points 11–12), in Chromium on the demo data: from the person file, the director prints the information
 * notice, exports the person's data (PDF and ZIP) and puts the file on legal hold (a missing reason is refused in
 * French); a counsellor prints the notice but sees no export. Every screen is checked with axe.
 */
describeInBrowser('web app: the person’s data rights from the person file', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;

  async function signIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      baseURL: api.url,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/personnes$/);
    return { context, page };
  }

  async function openFirstPerson(page: Page): Promise<void> {
    await page.locator('table a[href^="/personnes/"]').first().click();
    await page.waitForURL(/\/personnes\/[0-9a-f-]{36}/);
    await openTab(page, 'Données personnelles');
  }

  async function axe(page: Page, what: string): Promise<void> {
    await page.evaluate(() => window.scrollTo(0, 0));
    expect({ page: what, violations: await seriousA11yViolations(page) }).toEqual({ page: what, violations: [] });
  }

  beforeAll(async () => {
    database = await createTestDatabase('tremplin_e2e_rights');
    api = await startApiProcess({
      databaseUrl: database.url,
      serveWeb: true,
      env: { SEED_DEMO: 'true' },
    });
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('the director prints the notice, exports the data and sets a legal hold', async () => {
    const { context, page } = await signIn(DEMO_DIRECTOR);
    await openFirstPerson(page);
    await axe(page, 'données personnelles (direction)');

    const [notice] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Imprimer la notice d’information (PDF)' }).click(),
    ]);
    expect(notice.suggestedFilename()).toBe('notice-information-donnees.pdf');
    expect(
      readFileSync((await notice.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const [zipDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exporter l’archive (ZIP)' }).click(),
    ]);
    expect(zipDownload.suggestedFilename()).toMatch(/^donnees-.+\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync((await zipDownload.path())!));
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(['person.json', 'pathway_event.json', 'LISEZMOI.txt']),
    );
    await expect(
      page.getByRole('status').filter({ hasText: 'Le téléchargement de l’export (archive ZIP) a commencé.' }).count(),
    ).resolves.toBe(1);

    const hold = page.getByRole('region', { name: 'Conservation du dossier' });
    await hold.getByRole('button', { name: 'Geler le dossier' }).click();
    await hold.getByText(/Indiquez le motif du gel/).waitFor();
    await axe(page, 'gel refusé');
    await hold.getByLabel('Motif du gel').fill('Contrôle FSE+ annoncé par la DREETS');
    await hold.getByRole('button', { name: 'Geler le dossier' }).click();
    await hold.getByText('Dossier gelé jusqu’à la levée du gel : Contrôle FSE+ annoncé par la DREETS').waitFor();
    await axe(page, 'dossier gelé');
    await hold.getByRole('button', { name: 'Lever le gel' }).click();
    await hold.getByText('Le gel est levé.').waitFor();
    await context.close();
  });

  it('a counsellor prints the notice but cannot export', async () => {
    const { context, page } = await signIn(DEMO_COUNSELLOR);
    await openFirstPerson(page);
    await expect(page.getByRole('link', { name: 'Imprimer la notice d’information (PDF)' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('link', { name: 'Exporter en PDF' }).count()).resolves.toBe(0);
    await expect(page.getByRole('region', { name: 'Conservation du dossier' }).count()).resolves.toBe(0);
    await axe(page, 'données personnelles (conseillère)');
    await context.close();
  });
});
