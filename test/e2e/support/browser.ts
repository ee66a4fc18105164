import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium, or the one CHROME_PATH names. Browsers are never downloaded. */
export function findChromium(): string | null {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * `describe` when Chromium is there; otherwise a loud warning and a skipped block — unless E2E_REQUIRED=1 (CI),
 * where a missing browser is an error.
 */
export function describeInBrowser(name: string, fn: (executablePath: string) => void): void {
  const path = findChromium();
  if (path) {
    describe(name, () => fn(path));
    return;
  }
  const message = `Chromium introuvable (ni CHROME_PATH, ni /usr/bin/chromium) : les tests navigateur « ${name} » ne sont PAS exécutés. Installez-le : apt-get install -y chromium`;
  if (process.env['E2E_REQUIRED'] === '1') throw new Error(`${message} (E2E_REQUIRED=1)`);
  process.stderr.write(`\n\u001b[41m\u001b[97m ATTENTION \u001b[0m ${message}\n\n`);
  describe.skip(name, () => fn(''));
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** axe-core on the page as it is now (WCAG 2.1 A/AA rules, the basis of RGAA 4); returns serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/**
 * Presses Tab until `target` has the focus (at most `max` times), as a keyboard-only user would, and checks that the
 * focus is visible there. Fails if the element cannot be reached.
 */
export async function tabTo(page: Page, target: Locator, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      // Visible focus: the element looks different focused and unfocused (outline, ring or border).
      const visible = await target.evaluate((el) => {
        // The ring may be drawn by the element or by the input's wrapper (inputs with a button inside).
        const drawn = [el, el.parentElement, el.parentElement?.parentElement].filter((e): e is HTMLElement =>
          Boolean(e),
        );
        const look = () =>
          drawn
            .map((e) => {
              const s = getComputedStyle(e);
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|');
            })
            .join('/');
        const focused = look();
        const ok = el.matches(':focus-visible');
        (el as HTMLElement).blur();
        const unfocused = look();
        (el as HTMLElement).focus();
        return ok && focused !== unfocused;
      });
      if (!visible)
        throw new Error(`Le focus n’est pas visible sur ${await target.evaluate((el) => el.outerHTML.slice(0, 160))}`);
      return;
    }
  }
  throw new Error(`Élément non atteint au clavier en ${max} tabulations : ${target.toString()}`);
}
