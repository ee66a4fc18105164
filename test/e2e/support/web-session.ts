import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { seriousA11yViolations } from './browser';
import { DEMO_PASSWORD } from './contract-steps';

/** Where the browser tests leave their screenshots (tmp/e2e-screens, at the root of the workspace). */
export const SCREENS = resolve(__dirname, '../../../tmp/e2e-screens');

/** A browser window as people in France have it: French, Paris time, reduced motion, a laptop's screen. */
export function frenchContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
}

/** Signs in on « /connexion » as a person would; the page's actions then wait up to 15 s. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  page.setDefaultTimeout(15_000);
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * `accessible(page, what)`: a full-page screenshot `<prefix>-<what>.png` in SCREENS, then a check that axe finds no
 * serious or critical violation (a failure names the screen).
 */
export function accessibilityCheck(prefix: string): (page: Page, what: string) => Promise<void> {
  return async (page, what) => {
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/${prefix}-${what}.png`, fullPage: true });
    expect({ page: what, violations: await seriousA11yViolations(page) }).toEqual({ page: what, violations: [] });
  };
}
