import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium, tabTo } from './support/browser';
import { fill } from './support/pathway-steps';
import { LANDLORD } from './support/portal-steps';
import { accessibilityCheck, frenchContext, signIn } from './support/web-session';

const DEMO_ADMIN = 'admin@tremplin.demo';
const ORGANISATION = 'Logis de la Seine E2E';
const REVIEWER = { firstName: 'Inès', lastName: 'Moreau', email: 'ines.moreau@logis-seine-e2e.example' };
/** Rouen Habitat's SIRET in the demo, then a valid one nobody has. */
const TAKEN_SIRET = '413 027 689 00020';
const FREE_SIRET = '732 829 320 00074';

/**
 * Issue 5, item 1, in Chromium: the administrator finds the demo's landlords on « Partenaires employeurs », creates an
 * organisation (a duplicate SIRET is refused next to its field, nothing typed is lost), adds a site and renames it,
 * creates a reviewer's account and reads its one-time password; the reviewer signs in with it, at another computer,
 * and lands on their organisation's portal. The administrator then deactivates the account (confirmed, with the
 * keyboard): the reviewer's session ends and the password no longer opens Tremplin. Every screen is checked with axe.
 */
describeInBrowser('web app: the administrator manages partner organisations and their reviewers', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let adminContext: BrowserContext;
  let reviewerContext: BrowserContext;
  let admin: Page;
  let reviewer: Page;
  let password = '';

  const accessible = accessibilityCheck('admin-partners');
  const card = (): Locator => admin.getByRole('region', { name: ORGANISATION, exact: true });
  const dialog = (name: string): Locator => admin.getByRole('dialog', { name });

  beforeAll(async () => {
    database = await createTestDatabase('tremplin_e2e_admin_partners');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    browser = await launchChromium(chromiumPath);
    adminContext = await frenchContext(browser, api.url);
    reviewerContext = await frenchContext(browser, api.url);
    admin = await adminContext.newPage();
    reviewer = await reviewerContext.newPage();
    await signIn(admin, DEMO_ADMIN);
    await admin.getByRole('heading', { level: 1, name: 'Bonjour Alex' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('lists the partner organisations with their sites and accounts, with a search', async () => {
    await admin
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', {
        name: 'Partenaires employeurs',
      })
      .click();
    await admin.waitForURL(/\/administration\/partenaires$/);
    await admin.getByRole('heading', { level: 1, name: 'Partenaires employeurs' }).waitFor();
    const landlord = admin.getByRole('region', { name: LANDLORD, exact: true });
    await landlord
      .getByRole('table', { name: `Comptes de ${LANDLORD}` })
      .getByText('rh@rouen-habitat.demo')
      .waitFor();
    await admin.getByText(/^7 organisations · \d+ sites · \d+ comptes actifs$/).waitFor();
    await accessible(admin, '01-liste');

    const search = admin.getByRole('searchbox', { name: /^Rechercher une organisation/ });
    await search.fill('rh@rouen-habitat');
    await admin.getByText('1 organisation pour ces critères').waitFor();
    await landlord.waitFor();
    await search.fill('introuvable');
    await admin.getByText('Aucune organisation ne correspond à ces critères.').waitFor();
    await accessible(admin, '02-recherche-vide');
    await admin.getByRole('button', { name: 'Effacer les filtres' }).first().click();
    await admin.getByText(/^7 organisations · /).waitFor();
  });

  it('creates an organisation: errors next to their fields, a duplicate SIRET refused, nothing typed lost', async () => {
    await admin.getByRole('button', { name: 'Ajouter une organisation', exact: true }).click();
    const form = dialog('Ajouter une organisation partenaire');
    await form.waitFor();
    await fill(form, { 'SIRET (facultatif)': '123' });
    await form.getByRole('button', { name: 'Ajouter l’organisation' }).click();
    const summary = form.getByRole('alert');
    await summary.getByText('Nom de l’organisation : champ obligatoire.').waitFor();
    await summary.getByText(/SIRET \(facultatif\) : 14 chiffres attendus/).waitFor();
    await accessible(admin, '03-organisation-erreurs');

    await fill(form, {
      'Nom de l’organisation': ORGANISATION,
      'Ville (facultatif)': 'Rouen',
      'SIRET (facultatif)': TAKEN_SIRET,
    });
    await form.getByRole('button', { name: 'Ajouter l’organisation' }).click();
    await form.getByText(`Ce SIRET est déjà celui de l’organisation « ${LANDLORD} ».`).first().waitFor();
    // The refusal kept what was typed.
    expect(await form.getByLabel(/^Nom de l’organisation/).inputValue()).toBe(ORGANISATION);
    expect(await form.getByLabel(/^Ville/).inputValue()).toBe('Rouen');

    await fill(form, { 'SIRET (facultatif)': FREE_SIRET });
    await form.getByRole('button', { name: 'Ajouter l’organisation' }).click();
    await form.waitFor({ state: 'detached' });
    await admin.getByRole('status').getByText(`L’organisation « ${ORGANISATION} » est créée`).waitFor();
    await card().getByText(`Rouen · SIRET ${FREE_SIRET}`).waitFor();
    // The new organisation's heading has the focus: the keyboard goes on from there.
    await admin.waitForFunction((name) => document.activeElement?.textContent === name, ORGANISATION);
    await card()
      .getByText(/^Aucun site/)
      .waitFor();
    await admin.getByText(/^8 organisations · /).waitFor();
  });

  it('adds a site and renames it', async () => {
    await card()
      .getByRole('button', { name: `Ajouter un site à ${ORGANISATION}` })
      .click();
    const add = dialog(`Ajouter un site à ${ORGANISATION}`);
    await fill(add, {
      'Nom du site': 'Résidence Les Peupliers',
      'Adresse (facultatif)': '12 rue des Peupliers',
      'Code postal (facultatif)': '7600',
      'Ville (facultatif)': 'Rouen',
    });
    await add.getByRole('button', { name: 'Ajouter le site' }).click();
    await add.getByRole('alert').getByText('Code postal (facultatif) : cinq chiffres, par exemple 76000.').waitFor();
    await fill(add, { 'Code postal (facultatif)': '76000' });
    await add.getByRole('button', { name: 'Ajouter le site' }).click();
    await add.waitFor({ state: 'detached' });
    const sites = card().getByRole('table', { name: `Sites de ${ORGANISATION}` });
    await sites.getByText('12 rue des Peupliers, 76000 Rouen').waitFor();

    await sites.getByRole('button', { name: 'Renommer le site Résidence Les Peupliers' }).click();
    const rename = dialog('Renommer le site Résidence Les Peupliers');
    await fill(rename, { 'Nom du site': 'Résidence Les Saules' });
    await rename.getByRole('button', { name: 'Enregistrer le site' }).click();
    await rename.waitFor({ state: 'detached' });
    await sites.getByRole('cell', { name: 'Résidence Les Saules', exact: true }).waitFor();
    expect(await sites.getByText('Résidence Les Peupliers').count()).toBe(0);
  });

  it('creates a reviewer and shows their initial password once', async () => {
    await card()
      .getByRole('button', { name: `Ajouter un compte chez ${ORGANISATION}` })
      .click();
    const form = dialog(`Ajouter un compte chez ${ORGANISATION}`);
    await fill(form, { Prénom: REVIEWER.firstName, Nom: REVIEWER.lastName, 'Adresse e-mail': 'RH@rouen-habitat.demo' });
    await form.getByRole('button', { name: 'Créer le compte' }).click();
    // The address is taken (whatever its case): said next to the field.
    await form
      .getByText(/Un compte Tremplin utilise déjà cette adresse e-mail/)
      .first()
      .waitFor();
    await accessible(admin, '04-compte-refuse');
    expect(await form.getByLabel(/^Prénom/).inputValue()).toBe(REVIEWER.firstName);
    await fill(form, { 'Adresse e-mail': REVIEWER.email });
    await form.getByRole('button', { name: 'Créer le compte' }).click();

    const shown = dialog(`Mot de passe de ${REVIEWER.firstName} ${REVIEWER.lastName}`);
    await shown.waitFor();
    password = (await shown.getByTestId('initial-password').innerText()).trim();
    expect(password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    await shown.getByText(REVIEWER.email).waitFor();
    await accessible(admin, '05-mot-de-passe');
    await shown.getByRole('button', { name: 'J’ai noté le mot de passe' }).click();
    await shown.waitFor({ state: 'detached' });
    const accounts = card().getByRole('table', { name: `Comptes de ${ORGANISATION}` });
    await accounts.getByRole('row', { name: new RegExp(`${REVIEWER.email}.*Actif.*Jamais connecté·e`) }).waitFor();
    // Shown once: it is nowhere on the page any more.
    expect(await admin.locator('body').innerText()).not.toContain(password);
  });

  it('lets the reviewer sign in with it and see their organisation’s portal', async () => {
    await signIn(reviewer, REVIEWER.email, password);
    // A one-time password: the reviewer chooses her own before anything else (issue 15, docs/security.md).
    await reviewer.waitForURL(/\/mon-compte$/);
    await accessible(reviewer, '06a-mot-de-passe-provisoire');
    await reviewer.getByLabel(/^Mot de passe actuel/).fill(password);
    await reviewer.getByLabel(/^Nouveau mot de passe/).fill('lanterne violette sous la pluie');
    await reviewer.getByRole('button', { name: 'Changer mon mot de passe' }).click();
    await reviewer.getByText(/^Mot de passe changé\./).waitFor();
    await reviewer.goto('/portail');
    await reviewer.waitForURL(/\/portail$/);
    await reviewer.getByRole('heading', { level: 1, name: 'Portail employeur' }).waitFor();
    await reviewer.getByText(ORGANISATION, { exact: true }).first().waitFor();
    expect(await reviewer.getByText(LANDLORD).count()).toBe(0);
    await accessible(reviewer, '06-portail-du-nouveau-compte');
  });

  it('deactivates the account after a confirmation, with the keyboard: the session ends, the password fails', async () => {
    await admin.reload();
    const accounts = card().getByRole('table', { name: `Comptes de ${ORGANISATION}` });
    await accounts
      .getByRole('row', { name: new RegExp(REVIEWER.email) })
      .getByText(/^\d{2}\/\d{2}\/\d{4} à /)
      .waitFor();
    const deactivate = accounts.getByRole('button', {
      name: `Désactiver le compte de ${REVIEWER.firstName} ${REVIEWER.lastName}`,
    });
    await deactivate.focus();
    await admin.keyboard.press('Shift+Tab');
    await tabTo(admin, deactivate, 3);
    await admin.keyboard.press('Enter');
    const confirm = dialog(`Désactiver le compte de ${REVIEWER.firstName} ${REVIEWER.lastName} ?`);
    await confirm.waitFor();
    // The safe choice has the focus; Escape closes without changing anything.
    await admin.waitForFunction(() => document.activeElement?.textContent === 'Garder le compte actif');
    await accessible(admin, '07-confirmation');
    await admin.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    await accounts.getByText('Actif', { exact: true }).waitFor();

    await deactivate.focus();
    await admin.keyboard.press('Enter');
    await confirm.waitFor();
    await admin.keyboard.press('Tab');
    await admin.waitForFunction(() => document.activeElement?.textContent === 'Désactiver le compte');
    await admin.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await accounts.getByText('Désactivé', { exact: true }).waitFor();
    await accounts
      .getByRole('button', { name: `Réactiver le compte de ${REVIEWER.firstName} ${REVIEWER.lastName}` })
      .waitFor();

    // At the reviewer's computer: the next page asks to sign in again, and the password no longer works.
    await reviewer.reload();
    await reviewer.waitForURL(/\/connexion/);
    await signIn(reviewer, REVIEWER.email, password);
    await reviewer.getByRole('alert').getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
  });
});
