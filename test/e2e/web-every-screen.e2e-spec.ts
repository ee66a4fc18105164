import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { DIRECTOR_LINKS, PLACEHOLDERS, SCREEN_LOGINS, type Screen, SCREENS, type ScreenUser } from './support/screens';
import { frenchContext, SCREENS as SHOTS, signIn } from './support/web-session';

/**
 * Issue 17, point 8: every screen of `support/screens.ts`, at phone size (390×844) and at laptop size (1280×800).
 * Each is opened, screenshotted (tmp/e2e-screens/every-…), run through axe (WCAG 2.1 A/AA: no violation at all, of
 * any impact) and checked not to scroll sideways; at phone size the « Menu » button opens a panel with
 * « Se déconnecter ». One browser, one window per role, signed in once.
 */
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/** Every axe violation (all impacts), one line each. */
async function a11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/** The page's own sideways overflow (a table scrolling inside its region does not count). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Nothing still loading: no busy region, no skeleton. */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(() => !document.querySelector('[aria-busy="true"], .mantine-Skeleton-root'), undefined, {
      timeout: 10_000,
    })
    .catch(() => undefined);
}

describeInBrowser('web app: every screen at 390×844 and 1280×800', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    database = await createTestDatabase('tremplin_e2e_every_screen');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  describe('the director’s header', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await frenchContext(browser, api.url, { viewport: SIZES[1] });
      page = await context.newPage();
      await signIn(page, SCREEN_LOGINS.director);
      await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    });

    afterAll(async () => {
      await context?.close();
    });

    /** Shown whole: inside the window, and what is drawn at its centre is the element itself (not covered, not clipped). */
    const wholeOnScreen = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return box.left >= 0 && box.right <= window.innerWidth && box.width > 0 && Boolean(top && el.contains(top));
      });

    it('at 1280×800, every link, the notifications and « Se déconnecter » are shown whole', async () => {
      await page.setViewportSize(SIZES[1]);
      await page.goto('/tableau-de-bord');
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      for (const label of DIRECTOR_LINKS)
        expect({ label, whole: await wholeOnScreen(nav.getByRole('link', { name: label, exact: true })) }).toEqual({
          label,
          whole: true,
        });
      expect(await wholeOnScreen(page.getByRole('button', { name: /^Notifications/ }))).toBe(true);
      expect(await wholeOnScreen(page.getByRole('button', { name: 'Se déconnecter' }))).toBe(true);
      expect(await wholeOnScreen(page.getByRole('link', { name: /\(mon compte\)$/ }))).toBe(true);
      expect(await page.getByRole('button', { name: 'Menu', exact: true }).count()).toBe(0);
    });

    it('at 390×844, « Menu » opens a panel with every link and « Se déconnecter »; the focus stays in it; Escape and a link close it', async () => {
      await page.setViewportSize(SIZES[0]);
      await page.goto('/personnes');
      // The caseload is cards on a phone.
      await page
        .getByRole('list', { name: 'Personnes du portefeuille, triées par nom' })
        .getByRole('link')
        .first()
        .waitFor();
      expect(await page.locator('table').count()).toBe(0);
      expect(await page.getByRole('navigation', { name: 'Navigation principale' }).count()).toBe(0);
      const menu = page.getByRole('button', { name: 'Menu', exact: true });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      const controls = await menu.getAttribute('aria-controls');
      expect(controls).toBeTruthy();

      await menu.click();
      const panel = page.getByRole('dialog', { name: 'Menu' });
      await panel.waitFor();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator(`[id="${controls}"]`).count()).toBe(1);
      const nav = panel.getByRole('navigation', { name: 'Navigation principale' });
      for (const label of DIRECTOR_LINKS) await nav.getByRole('link', { name: label, exact: true }).waitFor();
      await panel.getByRole('link', { name: 'Mon compte' }).waitFor();
      await panel.getByRole('button', { name: 'Se déconnecter' }).waitFor();
      // The focus never leaves the panel.
      for (let i = 0; i < DIRECTOR_LINKS.length + 6; i++) {
        await page.keyboard.press('Tab');
        expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      }
      // Escape closes it and gives the focus back to « Menu ».
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
      // A link goes there and closes it.
      await menu.click();
      await panel.getByRole('link', { name: 'Financements', exact: true }).click();
      await page.waitForURL(/\/financements$/);
      await panel.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { level: 1, name: 'Financements' }).waitFor();
    });
  });

  const users = [...new Set(SCREENS.map((s) => s.user))];
  describe.each(users)('%s', (user: ScreenUser) => {
    let context: BrowserContext;
    let page: Page;
    const values: Record<string, string> = {};

    beforeAll(async () => {
      context = await frenchContext(browser, api.url, { viewport: SIZES[1] });
      page = await context.newPage();
      page.setDefaultTimeout(30_000);
      if (user !== 'visitor') {
        await signIn(page, SCREEN_LOGINS[user]);
        await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
      }
      // The records the paths name (a person, an agreement…): the first of their list.
      const needed = Object.keys(PLACEHOLDERS).filter((k) =>
        SCREENS.some((s) => s.user === user && s.path.includes(k)),
      );
      for (const key of needed) {
        await page.goto(PLACEHOLDERS[key].list);
        const link = page.locator(PLACEHOLDERS[key].link).first();
        await link.waitFor();
        values[key] = (await link.getAttribute('href'))!.split('/').filter(Boolean)[PLACEHOLDERS[key].at];
      }
    });

    afterAll(async () => {
      await context?.close();
    });

    const resolve = (path: string) => Object.keys(values).reduce((p, key) => p.replace(key, values[key]), path);

    const open = async (screen: Screen) => {
      await page.goto(resolve(screen.path));
      const w = screen.waitFor;
      const target =
        typeof w === 'function'
          ? w(page)
          : page.getByRole('heading', {
              level: 1,
              ...(w === undefined ? {} : { name: w, exact: typeof w === 'string' }),
            });
      await target.first().waitFor();
      await settled(page);
      if (screen.then) await screen.then(page);
    };

    const screens = SCREENS.filter((s) => s.user === user);
    describe.each(SIZES.map((s) => [`${s.width}×${s.height}`, s] as const))('at %s', (_label, size) => {
      beforeAll(async () => {
        await page.setViewportSize(size);
      });

      it.each(screens.map((s) => [s.name, s] as const))(
        '%s: axe finds nothing, no sideways scroll',
        async (name, screen) => {
          await open(screen);
          await page.screenshot({ path: `${SHOTS}/every-${user}-${name}-${size.width}.png`, fullPage: true });
          expect({ screen: name, violations: await a11yViolations(page) }).toEqual({ screen: name, violations: [] });
          expect({ screen: name, overflow: await pageOverflow(page) }).toEqual({ screen: name, overflow: 0 });
          if (user === 'visitor' || size.width > 900) return;
          // On a phone the header is one « Menu » button: its panel holds « Se déconnecter ».
          await page.keyboard.press('Escape');
          const menu = page.getByRole('button', { name: 'Menu', exact: true });
          await menu.click();
          const panel = page.getByRole('dialog', { name: 'Menu' });
          await panel.getByRole('button', { name: 'Se déconnecter' }).waitFor();
          await page.keyboard.press('Escape');
          await panel.waitFor({ state: 'hidden' });
        },
      );
    });
  });
});
