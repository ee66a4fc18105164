import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { addDays, addMonths, formatIsoDateFr, parseFrDate } from '@tremplin/domain';
import { createTestDatabase, GraphqlClient, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium, seriousA11yViolations, tabTo } from './support/browser';
import {
  type ContractPrerequisites,
  createContractPrerequisites,
  DEMO_COUNSELLOR,
  DEMO_PASSWORD,
} from './support/contract-steps';
import { fill, frDate, openForm, submit } from './support/pathway-steps';

/**
 * Issue 4's contract, in Chromium, through the web app: a counsellor writes a contrat de professionnalisation whose
 * training is too short (140 h), sees the rule and the gap next to the field, saves the draft anyway, is refused the
 * deposit, fixes it, deposits it, records the OPCO's acceptance; then enters the person's attendance on a training
 * session, and the contract's progress (hours, behind, OPCO amount) moves. Every screen is checked with axe.
 */
const SHOTS = resolve(__dirname, '../../tmp/e2e-screens');

describeInBrowser('web app: a contrat de professionnalisation, from draft to training progress', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  let setup: ContractPrerequisites;

  const startIso = parseFrDate(frDate(-30))!;
  const endIso = addDays(addMonths(startIso, 12), -1);
  const period = `du ${formatIsoDateFr(startIso)} au ${formatIsoDateFr(endIso)}`;

  const accessible = async (what: string) => {
    await page.screenshot({ path: `${SHOTS}/contract-${what}.png`, fullPage: true });
    expect({ page: what, violations: await seriousA11yViolations(page) }).toEqual({ page: what, violations: [] });
  };
  const openContractTab = async () => {
    await page.goto(`/personnes/${setup.person.id}?onglet=contrat`);
    await page.getByRole('tabpanel', { name: 'Contrat' }).waitFor();
    await page.getByRole('heading', { name: 'Contrats de professionnalisation' }).waitFor();
  };
  const card = (): Locator => page.getByRole('article', { name: `Contrat de professionnalisation ${period}` });
  const statusIs = (label: string) => card().getByText(label, { exact: true }).waitFor();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    database = await createTestDatabase('tremplin_e2e_contract');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    setup = await createContractPrerequisites(api.url, {
      opco: 'OPCO Cohésion sociale (test)',
      firstName: 'Lina',
      lastName: 'Contrat-Pro',
    });
    browser = await launchChromium(chromiumPath);
    const context = await browser.newContext({
      baseURL: api.url,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill(DEMO_COUNSELLOR);
    await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/personnes$/);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('shows an empty Contrat tab that says what to do', async () => {
    await openContractTab();
    await page.getByText(/Aucun contrat de professionnalisation\. Créez-le/).waitFor();
    await accessible('01-vide');
  });

  it('writes a draft with 140 h of training: the rule and the gap show next to the field, and the draft is saved anyway', async () => {
    const form = await openForm(
      page,
      'Nouveau contrat de professionnalisation',
      'Nouveau contrat de professionnalisation',
    );
    await fill(form, {
      'SIRET de l’employeur': '782 104 567 00014',
      'SIRET du lieu d’exécution': '78210456700014',
      Public: 'Public général (12 mois au plus)',
      'Emploi occupé': 'Gardien·ne d’immeubles',
      'Début du contrat': formatIsoDateFr(startIso),
      'Fin du contrat': formatIsoDateFr(endIso),
      'Période d’essai (jours)': '30',
      'Durée hebdomadaire (heures)': '35',
      'Salaire brut mensuel (€)': '1 801,80',
      'Organisme de formation': 'AFPOLS Rouen',
      'Heures de formation prévues': '140',
      'Tuteur·rice de la structure': setup.structureTutor.fullName,
      'Tuteur·rice de l’entreprise d’accueil': `${setup.hostTutor.fullName} — ${setup.hostTutor.organisation}`,
      'Expérience du tuteur·rice d’accueil (mois)': '60',
      OPCO: setup.opco.name,
    });
    expect(await form.getByLabel(/^Certification visée/).inputValue()).toBe(setup.certification.id);

    // Leaving the training field: the rule that fails, and by how much, next to it and in the checks panel.
    const training = form.getByLabel(/^Heures de formation prévues/);
    await training.focus();
    await page.keyboard.press('Tab');
    expect(await training.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await training.getAttribute('aria-describedby')) ?? '';
    const said = await Promise.all(
      describedBy.split(/\s+/).map((id) =>
        page
          .locator(`[id="${id}"]`)
          .innerText()
          .catch(() => ''),
      ),
    );
    expect(said.join(' ')).toMatch(/140 h de formation .* il manque \d+ h( \d\d)?\./);
    expect(said.join(' ')).toContain('L6325-13');
    const checks = form.getByRole('region', { name: 'Contrôles légaux' });
    await checks.getByText('1 erreur bloque le dépôt à l’OPCO').waitFor();
    expect(await checks.innerText()).toMatch(/Heures de formation prévues : 140 h de formation pour 1\s\d{3} h/);
    await accessible('02-formation-trop-courte');

    // Saving a draft is always possible: nothing typed is lost.
    await submit(form, 'Enregistrer le brouillon');
    await page.getByText(/Le brouillon est enregistré/).waitFor();
    await statusIs('Brouillon');
    await card().getByText('1 erreur bloque le dépôt à l’OPCO').waitFor();
  });

  it('refuses the deposit while an error remains, then the fixed draft is deposited to the OPCO (keyboard only)', async () => {
    await card().getByRole('button', { name: 'Déposer à l’OPCO' }).click();
    const form = card().getByRole('region', { name: 'Modifier le brouillon', exact: true });
    await form.waitFor();
    await card().getByRole('alert').filter({ hasText: 'Dépôt à l’OPCO impossible' }).waitFor();
    const training = form.getByLabel(/^Heures de formation prévues/);
    expect(await training.inputValue()).toBe('140');
    expect(await training.getAttribute('aria-invalid')).toBe('true');

    await training.fill('350 h 30');
    await form.getByText('Tous les contrôles légaux sont respectés', { exact: false }).waitFor();
    expect(await training.getAttribute('aria-invalid')).not.toBe('true');
    await accessible('03-brouillon-corrige');
    await submit(form, 'Enregistrer le brouillon');
    await card().getByText('Tous les contrôles légaux sont respectés', { exact: false }).waitFor();
    await card()
      .getByText(/Formation suivie : 0 h sur 350 h 30 prévues \(0 %\)/)
      .waitFor();

    // The deposit, with the keyboard alone: the button, then the date (today, prefilled), then Enter.
    await tabTo(page, card().getByRole('button', { name: 'Déposer à l’OPCO' }), 60);
    await page.keyboard.press('Enter');
    const deposit = card().getByRole('region', { name: 'Déposer le contrat à l’OPCO', exact: true });
    await deposit.waitFor();
    const date = deposit.getByLabel(/^Déposé le/);
    expect(await date.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await date.inputValue()).toBe(frDate(0));
    await page.keyboard.press('Enter');
    await deposit.waitFor({ state: 'detached' });
    await statusIs('Déposé à l’OPCO');
    await card()
      .getByText(`Déposé à l’OPCO le ${frDate(0)}.`)
      .waitFor();
    await card()
      .getByText(new RegExp(`Décision de l’OPCO attendue au plus tard le ${frDate(20).replace(/\//g, '\\/')}`))
      .waitFor();
    await accessible('04-depose');
  });

  it('records the OPCO’s acceptance: the contract, already started, is under way', async () => {
    const form = await openForm(page, 'Enregistrer la décision de l’OPCO', 'Décision de l’OPCO');
    await fill(form, {
      Décision: 'Prise en charge acceptée',
      'Date de la décision': frDate(0),
      'Numéro de dossier OPCO': 'OPCO-2026-0042',
    });
    await submit(form, 'Enregistrer la décision');
    await statusIs('En cours');
    await card()
      .getByText(`Prise en charge acceptée le ${frDate(0)}.`)
      .waitFor();
    await card()
      .getByText(/dossier n° OPCO-2026-0042/)
      .waitFor();
    // A month in, nothing attended: behind the plan.
    await card().getByText('En retard', { exact: true }).waitFor();
    await accessible('05-en-cours');
  });

  it('enters the person’s attendance on a training session', async () => {
    await page.goto('/sessions');
    await page.getByRole('button', { name: 'Nouvelle session' }).click();
    const form = page.getByRole('region', { name: 'Nouvelle session collective', exact: true });
    await form.waitFor();
    await fill(form, {
      'Type de session': 'Session de formation',
      Intitulé: 'Entretien des parties communes — contrat pro',
      'Organisme de formation': 'AFPOLS Rouen',
      'Date de la session': frDate(0),
      'Durée prévue (heures)': '7',
    });
    await form.getByRole('button', { name: 'Créer la session et ouvrir sa feuille' }).click();
    const sheet = page.getByRole('form', { name: /Feuille d’émargement de la session Entretien des parties communes/ });
    await sheet.waitFor();
    const search = sheet.getByLabel('Ajouter une personne');
    await search.fill(setup.person.lastName);
    await sheet.getByText('1 personne trouvée.').waitFor();
    await search.press('Enter');
    const hours = sheet.getByLabel(/^Heures de présence de CONTRAT-PRO Lina/);
    expect(await hours.inputValue()).toBe('7');
    await sheet.getByRole('button', { name: 'Enregistrer la feuille' }).click();
    await page.getByText(/Feuille enregistrée/).waitFor();
  });

  it('a colleague saving the same line meanwhile: the grid shows her value, keeps mine, saves mine once I decide', async () => {
    const sheet = page.getByRole('form', { name: /Feuille d’émargement de la session Entretien des parties communes/ });
    // Karim saves Lina's line from his own screen while the sheet is open here: 6 h 30, absence justifiée.
    const colleague = new GraphqlClient(api.url);
    await colleague.signIn('karim.benali@rouen-insertion.demo', DEMO_PASSWORD);
    const { collectiveSessions } = await colleague.ok<{
      collectiveSessions: { id: string; title: string; attendances: { version: number; person: { id: string } }[] }[];
    }>(`{ collectiveSessions { id title attendances { version person { id } } } }`);
    const session = collectiveSessions.find((x) => x.title.startsWith('Entretien des parties communes — contrat pro'))!;
    await colleague.ok(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
      input: {
        sessionId: session.id,
        entries: [
          {
            personId: setup.person.id,
            minutesAttended: 390,
            absence: 'JUSTIFIED',
            version: session.attendances[0].version,
          },
        ],
      },
    });

    // Here, on the older grid: 6 h, justified.
    const hours = sheet.getByLabel(/^Heures de présence de CONTRAT-PRO Lina/);
    await hours.fill('6');
    await sheet.getByLabel(/^Absence de CONTRAT-PRO Lina/).selectOption({ label: 'Justifiée' });
    await sheet.getByRole('button', { name: 'Enregistrer la feuille' }).click();
    await sheet.getByText(/La feuille d’émargement a changé depuis que vous l’avez ouverte/).waitFor();
    await sheet
      .getByText(/Modifiée par quelqu’un d’autre pendant votre saisie : maintenant 6 h 30, absence justifiée/)
      .waitFor();
    expect(await hours.inputValue()).toBe('6');
    await accessible('05b-emargement-conflit');

    // Having seen it, I enter the full day and save: my line replaces theirs, knowingly.
    await hours.fill('7');
    await sheet.getByLabel(/^Absence de CONTRAT-PRO Lina/).selectOption({ label: 'Aucune' });
    await sheet.getByRole('button', { name: 'Enregistrer la feuille' }).click();
    await page.getByText(/Feuille enregistrée/).waitFor();
    expect(await sheet.getByText(/Modifiée par quelqu’un d’autre/).count()).toBe(0);
  });

  it('shows the contract’s progress moved: hours attended, still behind, the OPCO amount in euros', async () => {
    await openContractTab();
    await statusIs('En cours');
    await card()
      .getByText(/Formation suivie : 7 h sur 350 h 30 prévues \(1 %\)/)
      .waitFor();
    await card().getByText('En retard', { exact: true }).waitFor();
    const text = await card().innerText();
    expect(text).toMatch(/Repère noir : \d+ h( \d\d)? attendues à ce jour/);
    expect(text).toMatch(/Heures justifiées\s*7 h/);
    // 7 h at the OPCO's 10,00 € an hour.
    expect(text).toMatch(/Prise en charge OPCO\s*70,00\s€/);
    expect(text).toMatch(/au taux de 10,00\s€ par heure/);
    await accessible('06-progression');
  });

  it('breaks the contract only once confirmed in a dialog, then follows the break up to its closing', async () => {
    // The dialog closes on Escape and nothing is broken.
    await card().getByRole('button', { name: 'Rompre le contrat' }).click();
    let dialog = page.getByRole('dialog', { name: 'Rompre le contrat de professionnalisation ?' });
    await dialog.waitFor();
    await accessible('07-rupture-dialogue');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await statusIs('En cours');
    const breakButton = card().getByRole('button', { name: 'Rompre le contrat' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Rompre le contrat');
    expect(await breakButton.evaluate((el) => el === document.activeElement)).toBe(true);

    await card().getByRole('button', { name: 'Rompre le contrat' }).click();
    dialog = page.getByRole('dialog', { name: 'Rompre le contrat de professionnalisation ?' });
    const form = dialog.getByRole('region', { name: 'Rupture du contrat', exact: true });
    await fill(form, {
      'Date de la rupture': frDate(0),
      'Motif de la rupture': 'Accord des deux parties',
      Commentaire: 'Projet de reprise d’études.',
    });
    await form.getByRole('button', { name: 'Rompre le contrat', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await statusIs('Rompu');
    await page.getByText(/Le contrat est rompu\. Son suivi est ouvert/).waitFor();
    await card()
      .getByText(`Formation arrêtée par la rupture du ${frDate(0)} : ces chiffres sont définitifs.`)
      .waitFor();
    const followUp = card().getByRole('region', { name: 'Suivi de la rupture', exact: true });
    await followUp.getByText(`Suivi de la rupture — à faire avant le ${frDate(15)}`).waitFor();

    const update = followUp.getByRole('region', { name: 'Mettre à jour le suivi de la rupture', exact: true });
    await fill(update, {
      'OPCO informé le': frDate(0),
      'Réorientation décidée': 'Reprise d’études en BTS, accompagnée par la Mission locale.',
      'Clôturer le suivi': true,
    });
    await update.getByRole('button', { name: 'Enregistrer le suivi', exact: true }).click();
    await followUp.getByText(`Suivi de la rupture — clôturé le ${frDate(0)}`).waitFor();
    await accessible('08-rupture-suivie');
  });
});
