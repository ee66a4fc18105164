import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestDatabase, linkIn, type LocalSmtp, startLocalSmtp, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium, seriousA11yViolations } from './support/browser';
import { importCaseloadSpreadsheet } from './support/import-steps';
import { enrolTwoFactor, signInWithTwoFactor } from './support/two-factor-steps';

/**
 * Issue 15's go-live acceptance, in Chromium, from an EMPTY database (SEED_DEMO=false): admin:create → the
 * administrator chooses her password from the printed link → creates a structure → invites a director (the link is
 * read from the local SMTP server) → the director chooses her password, signs in, turns on two-factor sign-in (and
 * signs in again with a code), invites a counsellor → the
 * counsellor chooses hers, signs in, imports the 30-row spreadsheet with 3 bad rows → opens an imported person.
 * Every screen is checked with axe.
 */
const ROOT = resolve(__dirname, '../..');
const CREATE_ADMIN = resolve(ROOT, 'dist/apps/api/apps/api/src/tools/create-admin.js');
const SHOTS = resolve(ROOT, 'tmp/e2e-screens/go-live');
const PASSWORDS = {
  admin: 'plateforme tremplin rouen solide',
  director: 'cheval agrafe batterie correcte',
  counsellor: 'lanterne violette sous la pluie',
};

