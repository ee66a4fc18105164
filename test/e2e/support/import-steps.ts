import { basename, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Issue 15's caseload import, step by step in the web app, for a counsellor or a director already signed in: a
 * 30-row spreadsheet with 3 bad rows (dry run), the fixed file (dry run, import), the same file again (nothing
 * changes), then an imported person's file. Each step can follow the onboarding steps of a new structure.
 */
export const IMPORT_FIXTURES = resolve(__dirname, '../../fixtures/import');
export const FILE_WITH_ERRORS = resolve(IMPORT_FIXTURES, 'caseload-30-rows-3-errors.csv');
export const FIXED_FILE = resolve(IMPORT_FIXTURES, 'caseload-30-rows-fixed.csv');

/** Checks the page (axe, screenshot…) under a name; given by the spec. */
export type Check = (what: string) => Promise<void>;

/** Opens « Importer » from the navigation. */
export async function openImportPage(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Importer', exact: true }).click();
  await page.getByRole('heading', { name: 'Importer un tableur', level: 1 }).waitFor();
}

/** Uploads a file and waits for its columns. */
export async function uploadFile(page: Page, file: string): Promise<void> {
  await page.getByLabel('Fichier du tableur').setInputFiles(file);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/imports') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Déposer le fichier' }).click(),
  ]);
  await page.getByRole('heading', { name: '2. Vérifier les colonnes' }).waitFor();
  await page.getByText(`${basename(file)} :`).waitFor();
}

/** Runs the dry run and returns its summary line (« Essai : 27 créées, … »). */
export async function dryRun(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Faire un essai (rien n’est enregistré)' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'Essai :' });
  await summary.waitFor();
  return (await summary.innerText()).trim();
}

/** The rows shown with the outcome filter set to `label` (« Refusées »…): their text, one per row. */
export async function rowsWithOutcome(page: Page, section: string, label: string): Promise<string[]> {
  const region = page.getByRole('region', { name: section });
  await region.getByLabel('Afficher').selectOption({ label });
  const rows = region.getByRole('table', { name: /chaque ligne/ }).locator('tbody tr');
  return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Imports what the dry run showed and returns the closing line (« Import terminé : … »). */
export async function runImport(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^Importer/ }).click();
  const done = page.getByRole('status').filter({ hasText: 'Import terminé' });
  await done.waitFor();
  return (await done.innerText()).replace(/\s+/g, ' ').trim();
}

/**
 * The whole acceptance: upload with 3 bad rows → dry run (27 would be created, 3 refused with their column) → the
 * fixed file → dry run → import (30 created) → the same file again (30 unchanged) → an imported person's file.
 */
export async function importCaseloadSpreadsheet(page: Page, check: Check): Promise<void> {
  await openImportPage(page);
  await check('import-empty');

  await uploadFile(page, FILE_WITH_ERRORS);
  await expectSelected(page, 'Nom', 'Nom');
  await expectSelected(page, 'N° PASS IAE', 'N° PASS IAE');
  await expectSelected(page, 'Heures 09/2026', 'Heures travaillées du mois');
  await check('import-mapping');
  expect(await dryRun(page)).toContain('27 créées, 0 complétée, 0 inchangée, 3 refusées');
  const refused = await rowsWithOutcome(page, '3. Résultat de l’essai', 'Refusées');
  expect(refused).toEqual([
    expect.stringContaining('Colonne « Date de naissance » : Le 31/02/1979 n’existe pas dans le calendrier'),
    expect.stringContaining('Colonne « N° PASS IAE » : Le numéro de PASS IAE compte 12 caractères'),
    expect.stringContaining('Colonne « Heures hebdo » : La durée hebdomadaire saisie (60 h) dépasse le maximum légal'),
  ]);
  await check('import-dry-run-refusals');

  await uploadFile(page, FIXED_FILE);
  expect(await dryRun(page)).toContain('30 créées, 0 complétée, 0 inchangée, 0 refusée');
  expect(await runImport(page)).toContain('Import terminé : 30 créées, 0 complétée, 0 inchangée, 0 refusée.');
  await check('import-done');

  await uploadFile(page, FIXED_FILE);
  expect(await dryRun(page)).toContain('0 créée, 0 complétée, 30 inchangées, 0 refusée');
  expect(await runImport(page)).toContain('Import terminé : 0 créée, 0 complétée, 30 inchangées, 0 refusée.');
  const history = page.getByRole('table', { name: /import.*le plus récent d’abord/ });
  expect(await history.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
  await check('import-again-unchanged');

  await page.getByRole('region', { name: 'Import terminé' }).getByRole('link', { name: 'BENHAMOU Damien' }).click();
  await page.getByRole('heading', { name: 'Damien BENHAMOU' }).waitFor();
  await check('import-person');
}

async function expectSelected(page: Page, column: string, label: string): Promise<void> {
  const select = page.getByLabel(`Contenu de la colonne « ${column} »`);
  expect(await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(label);
}
