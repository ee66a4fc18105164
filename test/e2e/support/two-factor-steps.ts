import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';

/**
 * Two-factor sign-in, as a person does it in the web app (issue 15, point 5). The codes are computed from the secret
 * the page shows, with the same library as the server (`otpauth`), as an authenticator app would.
 */

/** The last time step each secret had a code accepted: the server never accepts a step twice (replay). */
const lastStep = new Map<string, number>();
const PERIOD_MS = 30_000;

/**
 * A code the server will accept now: of the current step, or of the next one (the server accepts ±1 step) when the
 * current one is spent; waits for a new step only when both are.
 */
export async function nextTotpCode(secret: string): Promise<string> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  const spent = lastStep.get(secret) ?? -Infinity;
  let now = Math.floor(Date.now() / PERIOD_MS);
  let target = Math.max(now, spent + 1);
  if (target > now + 1) {
    await new Promise((r) => setTimeout(r, (target - 1) * PERIOD_MS - Date.now() + 200));
    now = Math.floor(Date.now() / PERIOD_MS);
    target = Math.max(now, spent + 1);
  }
  lastStep.set(secret, target);
  return totp.generate({ timestamp: target * PERIOD_MS + 1_000 });
}

export interface Enrolled {
  secret: string;
  recoveryCodes: string[];
}

/**
 * On « Sécurité du compte » (the signed-in user's page; where a user the structure requires it of is sent), turns
 * two-factor sign-in on: reads the secret shown in text, confirms with a code, notes the ten recovery codes.
 * `check(what)`, if given, is called on each screen (axe, screenshots). Returns the secret (and the codes).
 */
export async function enrolTwoFactorWithCodes(page: Page, check?: (what: string) => Promise<void>): Promise<Enrolled> {
  if (!page.url().endsWith('/compte/securite')) await page.goto('/compte/securite');
  await page.getByRole('heading', { name: 'Double authentification', level: 2 }).waitFor();
  await page.getByRole('button', { name: 'Activer la double authentification' }).click();
  const secretShown = page.getByTestId('totp-secret');
  await secretShown.waitFor();
  await page.getByRole('img', { name: /QR code à scanner/ }).waitFor();
  const secret = (await secretShown.innerText()).replace(/\s/g, '');
  await check?.('2fa-enrolment');
  await page.getByLabel('Code affiché par l’application').fill(await nextTotpCode(secret));
  await page.getByRole('button', { name: 'Confirmer l’activation' }).click();
  const list = page.getByRole('list', { name: 'Codes de secours' });
  await list.waitFor();
  const recoveryCodes = (await list.getByRole('listitem').allInnerTexts()).map((c) => c.trim());
  if (recoveryCodes.length !== 10) throw new Error(`10 codes de secours attendus, ${recoveryCodes.length} affichés`);
  await check?.('2fa-recovery-codes');
  await page.getByRole('button', { name: 'J’ai noté mes codes' }).click();
  await page
    .getByText(/Activée/)
    .first()
    .waitFor();
  return { secret, recoveryCodes };
}

/** Turns two-factor sign-in on for the signed-in user; returns the secret (for `signInWithTwoFactor`). */
export async function enrolTwoFactor(page: Page, check?: (what: string) => Promise<void>): Promise<string> {
  return (await enrolTwoFactorWithCodes(page, check)).secret;
}

/** Fills the password step on « /connexion »; the second step's screen follows when two-factor sign-in is on. */
async function passwordStep(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Vérification en deux étapes' }).waitFor();
}

/** Signs in with the password, then the code of the app computed from `secret`; waits until the app is shown. */
export async function signInWithTwoFactor(page: Page, email: string, password: string, secret: string): Promise<void> {
  await passwordStep(page, email, password);
  await page.getByLabel('Code de vérification').fill(await nextTotpCode(secret));
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

/** Signs in with the password, then a recovery code instead of the app's code. */
export async function signInWithRecoveryCode(
  page: Page,
  email: string,
  password: string,
  recoveryCode: string,
): Promise<void> {
  await passwordStep(page, email, password);
  await page.getByRole('button', { name: 'Utiliser un code de secours' }).click();
  await page.getByLabel('Code de secours').fill(recoveryCode);
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

/** Starts a sign-in that will need its second step (for tests of that screen). */
export { passwordStep as signInPasswordStep };