describeInBrowser('web app: a real structure goes live from an empty database', (chromiumPath) => {
  let database: TestDatabase;
  let smtp: LocalSmtp;
  let api: ApiProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const check = async (what: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/${what}.png`, fullPage: true });
    expect({ page: what, violations: await seriousA11yViolations(page) }).toEqual({ page: what, violations: [] });
  };

  /** Opens a set-password link, checks the rule is shown before typing, sets the password, lands on sign-in. */
  const choosePassword = async (url: string, password: string, what: string) => {
    const path = url.replace(/^https?:\/\/[^/]+/, '');
    await page.goto(path);
    await page.getByRole('heading', { name: 'Choisir mon mot de passe' }).waitFor();
    await page.getByText(/Au moins 12 caractères/).waitFor();
    await check(`${what}-set-password`);
    await page.getByLabel(/^Nouveau mot de passe/).fill('azertyuiop123');
    await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click();
    await page.getByText(/trop facile à deviner/).waitFor();
    await check(`${what}-set-password-refused`);
    await page.getByLabel(/^Nouveau mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click();
    await page.getByText('Votre mot de passe est enregistré.', { exact: false }).waitFor();
  };

  const signIn = async (email: string, password: string) => {
    if (!page.url().includes('/connexion')) await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  };

  const signOut = async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/connexion/);
  };

  const invite = async (email: string, firstName: string, lastName: string, role: string) => {
    await page.getByLabel(/^Adresse e-mail/).fill(email);
    await page.getByLabel('Rôle', { exact: true }).selectOption({ label: role });
    await page.getByLabel(/^Prénom/).fill(firstName);
    await page.getByLabel(/^Nom/).fill(lastName);
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.getByText(`Invitation envoyée à ${email}`).waitFor();
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    database = await createTestDatabase('tremplin_e2e_go_live');
    smtp = await startLocalSmtp();
    api = await startApiProcess({
      databaseUrl: database.url,
      serveWeb: true,
      env: { SEED_DEMO: 'false', SMTP_URL: smtp.url },
    });
    browser = await launchChromium(chromiumPath);
    context = await browser.newContext({
      baseURL: api.url,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await smtp?.close();
    await database?.drop();
  });

  it('admin:create → structure → director → counsellor → caseload import → an imported person', async () => {
    // 1. admin:create on the empty database (the built tool, as `npm run admin:create -- <email>` runs it).
    // Asynchronous: the test database may be an embedded one served by this very process.
    const { stdout: out } = await promisify(execFile)(
      process.execPath,
      [CREATE_ADMIN, 'nadia.benali@tremplin.example'],
      {
        cwd: ROOT,
        env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: database.url, PUBLIC_URL: api.url, LOG_LEVEL: 'warn' },
        encoding: 'utf8',
      },
    );
    const adminLink = /(http\S+#jeton=[\w-]+)/.exec(out)?.[1];
    expect(adminLink).toBeDefined();
    await choosePassword(adminLink!, PASSWORDS.admin, 'admin');
    await check('sign-in-after-password');
    // « Mot de passe oublié ? »: the same answer for any address; the e-mail carries a 1-hour link.
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
    await check('forgot-password');
    await page.getByLabel(/^Adresse e-mail/).fill('nadia.benali@tremplin.example');
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await page.getByRole('status').filter({ hasText: 'Si un compte existe pour cette adresse' }).waitFor();
    await check('forgot-password-sent');
    expect((await smtp.waitFor('nadia.benali@tremplin.example', /60 minutes/)).subject).toBe(
      'Tremplin : choisir un nouveau mot de passe',
    );
    await page.getByRole('link', { name: 'Retour à la connexion' }).click();
    await signIn('nadia.benali@tremplin.example', PASSWORDS.admin);

    // 2. The administrator creates the structure.
    await page.getByRole('link', { name: 'Structures', exact: true }).click();
    await page.getByRole('heading', { name: 'Structures', level: 1 }).waitFor();
    await check('admin-structures-empty');
    const form = page.getByRole('form', { name: 'Nouvelle structure' });
    await form.getByLabel('Nom de la structure').fill('Rouen Insertion Chantiers');
    await form.getByLabel('Type de structure').selectOption('ACI');
    await form.getByLabel(/^SIRET/).fill('732 829 320 00075');
    await form.getByLabel(/^Département/).fill('76');
    await form.getByRole('button', { name: 'Créer la structure' }).click();
    await page
      .getByText(/clé de contrôle \(Luhn\)/)
      .first()
      .waitFor();
    await check('admin-structure-siret-refused');
    await form.getByLabel(/^SIRET/).fill('732 829 320 00074');
    await form.getByRole('button', { name: 'Créer la structure' }).click();
    await page.getByText('Structure « Rouen Insertion Chantiers » créée.').waitFor();
    await check('admin-structure-created');

    // 3. …and invites its director.
    await page.getByRole('link', { name: 'Équipe de Rouen Insertion Chantiers' }).click();
    await page.getByRole('heading', { name: 'Équipe', level: 1 }).waitFor();
    await invite('sophie.leroy@rouen-chantiers.example', 'Sophie', 'Leroy', 'Direction');
    await check('admin-team-invited');
    await signOut();

    // 4. The director chooses her password from the e-mail and signs in.
    const directorMail = await smtp.waitFor('sophie.leroy@rouen-chantiers.example');
    await choosePassword(linkIn(directorMail).url, PASSWORDS.director, 'director');
    await signIn('sophie.leroy@rouen-chantiers.example', PASSWORDS.director);
    // 4b. She requires two-factor sign-in of the direction, enrols her authenticator app (she is the first concerned),
    // and signs in again with a code: the password alone no longer opens the session.
    await page.getByRole('link', { name: /mon compte/i }).click();
    await page.getByRole('link', { name: /Sécurité du compte/ }).click();
    await page.getByRole('heading', { name: 'Sécurité du compte' }).waitFor();
    await page.getByLabel('Exiger la double authentification pour la direction de la structure').click();
    await page
      .getByText('Votre structure exige la double authentification pour votre compte', { exact: false })
      .waitFor();
    await check('director-two-factor-required');
    const secret = await enrolTwoFactor(page, check);
    await signOut();
    await signInWithTwoFactor(page, 'sophie.leroy@rouen-chantiers.example', PASSWORDS.director, secret);
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();

    // 5. The director invites a counsellor.
    await page.getByRole('link', { name: 'Équipe', exact: true }).click();
    await page.getByRole('heading', { name: 'Équipe', level: 1 }).waitFor();
    await invite('karim.haddad@rouen-chantiers.example', 'Karim', 'Haddad', 'Chargé·e d’insertion');
    await check('director-team-invited');
    await signOut();

    // 6. The counsellor chooses his password, signs in and imports the caseload.
    const counsellorMail = await smtp.waitFor('karim.haddad@rouen-chantiers.example');
    await choosePassword(linkIn(counsellorMail).url, PASSWORDS.counsellor, 'counsellor');
    await signIn('karim.haddad@rouen-chantiers.example', PASSWORDS.counsellor);
    await importCaseloadSpreadsheet(page, check);

    // « Mon compte »: the password rule is shown before typing.
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await page.getByRole('heading', { name: 'Mon compte', level: 1 }).waitFor();
    await page.getByText(/Au moins 12 caractères/).waitFor();
    await check('counsellor-my-account');
  }, 400_000);
});
