import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { buildAttendance, buildCollectiveSession, createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { firstPersonsOfUserStructure } from './support/e2e-database.repository';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium, seriousA11yViolations, tabTo } from './support/browser';

/**
 * Issue 4's funding screens, in Chromium, as the director uses them: create a funder and an agreement, allocate a
 * training session's hours to it, read the consumption, and see a second agreement refused when it would fund the same
 * hours beyond 100 % (the server's message with the amounts, the selection kept). Then an FSE+ operation: enrol a
 * person and export the participants as CSV. Every page is checked with axe.
 */
const DIRECTOR = { email: 'sophie.lefebvre@rouen-insertion.demo', password: 'Demo-Tremplin-2026!' };
const SHOTS = resolve(__dirname, '../../tmp/e2e-screens');
/** A training day far from the demo's dates, so that no demo allocation touches it. */
const SESSION_DATE = '2020-03-10';
const SESSION_TITLE = 'Gestes et postures — session témoin';

describeInBrowser('web app: funders, agreements and the double-funding guard', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  let agreementAPath = '';

  const accessible = async (what: string) => {
    await page.screenshot({ path: `${SHOTS}/funding-${what}.png`, fullPage: true });
    expect({ page: what, violations: await seriousA11yViolations(page) }).toEqual({ page: what, violations: [] });
  };
  const form = (name: string): Locator => page.getByRole('region', { name });
  /** What a block says, with the no-break spaces of French figures (`1 000,00 €`) read as plain spaces. */
  const textOf = async (locator: Locator) => (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ');

  /** « Nouvelle convention » for a funder, from the funding page; lands on the new agreement's page. */
  const createAgreement = async (funderName: string, reference: string, kinds: string[]) => {
    await page.goto('/financements');
    await page.getByRole('button', { name: `Nouvelle convention avec ${funderName}` }).click();
    const f = form('Nouvelle convention');
    await f.getByLabel('Référence de la convention').fill(reference);
    await f.getByLabel('Intitulé').fill(`Convention ${reference}`);
    await f.getByLabel('Début de la période').fill('01/01/2020');
    await f.getByLabel('Fin de la période').fill('31/12/2020');
    await f.getByLabel('Montant accordé (€)').fill('1 000');
    for (const k of kinds)
      await f.getByRole('group', { name: 'Ce que la convention finance' }).getByRole('checkbox', { name: k }).check();
    await f.getByRole('button', { name: 'Créer la convention' }).click();
    await page.waitForURL(/\/financements\/conventions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: `Convention ${reference}` }).waitFor();
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    database = await createTestDatabase('tremplin_e2e_funding');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    // One training session with two attendees (7 h each), in 2020.
    const db = new DataSource({ type: 'postgres', url: database.url });
    await db.initialize();
    try {
      const persons = await firstPersonsOfUserStructure(db, DIRECTOR.email, 2);
      const structureId = persons[0].structure_id;
      const session = await buildCollectiveSession(db, structureId, {
        title: SESSION_TITLE,
        sessionDate: SESSION_DATE,
        plannedMinutes: 7 * 60,
      });
      for (const p of persons) await buildAttendance(db, structureId, session.id, p.id, { minutesAttended: 7 * 60 });
    } finally {
      await db.destroy();
    }
    browser = await launchChromium(chromiumPath);
    const context = await browser.newContext({
      baseURL: api.url,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill(DIRECTOR.email);
    await page.getByLabel(/^Mot de passe/).fill(DIRECTOR.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('shows the funding page to the director from the main navigation', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Financements' })
      .click();
    await page.waitForURL(/\/financements$/);
    await page.getByRole('heading', { name: 'Financements', level: 1 }).waitFor();
    await page.getByText(/\d+ financeurs? · \d+ conventions?/).waitFor();
    await accessible('01-financements');
  });

  it('creates a funder, refusing an unreadable rate next to its field first', async () => {
    await page.getByRole('button', { name: 'Nouveau financeur' }).click();
    const f = form('Nouveau financeur');
    await f.getByLabel('Type de financeur').selectOption({ label: 'OPCO' });
    await f.getByLabel('Nom').fill('OPCO Témoin');
    await f.getByLabel('Forfait horaire (€/h, facultatif)').fill('neuf euros');
    await f.getByRole('button', { name: 'Créer le financeur' }).click();
    await f.getByText('Saisissez un montant en euros avec deux décimales au plus, par exemple 9,15.').first().waitFor();
    expect(await f.getByLabel('Forfait horaire (€/h, facultatif)').getAttribute('aria-invalid')).toBe('true');
    expect(await f.getByLabel('Nom').inputValue()).toBe('OPCO Témoin');
    await accessible('02-financeur-erreur');

    await f.getByLabel('Forfait horaire (€/h, facultatif)').fill('9,15');
    await f.getByRole('button', { name: 'Créer le financeur' }).click();
    await page.getByText('Le financeur OPCO Témoin est créé : ajoutez-lui une convention.').waitFor();
    await page.getByRole('heading', { name: 'OPCO Témoin' }).waitFor();

    // Edited with its version: the contact e-mail is added.
    await page.getByRole('button', { name: 'Modifier le financeur OPCO Témoin' }).click();
    const edit = form('Modifier le financeur OPCO Témoin');
    expect(await edit.getByLabel('Forfait horaire (€/h, facultatif)').inputValue()).toBe('9,15');
    await edit.getByLabel('Adresse e-mail de contact (facultatif)').fill('alternance@opco-temoin.demo');
    await edit.getByRole('button', { name: 'Enregistrer le financeur' }).click();
    await page.getByText('Le financeur OPCO Témoin est enregistré.').waitFor();
    await page.getByText('forfait 9,15 €/h · alternance@opco-temoin.demo · 0 convention').waitFor();

    // The search and the kind filter find it; a search that matches nothing says what to do.
    await page.getByLabel('Rechercher un financeur ou une convention').fill('temoin');
    await page.getByText('1 financeur · 0 convention pour ces critères').waitFor();
    await page.getByLabel('Rechercher un financeur ou une convention').fill('introuvable-xyz');
    await page.getByText('Aucun financeur ni aucune convention ne correspond à ces critères.').waitFor();
    await page.getByRole('button', { name: 'Effacer les filtres' }).first().click();
    await page.getByRole('heading', { name: 'OPCO Témoin' }).waitFor();
  });

  it('creates an agreement: euros in cents, the funder’s rate offered, the kinds it funds', async () => {
    await page.getByRole('button', { name: 'Nouvelle convention avec OPCO Témoin' }).click();
    const f = form('Nouvelle convention');
    // The OPCO's rate is offered as the value of an hour.
    expect(await f.getByLabel('Valeur d’une heure (€/h, facultatif)').inputValue()).toBe('9,15');
    await f.getByLabel('Référence de la convention').fill('E2E-CONV-A');
    await f.getByRole('button', { name: 'Créer la convention' }).click();
    const summary = f.getByRole('alert').filter({ hasText: 'Rien n’est enregistré' });
    await summary.waitFor();
    expect(await textOf(summary)).toContain('Ce que la convention finance : cochez au moins une nature');
    expect(await textOf(summary)).toContain('Montant accordé (€) : champ obligatoire.');
    expect(await f.getByLabel('Référence de la convention').inputValue()).toBe('E2E-CONV-A');
    await accessible('03-convention-erreurs');

    await f.getByLabel('Intitulé').fill('Contrats de professionnalisation 2020');
    await f.getByLabel('Début de la période').fill('01/01/2020');
    await f.getByLabel('Fin de la période').fill('31/12/2020');
    await f.getByLabel('Montant accordé (€)').fill('1 000');
    await f
      .getByRole('group', { name: 'Ce que la convention finance' })
      .getByRole('checkbox', { name: 'Heures de formation suivies' })
      .check();
    await f.getByRole('button', { name: 'Créer la convention' }).click();
    await page.waitForURL(/\/financements\/conventions\/[0-9a-f-]{36}$/);
    agreementAPath = new URL(page.url()).pathname;
    await page.getByText('La convention E2E-CONV-A est créée').waitFor();
    await page.getByRole('heading', { name: 'Convention E2E-CONV-A' }).waitFor();
    const terms = page.getByRole('region', { name: 'Termes de la convention' });
    expect(await textOf(terms)).toContain('1 000,00 €');
    expect(await textOf(terms)).toContain('9,15 €/h');
    await page.getByText('Rien n’est encore imputé à cette convention.').waitFor();
    await accessible('04-convention');
  });

  it('allocates 60 % of the session’s training hours, then shows the consumption', async () => {
    await page.getByRole('tab', { name: 'Imputer' }).click();
    const panel = page.getByRole('region', { name: 'Imputer à E2E-CONV-A' });
    await panel.getByText(SESSION_TITLE).first().waitFor();
    await panel.getByText(/^2 lignes/).waitFor();
    await accessible('05-imputer');
    // Keyboard only: Tab to « Tout sélectionner », Space ticks it.
    await tabTo(page, panel.getByRole('checkbox', { name: 'Tout sélectionner' }), 40);
    await page.keyboard.press('Space');
    await panel.getByText('2 sélectionnées', { exact: false }).waitFor();
    await panel.getByLabel('Part (%)').fill('60');
    // 60 % of 7 h = 4 h 12 a line.
    await panel.getByText('Sera imputé :').waitFor();
    expect(await panel.getByText('Sera imputé :').innerText()).toContain('8 h 24');
    await panel.getByRole('button', { name: 'Imputer 2 lignes à E2E-CONV-A' }).click();
    await panel.getByText(/8 h 24 imputées à E2E-CONV-A : 2 lignes/).waitFor();

    const consumption = page.getByRole('region', { name: 'Consommation' });
    await consumption.getByText('8 h 24', { exact: true }).waitFor();
    const text = await textOf(consumption);
    // 8 h 24 × 9,15 €/h = 76,86 € (half-up), funded at 100 %, out of 1 000 €: 7 %.
    expect(text).toContain('76,86');
    expect(text).toContain('923,14');
    expect(text).toContain('7 %');
    expect(
      await page.getByRole('progressbar', { name: 'Consommation de E2E-CONV-A' }).getAttribute('aria-valuenow'),
    ).toBe('7');

    await page.getByRole('tab', { name: 'Imputations' }).click();
    await page.getByText('2 imputations · 8 h 24').waitFor();
    await accessible('06-imputations');
  });

  it('refuses a second agreement that would fund the same hours beyond 100 %, keeping the selection', async () => {
    await createAgreement('OPCO Témoin', 'E2E-CONV-B', ['Heures de formation suivies']);
    await page.getByRole('tab', { name: 'Imputer' }).click();
    const panel = page.getByRole('region', { name: 'Imputer à E2E-CONV-B' });
    await panel.getByText(SESSION_TITLE).first().waitFor();
    // What E2E-CONV-A funds is shown on each line, and what remains.
    expect(await panel.getByText('E2E-CONV-A 4 h 12').count()).toBe(2);
    await panel.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
    await panel.getByLabel('Part (%)').fill('50');
    // The screen warns; the server decides.
    await panel.getByText('2 lignes sélectionnées dépasseraient ce qui leur reste', { exact: false }).waitFor();
    await panel.getByRole('button', { name: 'Imputer 2 lignes à E2E-CONV-B' }).click();

    const refusal = panel.getByRole('alert').filter({ hasText: 'Imputation refusée' });
    await refusal.waitFor();
    const message = await textOf(refusal);
    expect(message).toContain('7 h, déjà financées 4 h 12 (E2E-CONV-A 4 h 12) ; demandé 3 h 30, il reste 2 h 48');
    expect(message).toContain('votre sélection est conservée');
    // Nothing is lost: both lines are still selected and marked, the share still typed.
    await panel.getByText('2 sélectionnées', { exact: false }).waitFor();
    expect(await panel.getByText('Refusé : demandé 3 h 30, il reste 2 h 48').count()).toBe(2);
    expect(await panel.getByLabel('Part (%)').inputValue()).toBe('50');
    await accessible('07-imputation-refusee');

    // What remains can be taken: 40 % = 2 h 48 a line.
    await panel.getByLabel('Part (%)').fill('40');
    await panel.getByRole('button', { name: 'Imputer 2 lignes à E2E-CONV-B' }).click();
    await panel.getByText(/5 h 36 imputées à E2E-CONV-B : 2 lignes/).waitFor();
    await panel.getByText('Aucune ligne de « Heures de formation suivies » à financer sur cette période.').waitFor();
    await page.getByRole('region', { name: 'Consommation' }).getByText('5 h 36', { exact: true }).waitFor();
  });

  it('removes an allocation after confirming; the hours become fundable again', async () => {
    await page.goto(agreementAPath);
    await page.getByText('2 imputations · 8 h 24').waitFor();
    await page
      .getByRole('button', { name: /^Retirer l’imputation de 4 h 12/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Retirer cette imputation ?' });
    await dialog.waitFor();
    await accessible('09-retirer');
    await dialog.getByRole('button', { name: 'Retirer l’imputation' }).click();
    await page.getByText(/^Imputation retirée de E2E-CONV-A/).waitFor();
    await page.getByText('1 imputation · 4 h 12').waitFor();
    await page.getByRole('region', { name: 'Consommation' }).getByText('4 h 12', { exact: true }).waitFor();
  });

  it('enrols a person in an FSE+ operation and exports the participants as CSV', async () => {
    await page.goto('/financements');
    await page.getByRole('button', { name: 'Nouveau financeur' }).click();
    const f = form('Nouveau financeur');
    await f.getByLabel('Type de financeur').selectOption({ label: 'FSE+' });
    await f.getByLabel('Nom').fill('FSE+ Témoin');
    await f.getByRole('button', { name: 'Créer le financeur' }).click();
    await page.getByRole('heading', { name: 'FSE+ Témoin' }).waitFor();
    await createAgreement('FSE+ Témoin', 'E2E-FSE', ['Dépenses']);

    // An expense, recorded then allocated in part (an exact amount for one line).
    await page.getByRole('tab', { name: 'Temps et dépenses' }).click();
    const expense = form('Dépense');
    await expense.getByLabel('Date').fill('15/06/2020');
    await expense.getByLabel('Montant (€)').fill('250');
    await expense.getByLabel('Libellé').fill('Location de salle témoin');
    await expense.getByRole('button', { name: 'Enregistrer la dépense' }).click();
    await page.getByText('Dépense enregistrée : Location de salle témoin', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Imputer maintenant' }).click();
    const panel = page.getByRole('region', { name: 'Imputer à E2E-FSE' });
    await panel.getByText('Location de salle témoin').first().waitFor();
    await panel.getByRole('checkbox', { name: /^Sélectionner « Location de salle témoin/ }).check();
    await panel.getByRole('radio', { name: 'Une quantité exacte (une seule ligne)' }).check();
    await panel.getByLabel('Montant (€)').fill('100');
    await panel.getByRole('button', { name: 'Imputer 1 ligne à E2E-FSE' }).click();
    await panel.getByText(/imputés à E2E-FSE : 1 ligne de « Dépenses »/).waitFor();
    expect(await textOf(page.getByRole('region', { name: 'Consommation' }))).toContain('100,00 €');

    await page.getByRole('tab', { name: 'Participant·es FSE+' }).click();
    await page.getByText('Personne n’est encore inscrit·e à cette opération FSE+.').waitFor();
    await page.getByRole('button', { name: 'Inscrire une personne' }).first().click();
    const enrol = form('Inscrire une personne à l’opération E2E-FSE');
    await enrol.getByLabel('Date d’entrée dans l’opération').fill('02/03/2020');
    await enrol.getByLabel('Personne à inscrire').fill('haddad');
    await enrol
      .getByRole('button', { name: /^Choisir / })
      .first()
      .click();
    await enrol.getByLabel('Genre').selectOption({ label: 'Femme' });
    await enrol.getByRole('button', { name: 'Inscrire la personne' }).click();
    await page.getByText(/est inscrit·e à l’opération E2E-FSE\./).waitFor();
    await page.getByText('1 participant·e inscrit·e · 0 dossier complet · 1 à compléter').waitFor();
    await page.getByText('Niveau d’études (CITE)').first().waitFor();
    await accessible('10-participants');

    // Completing the entry data: the participant's file becomes complete.
    await page.getByRole('button', { name: /^Compléter les données de / }).click();
    const edit = page.getByRole('region', { name: /^Données FSE\+ de / });
    await edit
      .getByLabel('Situation sur le marché du travail à l’entrée')
      .selectOption({ label: 'Chômeur·se (moins de 12 mois)' });
    await edit.getByLabel('Niveau d’études (CITE)').selectOption({ label: 'CITE 3 à 4 (CAP, BEP, baccalauréat)' });
    await edit.getByLabel('Questions de situation').selectOption({ label: 'La personne a refusé de répondre' });
    await accessible('11-participant-donnees');
    await edit.getByRole('button', { name: 'Enregistrer les données' }).click();
    await page.getByText(/Les données FSE\+ de .* sont enregistrées\./).waitFor();
    await page.getByText('1 participant·e inscrit·e · 1 dossier complet').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en CSV' }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/\.csv$/);
    await page.getByText(`Fichier ${name} téléchargé`, { exact: false }).waitFor();
  });
  it('shows the same figures to a counsellor, without the director’s actions', async () => {
    const context = await browser.newContext({ baseURL: api.url, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const counsellor = await context.newPage();
    counsellor.setDefaultTimeout(15_000);
    try {
      await counsellor.goto('/connexion');
      await counsellor.getByLabel('Adresse e-mail').fill('claire.martin@rouen-insertion.demo');
      await counsellor.getByLabel(/^Mot de passe/).fill(DIRECTOR.password);
      await counsellor.getByRole('button', { name: 'Se connecter' }).click();
      await counsellor.waitForURL((url) => !url.pathname.startsWith('/connexion'));
      await counsellor.goto(agreementAPath);
      await counsellor.getByRole('heading', { name: 'Convention E2E-CONV-A' }).waitFor();
      await counsellor.getByText('1 imputation · 4 h 12').waitFor();
      expect(await counsellor.getByRole('tab').allInnerTexts()).toEqual(['Imputations']);
      expect(await counsellor.getByRole('button', { name: 'Modifier la convention' }).count()).toBe(0);
      expect(await counsellor.getByRole('button', { name: /^Retirer/ }).count()).toBe(0);
      await counsellor.goto('/financements');
      await counsellor.getByRole('heading', { name: 'OPCO Témoin' }).waitFor();
      expect(await counsellor.getByRole('button', { name: 'Nouveau financeur' }).count()).toBe(0);
      expect(await seriousA11yViolations(counsellor)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
