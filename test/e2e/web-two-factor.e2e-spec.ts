import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { DEMO_DIRECTOR, DEMO_PASSWORD } from './support/contract-steps';
import {
  enrolTwoFactorWithCodes,
  signInPasswordStep,
  signInWithRecoveryCode,
  signInWithTwoFactor,
} from './support/two-factor-steps';
import { accessibilityCheck, frenchContext, signIn } from './support/web-session';

/**
 * Issue 15 (point 5) in Chromium, on the demo data: the director requires two-factor sign-in of the direction, is
 * sent to the enrolment until she has enrolled (reading the secret on the page, computing the code as her app
 * would), signs out and back in with a code, then with a recovery code, and ends another session from « Mes
 * sessions ». The director then reads these events in « Équipe » (« Sécurité du compte »). Every screen is checked with
 * axe.
 */
describeInBrowser('web app: two-factor sign-in and « Mes sessions »', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const accessible = accessibilityCheck('two-factor');

  beforeAll(async () => {
    database = await createTestDatabase('tremplin_e2e_two_factor');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    browser = await launchChromium(chromiumPath);
    context = await frenchContext(browser, api.url);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  const signOut = async (p: Page) => {
    await p.getByRole('button', { name: 'Se déconnecter' }).click();
    await p.waitForURL(/\/connexion$/);
  };

  it('requires, enrols, signs in with a code and with a recovery code, ends another session', async () => {
    await signIn(page, DEMO_DIRECTOR, DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));

    // The director requires two-factor sign-in of the direction: she is the first concerned.
    await page.getByRole('link', { name: /mon compte/i }).click();
    await page.getByRole('link', { name: /Sécurité du compte/ }).click();
    await page.getByRole('heading', { name: 'Sécurité du compte' }).waitFor();
    await accessible(page, 'security-off');
    // Saved at once (the switch follows the server's answer).
    await page.getByLabel('Exiger la double authentification pour la direction de la structure').click();
    await page
      .getByText('Votre structure exige la double authentification pour votre compte', { exact: false })
      .waitFor();
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).count()).toBe(0);
    // Nothing else is open until she has enrolled.
    await page.goto('/personnes');
    await page.waitForURL(/\/compte\/securite$/);
    await accessible(page, 'enrolment-required');

    const { secret, recoveryCodes } = await enrolTwoFactorWithCodes(page, (what) => accessible(page, what));
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    await page.getByText('Codes de secours restants : 10', { exact: false }).waitFor();
    await accessible(page, 'security-on');

    // Signed out, the password is no longer enough.
    await signOut(page);
    await signInPasswordStep(page, DEMO_DIRECTOR, DEMO_PASSWORD);
    await accessible(page, 'second-step');
    await page.getByLabel('Code de vérification').fill('000000');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('alert').filter({ hasText: 'Code incorrect' }).waitFor();
    await accessible(page, 'second-step-wrong-code');
    expect(new URL(page.url()).pathname).toBe('/connexion');

    await signInWithTwoFactor(page, DEMO_DIRECTOR, DEMO_PASSWORD, secret);
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();

    // A recovery code instead of the phone, once.
    await signOut(page);
    await signInWithRecoveryCode(page, DEMO_DIRECTOR, DEMO_PASSWORD, recoveryCodes[0]);
    await page.goto('/compte/securite');
    await page.getByText('Codes de secours restants : 9', { exact: false }).waitFor();

    // Another device signs in; « Mes sessions » ends it at once.
    const otherContext = await frenchContext(browser, api.url);
    const other = await otherContext.newPage();
    other.setDefaultTimeout(15_000);
    await signInWithTwoFactor(other, DEMO_DIRECTOR, DEMO_PASSWORD, secret);

    await page.getByRole('link', { name: 'sessions ouvertes' }).click();
    await page.getByRole('heading', { name: 'Mes sessions' }).waitFor();
    await page.getByText('2 sessions ouvertes').waitFor();
    await page.getByText('Cette session').waitFor();
    await accessible(page, 'my-sessions');
    await page.getByRole('button', { name: /^Terminer la session/ }).click();
    await page.getByRole('status').filter({ hasText: 'terminée' }).waitFor();
    await page.getByText('1 session ouverte').waitFor();

    await other.goto('/personnes');
    await other.waitForURL(/\/connexion/);
    await otherContext.close();

    // The director reads these events in « Équipe », « Sécurité du compte » of the member (here, her own account).
    await page.goto('/equipe');
    await page.getByRole('heading', { name: 'Membres de l’équipe' }).waitFor();
    const open = page.getByRole('button', { name: /^Sécurité du compte de Sophie Lefebvre/ });
    await open.click();
    const history = page.getByRole('table', { name: 'Sécurité du compte de Sophie Lefebvre' });
    await history.waitFor();
    for (const label of [
      'Double authentification activée',
      'Code de double authentification refusé',
      'Connexion avec un code de secours',
      'Sessions terminées depuis « Mes sessions »',
    ])
      await history.getByRole('cell', { name: label, exact: true }).first().waitFor();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    await accessible(page, 'team-account-security');
    await page.setViewportSize({ width: 390, height: 844 });
    await accessible(page, 'team-account-security-390');
    await page.getByRole('button', { name: 'Fermer la sécurité du compte de Sophie Lefebvre' }).click();
    expect(await history.count()).toBe(0);
  });
});
