import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  formatFigureValue,
  rateBp,
  REPORT_JOB_STATUS_LABELS,
  REPORT_KIND_LABELS,
  ReportJobStatus,
  ReportKind,
} from '@tremplin/domain';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium, seriousA11yViolations, tabTo } from './support/browser';
import { DEMO_COUNSELLOR, DEMO_DIRECTOR, DEMO_PASSWORD } from './support/contract-steps';
import { frDate } from './support/pathway-steps';
import { download, pdfText, untilReportDone } from './support/report-steps';

/**
 * Issue 6, in Chromium: a director opens the dashboard, sets the period to this year, clicks a figure and reads the
 * records behind it (as many as the figure says); then on « Rapports aux financeurs » generates the FSE+ agreement's
 * report, follows it until it is ready, downloads the PDF (a real PDF, whose text names the structure and the report)
 * and the spreadsheet (a real .xlsx). A counsellor has no « Rapports » and is refused the page. Both pages pass axe;
 * « Générer le rapport » is reached with the keyboard.
 */
const SHOTS = resolve(__dirname, '../../tmp/e2e-screens');
const STRUCTURE = 'Rouen Insertion Emploi';
const FSE_AGREEMENT = 'FSE-2026-NOR-IAE-0421';
const CITY_AGREEMENT = 'PV-MRN-2026-GARDIENS';
const READY = REPORT_JOB_STATUS_LABELS[ReportJobStatus.DONE];
const FAILED = REPORT_JOB_STATUS_LABELS[ReportJobStatus.FAILED];

