import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';

export const PDFTOTEXT = '/usr/bin/pdftotext';

/**
 * The text of a PDF as poppler's `pdftotext` reads it, white space folded (a line break is a space); `null`, with a
 * loud warning, when pdftotext is missing — unless PDFTOTEXT_REQUIRED=1 (CI), where that is an error.
 */
export function pdfText(path: string): string | null {
  if (!existsSync(PDFTOTEXT)) {
    const message = `pdftotext introuvable (${PDFTOTEXT}) : le texte du PDF n’est PAS vérifié. Installez poppler-utils.`;
    if (process.env['PDFTOTEXT_REQUIRED'] === '1') throw new Error(`${message} (PDFTOTEXT_REQUIRED=1)`);
    console.warn(`\n\u001b[41m\u001b[97m ATTENTION \u001b[0m ${message}\n`);
    return null;
  }
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Clicks a download link and waits for the file the browser saves; returns its bytes and suggested name. */
export async function download(page: Page, link: Locator, saveAs: string): Promise<{ bytes: Buffer; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const failure = await (file as Download).failure();
  if (failure) throw new Error(`Téléchargement échoué : ${failure}`);
  await file.saveAs(saveAs);
  return { bytes: readFileSync(saveAs), name: file.suggestedFilename() };
}

/**
 * Waits until `card` shows `doneLabel`, looking at it every 100 ms (at most `timeoutMs`), and says whether its
 * progress bar was seen on the way. Nothing depends on how fast the worker is: a report ready at the first look is as
 * good as one followed from 0 %.
 */
export async function untilReportDone(
  card: Locator,
  doneLabel: string,
  failedLabel: string,
  timeoutMs = 60_000,
): Promise<{ progressSeen: boolean; doneAtFirstLook: boolean }> {
  const deadline = Date.now() + timeoutMs;
  let progressSeen = false;
  let looks = 0;
  for (;;) {
    looks++;
    if ((await card.getByRole('progressbar').count()) > 0) progressSeen = true;
    if ((await card.getByText(doneLabel, { exact: true }).count()) > 0)
      return { progressSeen, doneAtFirstLook: looks === 1 };
    if ((await card.getByText(failedLabel, { exact: true }).count()) > 0)
      throw new Error(`La génération du rapport a échoué :\n${await card.innerText()}`);
    if (Date.now() > deadline)
      throw new Error(`Rapport toujours pas prêt après ${timeoutMs / 1000} s :\n${await card.innerText()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
