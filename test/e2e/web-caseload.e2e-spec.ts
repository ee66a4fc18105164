import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { buildPerson, createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { anyStructureId } from './support/e2e-database.repository';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium, seriousA11yViolations, tabTo } from './support/browser';

/**
 * The slice as a counsellor uses it, in Chromium, on the built app served by the built API with the demo data:
 * sign in → create a person → find them in the caseload → sign out → the caseload is refused.
 * Each page is checked with axe-core; the main path is done with the keyboard alone.
 */
const COUNSELLOR = { email: 'claire.martin@rouen-insertion.demo', password: 'Demo-Tremplin-2026!' };
const SHOTS = resolve(__dirname, '../../tmp/e2e-screens');

describeInBrowser('web app: the caseload slice in Chromium', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let createdPath = '';

  const expectAccessible = async (what: string) => {
    await page.screenshot({ path: `${SHOTS}/${what}.png`, fullPage: true });
    expect({ page: what, violations: await seriousA11yViolations(page) }).toEqual({ page: what, violations: [] });
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    database = await createTestDatabase('tremplin_e2e_web');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    browser = await launchChromium(chromiumPath);
    context = await browser.newContext({
      baseURL: api.url,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('sends an anonymous visitor to the sign-in page, which is accessible', async () => {
    await page.goto('/personnes');
    await page.waitForURL(/\/connexion\?retour=%2Fpersonnes/);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor({ state: 'visible' });
    await expectAccessible('01-connexion');
  });

  it('refuses a wrong password with a French message, keeping the e-mail typed', async () => {
    await page.getByLabel('Adresse e-mail').fill(COUNSELLOR.email);
    await page.getByLabel(/^Mot de passe/).fill('pas-le-bon');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Adresse e-mail ou mot de passe incorrect.');
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(COUNSELLOR.email);
    await expectAccessible('02-connexion-refusee');
  });

  it('signs in with the keyboard alone and lands on my caseload', async () => {
    await page.goto('/connexion?retour=%2Fpersonnes');
    await tabTo(page, page.getByLabel('Adresse e-mail'));
    await page.keyboard.type(COUNSELLOR.email);
    await tabTo(page, page.getByLabel(/^Mot de passe/));
    await page.keyboard.type(COUNSELLOR.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/personnes$/);
    await page.getByRole('heading', { name: 'Portefeuille' }).waitFor();
    // Claire follows 8 of the 15 demo persons; the whole structure is one choice away.
    await page.getByText('8 personnes · votre portefeuille', { exact: true }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(8);
    await expectAccessible('03-portefeuille');
  });

  it('shows a refused form field by field, keeps what was typed, then creates the person (keyboard only)', async () => {
    await tabTo(page, page.getByRole('link', { name: 'Nouvelle personne' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/personnes\/nouvelle$/);
    await page.getByRole('heading', { name: 'Nouvelle personne' }).waitFor();
    await expectAccessible('04-nouvelle-personne');

    await tabTo(page, page.getByLabel('Prénom'));
    await page.keyboard.type('Gaëlle');
    await tabTo(page, page.getByLabel(/^Nom/));
    await page.keyboard.type('Testeuse-Navigateur');
    await tabTo(page, page.getByLabel('Date de naissance'));
    await page.keyboard.type('31/02/1990');
    await tabTo(page, page.getByLabel('Adresse e-mail'));
    await page.keyboard.type('gaelle.testeuse@exemple');
    await tabTo(page, page.getByRole('button', { name: 'Créer la fiche' }));
    await page.keyboard.press('Enter');

    // Checked before sending, with the shared rules: each error next to its field and in a focused summary.
    const summary = page.getByRole('alert').filter({ hasText: 'La fiche n’est pas enregistrée' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.innerText()).toContain('Date de naissance : La date de naissance n’existe pas');
    expect(await summary.innerText()).toContain('Adresse e-mail : L’adresse e-mail n’est pas valide');
    expect(await page.getByLabel('Date de naissance').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Prénom').inputValue()).toBe('Gaëlle');
    await expectAccessible('05-nouvelle-personne-erreurs');

    // What the server refuses is shown the same way: here a request altered on its way, as a stale client would send.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
        variables?: { input?: Record<string, unknown> };
      };
      if (body.operationName !== 'CreatePerson' || !body.variables?.input) return route.continue();
      body.variables.input['birthDate'] = '2031-01-01';
      return route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByLabel('Date de naissance').fill('14/03/1988');
    await page.getByLabel('Adresse e-mail').fill('gaelle.testeuse@exemple.fr');
    await page.getByRole('button', { name: 'Créer la fiche' }).click();
    await page.getByText('Date de naissance : La date de naissance est dans le futur').waitFor();
    expect(await page.getByLabel('Date de naissance').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toMatch(/\/personnes\/nouvelle$/);
    await page.unroute('**/graphql');

    await tabTo(page, page.getByRole('button', { name: 'Créer la fiche' }), 40);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/personnes\/[0-9a-f-]{36}\?onglet=identite$/);
    createdPath = new URL(page.url()).pathname;
    await page.getByText('La fiche est créée.').waitFor();
    await page.getByRole('heading', { name: 'Gaëlle TESTEUSE-NAVIGATEUR' }).waitFor();
    expect(await page.getByLabel('Date de naissance').inputValue()).toBe('14/03/1988');
    await expectAccessible('06-fiche-creee');
  });

  it('asks before leaving a form with unsaved changes; Escape keeps the person on the form', async () => {
    await page.getByLabel('Ville').fill('Elbeuf');
    await page.getByRole('link', { name: '← Portefeuille' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
    await dialog.waitFor();
    await expectAccessible('07-quitter-sans-enregistrer');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(createdPath);
    expect(await page.getByLabel('Ville').inputValue()).toBe('Elbeuf');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Les modifications sont enregistrées.').waitFor();
  });

  it('finds the new person in the caseload by searching, without accents or case', async () => {
    await page.getByRole('link', { name: '← Portefeuille' }).click();
    await page.waitForURL(/\/personnes(\?.*)?$/);
    await page.getByText('9 personnes · votre portefeuille', { exact: true }).waitFor();
    await tabTo(page, page.getByLabel('Rechercher par nom ou prénom'));
    await page.keyboard.type('gaelle testeuse');
    await page.getByText('1 personne · votre portefeuille · recherche « gaelle testeuse »').waitFor();
    const row = page.locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.first().innerText()).toContain('TESTEUSE-NAVIGATEUR Gaëlle');
    expect(await row.first().innerText()).toContain('Elbeuf');
    await page.getByLabel('Rechercher par nom ou prénom').fill('personne-qui-n-existe-pas');
    await page.getByText('Aucune personne ne correspond à ces critères.').waitFor();
    await expectAccessible('08-recherche-vide');
  });

  it('pages through a large caseload with stable cursors', async () => {
    const db = new DataSource({ type: 'postgres', url: database.url });
    await db.initialize();
    try {
      const structureId = await anyStructureId(db);
      for (let i = 0; i < 60; i++)
        await buildPerson(db, structureId, { lastName: `Zpagination${String(i).padStart(2, '0')}`, firstName: 'Alix' });
    } finally {
      await db.destroy();
    }
    await page.goto('/personnes?conseiller=tous&q=zpagination');
    await page.getByText('60 personnes · toute la structure · recherche « zpagination »').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(50);
    expect(await page.locator('tbody tr').first().innerText()).toContain('ZPAGINATION00');
    await page.getByRole('button', { name: 'Page suivante →' }).click();
    await page.locator('tbody tr').first().getByText('ZPAGINATION50 Alix').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(10);
    expect(await page.getByRole('button', { name: 'Page suivante →' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '← Page précédente' }).click();
    await page.locator('tbody tr').first().getByText('ZPAGINATION00 Alix').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(50);
    await expectAccessible('09-pagination');
  });

  it('signs out, forgets the session’s data, and the caseload is then refused', async () => {
    await tabTo(page, page.getByRole('button', { name: 'Se déconnecter' }), 20);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/connexion$/);
    await page.getByText('Vous êtes déconnecté·e.').waitFor();
    await expectAccessible('10-deconnecte');

    // Back to the caseload: nothing from the cache, the server refuses, the sign-in page comes back.
    await page.goBack();
    await page.waitForURL(/\/connexion\?retour=/);
    expect(await page.locator('tbody tr').count()).toBe(0);
    await page.goto('/personnes');
    await page.waitForURL(/\/connexion\?retour=%2Fpersonnes/);

    const answer = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ persons { totalCount } }' }),
      });
      return (await res.json()) as { data: unknown; errors?: { extensions?: { code?: string } }[] };
    });
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