describeInBrowser('web app: the director’s dashboard and a funder report', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let directorContext: BrowserContext;
  let page: Page;
  let downloads: string;
  const year = frDate(0).slice(6);

  const accessible = async (p: Page, what: string) => {
    await p.screenshot({ path: `${SHOTS}/reports-${what}.png`, fullPage: true });
    expect({ page: what, violations: await seriousA11yViolations(p) }).toEqual({ page: what, violations: [] });
  };
  const newContext = () =>
    browser.newContext({
      baseURL: api.url,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
  const signIn = async (p: Page, email: string) => {
    p.setDefaultTimeout(15_000);
    await p.goto('/connexion');
    await p.getByLabel('Adresse e-mail').fill(email);
    await p.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await p.getByRole('button', { name: 'Se connecter' }).click();
    await p.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  };
  const nav = (p: Page): Locator => p.getByRole('navigation', { name: 'Navigation principale' });
  const form = (): Locator => page.getByRole('region', { name: 'Nouveau rapport', exact: true });
  const generated = (): Locator => page.getByRole('region', { name: 'Rapports générés', exact: true });
  const field = (label: string): Locator =>
    form()
      .getByLabel(new RegExp(`^${label}`))
      .and(form().locator('input, select'));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    downloads = mkdtempSync(join(tmpdir(), 'tremplin-e2e-reports-'));
    database = await createTestDatabase('tremplin_e2e_reports');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    browser = await launchChromium(chromiumPath);
    directorContext = await newContext();
    page = await directorContext.newPage();
    await signIn(page, DEMO_DIRECTOR);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('shows this year’s dashboard; a figure opens the records behind it, as many as it says', async () => {
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await page.waitForURL(/\/tableau-de-bord/);
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    const period = page.getByRole('search');
    await period.getByRole('textbox', { name: /^Du( \*)?$/ }).fill(`01/01/${year}`);
    await period.getByRole('textbox', { name: /^Au( \*)?$/ }).fill(`31/12/${year}`);
    await period.getByRole('button', { name: 'Afficher', exact: true }).click();
    // The figures read below are this year's, not those of the period shown before « Afficher » (still on screen,
    // marked busy, while the new ones load).
    const figures = page.getByRole('region', { name: 'Chiffres de la période' });
    await page.getByText(`du 01/01/${year} au 31/12/${year}`, { exact: false }).first().waitFor();
    await figures.and(page.locator('[aria-busy="false"]')).waitFor();

    // « Sorties » (every exit of the period) is drillable: its button names the figure, then its value.
    const exits = page.getByRole('button', { name: /^Sorties\s+\d/ }).first();
    await exits.waitFor();
    const name = (await exits.getAttribute('aria-label')) ?? (await exits.innerText());
    const value = Number(/^Sorties\s+(\d+)/.exec(name.replace(/[\s\u00a0\u202f]+/g, ' '))?.[1]);
    expect(value).toBeGreaterThan(0);
    // The drawer shows 50 records before « Voir plus »: the demo's exits of the year are fewer.
    expect(value).toBeLessThanOrEqual(50);

    await exits.click();
    const drawer = page.getByRole('dialog', { name: /^Sorties/ });
    await drawer.waitFor();
    const records = drawer.getByRole('row').filter({ has: page.getByRole('cell') });
    await records.first().waitFor();
    expect(await records.count()).toBe(value);
    // Each record names its person, linked to their file.
    expect(await drawer.getByRole('link').count()).toBeGreaterThan(0);
    await accessible(page, '02-tableau-de-bord-sorties');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await accessible(page, '01-tableau-de-bord');
  });

  /** The rows of records in the drawer (or its empty state when there are none), as many as `value`. */
  const drawerShows = async (drawer: Locator, value: number) => {
    if (value === 0) {
      await drawer.getByText(/^Aucun enregistrement derrière ce chiffre/).waitFor();
      return;
    }
    const records = drawer.getByRole('row').filter({ has: page.getByRole('cell') });
    await records.first().waitFor();
    await drawer.getByText(new RegExp(`^${value} enregistrements?`)).waitFor();
    expect(await records.count()).toBe(value);
  };
  const spaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

  it('a rate opens the records of its numerator and of its denominator, as many as each says', async () => {
    // « Taux de sorties dynamiques »: a rate has no records of its own; its two counts, under it, open theirs.
    const numerator = page.getByRole('button', {
      name: /^Sorties dynamiques : \d+ — numérateur du taux de sorties dynamiques, voir le détail$/,
    });
    const denominator = page.getByRole('button', {
      name: /^Sorties examinées : \d+ — dénominateur du taux de sorties dynamiques, voir le détail$/,
    });
    await numerator.waitFor();
    const count = async (button: Locator) =>
      Number(/: (\d+) —/.exec(spaces((await button.getAttribute('aria-label'))!))?.[1]);
    const dynamic = await count(numerator);
    const examined = await count(denominator);
    expect(dynamic).toBeLessThanOrEqual(examined);
    // The rate shown is the one of those two counts.
    const card = page.getByText('Taux de sorties dynamiques', { exact: true }).first().locator('xpath=..');
    expect(spaces(await card.innerText())).toContain(spaces(formatFigureValue(rateBp(dynamic, examined), 'rate_bp')));

    await numerator.click();
    const drawer = page.getByRole('dialog', { name: /^Sorties dynamiques/ });
    await drawer.waitFor();
    await drawerShows(drawer, dynamic);
    await accessible(page, '08-tableau-de-bord-taux-numerateur');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await denominator.click();
    const examinedDrawer = page.getByRole('dialog', { name: /^Sorties examinées/ });
    await examinedDrawer.waitFor();
    await drawerShows(examinedDrawer, examined);
    await page.keyboard.press('Escape');
    await examinedDrawer.waitFor({ state: 'hidden' });
  });

  it('a monthly bar opens the records of its month, by click, keyboard or the values table', async () => {
    const chart = page.getByRole('region', { name: 'Entrées et sorties par mois' });
    await chart.waitFor();
    // A month with exits: its value cell (a button in the chart's values table) names what it opens.
    const cell = chart.getByRole('button', { name: /^Sorties, \S+ \d{4} : [1-9]\d* — voir le détail$/ }).first();
    await cell.waitFor({ state: 'attached' });
    const name = spaces((await cell.getAttribute('aria-label'))!);
    const [, month, value] = /^Sorties, (\S+ \d{4}) : (\d+)/.exec(name)!;
    const key = (await cell.getAttribute('data-cell'))!;

    // A click on the bar itself.
    await chart.locator(`[data-bar="${key}"]`).click();
    const drawer = page.getByRole('dialog', { name: new RegExp(`^Sorties — ${month}`) });
    await drawer.waitFor();
    await drawer.getByText(/^Du \d{2}\/\d{2}\/\d{4} au \d{2}\/\d{2}\/\d{4}$/).waitFor();
    await drawerShows(drawer, Number(value));
    await accessible(page, '09-tableau-de-bord-barre-du-mois');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Back on the bar's value, the keyboard moves to the month's entries (←) and opens them (Entrée).
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    const entries = chart.locator(`[data-cell="${key.split(':')[0]}:0"]`);
    expect(await entries.evaluate((el) => el === document.activeElement)).toBe(true);
    // The focused value rings its bar and says what it is (the values table is hidden).
    await chart.screenshot({ path: `${SHOTS}/reports-11-tableau-de-bord-barre-au-clavier.png` });
    const entriesName = spaces((await entries.getAttribute('aria-label'))!);
    expect(entriesName).toMatch(new RegExp(`^Entrées, ${month} : \\d+ — voir le détail$`));
    const entriesValue = Number(/: (\d+) —/.exec(entriesName)![1]);
    await page.keyboard.press('Enter');
    const entriesDrawer = page.getByRole('dialog', { name: new RegExp(`^Entrées en parcours — ${month}`) });
    await entriesDrawer.waitFor();
    await drawerShows(entriesDrawer, entriesValue);
    await page.keyboard.press('Escape');
    await entriesDrawer.waitFor({ state: 'hidden' });

    // « Voir les valeurs »: the same value, a button in the table shown.
    await chart.getByRole('button', { name: 'Voir les valeurs' }).click();
    await chart.getByRole('grid').getByRole('button', { name, exact: true }).click();
    await drawer.waitFor();
    await drawerShows(drawer, Number(value));
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await accessible(page, '10-tableau-de-bord-valeurs');
    await chart.getByRole('button', { name: 'Voir le graphique' }).click();
  });

  it('offers the agreements grouped by funder, those without a report disabled with the reason', async () => {
    await page.goto('/');
    await nav(page).getByRole('link', { name: 'Rapports', exact: true }).click();
    await page.waitForURL(/\/rapports$/);
    await page.getByRole('heading', { level: 1, name: 'Rapports aux financeurs' }).waitFor();
    await form().waitFor();
    const select = field('Convention ou partenariat');
    const fse = select.locator('option', { hasText: FSE_AGREEMENT });
    expect(await fse.isDisabled()).toBe(false);
    expect(await fse.evaluate((o) => (o.parentElement as HTMLOptGroupElement).label)).toBe('FSE+ — DREETS Normandie');
    const city = select.locator('option', { hasText: CITY_AGREEMENT });
    expect(await city.isDisabled()).toBe(true);
    expect(await city.innerText()).toMatch(/pas de rapport prévu pour ce type de financeur/);
    expect(await select.locator('optgroup[label="Partenariats bailleurs"] option').count()).toBeGreaterThan(0);
    await generated().waitFor();
    await generated().getByText('Aucun rapport généré pour l’instant.').waitFor();
    await accessible(page, '03-rapports-vide');
  });

  it('reaches « Générer le rapport » with the keyboard', async () => {
    await page.reload();
    await form().waitFor();
    await tabTo(page, form().getByRole('button', { name: 'Générer le rapport' }), 40);
  });

  it('refuses a period that ends before it starts, next to the field, keeping what was typed', async () => {
    const select = field('Convention ou partenariat');
    const value = await select.locator('option', { hasText: FSE_AGREEMENT }).getAttribute('value');
    await select.selectOption(value!);
    // The agreement's period, up to today.
    await form().getByText(REPORT_KIND_LABELS[ReportKind.FSE_PLUS]).waitFor();
    expect(await field('Du').inputValue()).toBe(frDate(-400));
    expect(await field('Au').inputValue()).toBe(frDate(0));

    await field('Au').fill(`01/01/${Number(year) - 2}`);
    await form().getByRole('button', { name: 'Générer le rapport' }).click();
    await form().getByRole('alert').filter({ hasText: 'Le rapport n’est pas lancé' }).waitFor();
    expect(await field('Au').getAttribute('aria-invalid')).toBe('true');
    expect(await form().innerText()).toMatch(/La fin \(01\/01\/\d{4}\) précède le début/);
    expect(await select.inputValue()).toBe(value);
    expect(await field('Du').inputValue()).toBe(frDate(-400));
    expect(await field('Au').inputValue()).toBe(`01/01/${Number(year) - 2}`);
    await accessible(page, '04-rapport-refuse');
    // Nothing was queued.
    await generated().getByText('Aucun rapport généré pour l’instant.').waitFor();
  });

  it('generates the FSE+ report, follows it until ready, and downloads the PDF and the spreadsheet', async () => {
    await field('Au').fill(frDate(0));
    await form().getByRole('button', { name: 'Générer le rapport' }).click();
    await page.getByRole('status').filter({ hasText: 'Rapport demandé' }).waitFor();

    const card = generated().getByRole('article').first();
    await card.waitFor();
    expect(await card.innerText()).toContain(FSE_AGREEMENT);
    const { progressSeen, doneAtFirstLook } = await untilReportDone(card, READY, FAILED);
    // The progress bar showed while it ran — unless the worker had already finished at the first look.
    expect(progressSeen || doneAtFirstLook).toBe(true);
    expect(await card.getByRole('progressbar').count()).toBe(0);

    const text = await card.innerText();
    expect(text).toContain(REPORT_KIND_LABELS[ReportKind.FSE_PLUS]);
    expect(text).toContain(`du ${frDate(-400)} au ${frDate(0)}`);
    expect(text).toContain('Sophie');
    expect(text).toMatch(/\d+ pages?/);
    // The fingerprint: the figures' SHA-256, its first 12 characters shown, the whole in the tooltip and the copy.
    const code = card.locator('code');
    const full = (await code.getAttribute('title')) ?? '';
    expect(full).toMatch(/^[0-9a-f]{64}$/);
    expect(await code.innerText()).toBe(full.slice(0, 12));
    await card.getByRole('button', { name: /^Copier/ }).waitFor();
    await accessible(page, '05-rapport-pret');

    const pdf = await download(page, card.getByRole('link', { name: 'Télécharger le PDF' }), join(downloads, 'r.pdf'));
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.name).toMatch(/\.pdf$/);
    await card
      .getByRole('status')
      .filter({ hasText: 'Téléchargement lancé : vérifiez le dossier Téléchargements de votre navigateur' })
      .waitFor();
    const said = pdfText(join(downloads, 'r.pdf'));
    if (said !== null) {
      expect(said).toContain(STRUCTURE);
      expect(said).toContain(FSE_AGREEMENT);
      expect(said).toContain(REPORT_KIND_LABELS[ReportKind.FSE_PLUS]);
    }

    const xlsx = await download(
      page,
      card.getByRole('link', { name: 'Télécharger le tableur' }),
      join(downloads, 'r.xlsx'),
    );
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    await page.reload();
    await generated().getByRole('article').first().getByText(READY, { exact: true }).waitFor();
    await generated().getByText('1 rapport généré').waitFor();
  });

  it('works on a tablet held upright (no sideways scrolling of the page)', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    try {
      await page.goto('/rapports');
      await generated().getByRole('article').first().getByText(READY, { exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
      await accessible(page, '06-tablette');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('gives a counsellor no « Rapports » and refuses them the page', async () => {
    const context = await newContext();
    try {
      const counsellor = await context.newPage();
      await signIn(counsellor, DEMO_COUNSELLOR);
      await nav(counsellor).getByRole('link').first().waitFor();
      expect(await nav(counsellor).getByRole('link', { name: 'Rapports', exact: true }).count()).toBe(0);
      await counsellor.goto('/rapports');
      await counsellor.getByText('Cette page est réservée à la direction de la structure.').waitFor();
      expect(await counsellor.getByRole('button', { name: 'Générer le rapport' }).count()).toBe(0);
      await accessible(counsellor, '07-rapports-refuse');
    } finally {
      await context.close();
    }
  });
});
