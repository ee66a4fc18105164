import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium, seriousA11yViolations } from './support/browser';
import { fill, frDate, openForm, openTab, submit, submitExpectingRefusal } from './support/pathway-steps';

/**
 * Issue 3's acceptance, in Chromium, entirely through the web app: a counsellor takes a new person from referral,
 * eligibility and PASS IAE through the three stages (recruitment, training, securing) to an exit that counts, and
 * meets the rules on the way (a PMSMP over one month, a gate with evidence missing). Every tab is checked with axe.
 */
const SHOTS = resolve(__dirname, '../../tmp/e2e-screens');

describeInBrowser('web app: a whole pathway, from referral to a counted exit', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;

  const accessible = async (what: string) => {
    await page.screenshot({ path: `${SHOTS}/pathway-${what}.png`, fullPage: true });
    expect({ page: what, violations: await seriousA11yViolations(page) }).toEqual({ page: what, violations: [] });
  };
  const headerShowsStage = (label: string) =>
    page.getByRole('heading', { name: `Étape actuelle : ${label}` }).waitFor();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    database = await createTestDatabase('tremplin_e2e_pathway');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
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
    await page.getByLabel('Adresse e-mail').fill('claire.martin@rouen-insertion.demo');
    await page.getByLabel(/^Mot de passe/).fill('Demo-Tremplin-2026!');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/personnes$/);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('creates the person', async () => {
    await page.goto('/personnes/nouvelle');
    await page.getByLabel('Prénom').fill('Inès');
    await page.getByLabel(/^Nom/).fill('Parcours-Complet');
    await page.getByLabel('Date de naissance').fill('12/05/1985');
    await page.getByLabel(/^Sexe/).selectOption({ label: 'Femme' });
    await page.getByRole('button', { name: 'Créer la fiche' }).click();
    await page.waitForURL(/\/personnes\/[0-9a-f-]{36}\?onglet=identite$/);
    await page.getByRole('heading', { name: 'Inès PARCOURS-COMPLET' }).waitFor();
    // The identity form shows the sex recorded.
    expect(await page.getByLabel(/^Sexe/).inputValue()).toBe('WOMAN');
  });

  it('records the information and consent, the referral, an eligibility diagnosis and the PASS IAE', async () => {
    await openTab(page, 'Orientation et éligibilité');
    let form = await openForm(page, 'Enregistrer l’information', 'Information et accord de la personne');
    await fill(form, { 'Informé·e le': frDate(-120), 'Accord donné le': frDate(-120) });
    await submit(form, 'Enregistrer');

    form = await openForm(page, 'Enregistrer l’orientation', 'Enregistrer l’orientation');
    await fill(form, {
      'Type de prescripteur': 'France Travail',
      'Organisme prescripteur': 'France Travail Rouen Rive Gauche',
      'Date de l’orientation': frDate(-120),
    });
    await submit(form, 'Enregistrer l’orientation');

    form = await openForm(page, 'Ajouter un diagnostic', 'Nouveau diagnostic d’éligibilité');
    await fill(form, {
      'Auteur du diagnostic': 'Prescripteur habilité (6 mois)',
      'Établi par': 'France Travail Rouen Rive Gauche',
      'Date du diagnostic': frDate(-115),
    });
    await fill(form, { 'Critère n° 1': 'Bénéficiaire du RSA — donnée sensible', 'Date du justificatif': frDate(-116) });
    await form.getByText(/éligible pour une association intermédiaire/i).waitFor();
    await submit(form, 'Enregistrer le diagnostic');
    await page.getByRole('article', { name: `Diagnostic du ${frDate(-115)}` }).waitFor();

    await page.getByRole('button', { name: 'Enregistrer le PASS IAE' }).click();
    form = page.getByRole('region', { name: 'Enregistrer le PASS IAE', exact: true });
    await fill(form, { 'Numéro de PASS IAE': '999992612345', 'Début de validité': frDate(-100) });
    await submit(form, 'Enregistrer le PASS IAE');
    await page.getByText('999992612345').first().waitFor();

    // The end date shown on les emplois de l’inclusion differs: typed in, it wins; the computed one stays visible.
    await page.getByRole('button', { name: 'Corriger le PASS IAE' }).click();
    form = page.getByRole('region', { name: 'Corriger le PASS IAE', exact: true });
    await fill(form, { 'Date de fin officielle (facultative)': frDate(640) });
    await form.getByText(/la date officielle du .* primera/).waitFor();
    await submit(form, 'Enregistrer la correction');
    await page
      .getByText(`au ${frDate(640)}`)
      .first()
      .waitFor();
    await page
      .getByText(`date calculée : ${frDate(629)}`)
      .first()
      .waitFor();
    await accessible('01-eligibilite');
  });

  it('recruitment: a PMSMP over one month is refused with its figures, then the immersion, the admission and the contract', async () => {
    await openTab(page, 'Recrutement');
    let form = await openForm(page, 'Ajouter une immersion', 'Nouvelle immersion (PMSMP)');
    await fill(form, {
      'Organisation d’accueil (partenaire)': 'Rouen Habitat (Rouen)',
      'Tuteur·rice d’accueil': 'Gérard Dupuis',
      Objectif: 'Confirmer un projet professionnel',
      'Premier jour': frDate(-110),
      'Dernier jour': frDate(-66),
    });
    const refusal = await submitExpectingRefusal(form, 'Enregistrer l’immersion');
    expect(refusal).toMatch(/45 jours/);
    expect(refusal).toMatch(/30 jours/);
    await accessible('02-immersion-refusee');
    await fill(form, { 'Dernier jour': frDate(-100) });
    await submit(form, 'Enregistrer l’immersion');

    form = await openForm(page, 'Enregistrer une décision', 'Décision d’admission en alternance');
    await fill(form, { Décision: 'Admis·e en alternance', 'Date de la décision': frDate(-101) });
    await submit(form, 'Enregistrer la décision');

    form = await openForm(page, 'Ajouter un contrat', 'Nouveau contrat de travail');
    await fill(form, {
      'Type de contrat': 'CDD d’usage (association intermédiaire)',
      'Durée hebdomadaire': '26',
      'Premier jour': frDate(-100),
    });
    await submit(form, 'Enregistrer le contrat');
    await accessible('03-recrutement');
  });

  it('enters the training stage through its gate', async () => {
    await openTab(page, 'Parcours');
    await page.getByText('Tout est réuni pour passer à l’étape « Formation / alternance »').waitFor();
    const form = page.getByRole('region', { name: 'Changer d’étape', exact: true });
    await fill(form, { 'Nouvelle étape': 'Formation / alternance', 'Date du changement': frDate(-100) });
    await form.getByRole('button', { name: 'Changer d’étape' }).click();
    await headerShowsStage('Formation / alternance');
  });

  it('sets the target certification, records placements at a landlord, and meets the securing gate', async () => {
    await openTab(page, 'Certification');
    let form = page.getByRole('region', { name: 'Choisir la certification visée', exact: true });
    await fill(form, { 'Certification visée': 'Gardien d’immeubles (AFPOLS) · RNCP 40892 · niveau 3' });
    await submit(form, 'Enregistrer la certification visée');

    await openTab(page, 'Missions et heures');
    form = await openForm(page, 'Ajouter une mise à disposition', 'Nouvelle mise à disposition');
    await fill(form, {
      'Organisation d’accueil': 'Rouen Habitat (Rouen)',
      'Premier jour': frDate(-90),
      'Dernier jour': frDate(-60),
      'Heures de la mission': '160',
    });
    await submit(form, 'Enregistrer la mise à disposition');
    await page.getByText(/160 h/).first().waitFor();
    await accessible('04-missions');

    // Job coaching during the mission (issue 18, point 5): a call recorded on the mission's card.
    form = await openForm(page, 'Ajouter un contact de suivi', 'Nouveau contact de suivi');
    await fill(form, {
      'Type de contact': 'Appel',
      'Date du contact': frDate(-70),
      'Note courte (facultative)': 'RAS.',
    });
    await submit(form, 'Enregistrer le contact');
    await page
      .getByText(/Appel \(par /)
      .first()
      .waitFor();
    await accessible('04-suivi-en-mission');

    // The securing gate needs an exam session: the form refuses, naming what is missing.
    await openTab(page, 'Parcours');
    await page.getByText('Pour passer à l’étape « Sécurisation de l’emploi », il manque :').waitFor();
    const stage = page.getByRole('region', { name: 'Changer d’étape', exact: true });
    await fill(stage, { 'Nouvelle étape': 'Sécurisation de l’emploi', 'Date du changement': frDate(-15) });
    const refusal = await submitExpectingRefusal(stage, 'Changer d’étape');
    expect(refusal).toMatch(/session d’examen|résultat/i);
    await accessible('05-porte-refusee');
  });

  it('records the exam session with its results, then enters the securing stage', async () => {
    await openTab(page, 'Certification');
    await page.getByRole('button', { name: 'Ajouter une session' }).click();
    const form = page.getByRole('region', {
      name: 'Nouvelle session d’examen — Gardien d’immeubles (AFPOLS)',
      exact: true,
    });
    await fill(form, { 'Date de la session': frDate(-20), 'Centre d’examen': 'AFPOLS — centre de Rouen' });
    for (const select of await form.locator('select').all()) await select.selectOption({ label: 'Acquis' });
    await submit(form, 'Enregistrer la session');
    await accessible('06-certification');

    await openTab(page, 'Parcours');
    const stage = page.getByRole('region', { name: 'Changer d’étape', exact: true });
    await fill(stage, { 'Nouvelle étape': 'Sécurisation de l’emploi', 'Date du changement': frDate(-15) });
    await stage.getByRole('button', { name: 'Changer d’étape' }).click();
    await headerShowsStage('Sécurisation de l’emploi');
  });

  it('records the hire and the exit, which counts, and the person leaves the pathway', async () => {
    await openTab(page, 'Embauche, sortie et suivi');
    let form = await openForm(page, 'Enregistrer une embauche', 'Embauche');
    await fill(form, {
      'Employeur partenaire': 'Rouen Habitat (Rouen)',
      'Type de contrat': 'CDI',
      'Début du contrat': frDate(0),
      'Durée hebdomadaire': '35',
    });
    await submit(form, 'Enregistrer l’embauche');

    form = await openForm(page, 'Enregistrer la sortie', 'Sortie du parcours');
    // Before any hour worked: what is missing, and the hint never says « compte » with « il manque ».
    await fill(form, { 'Date de sortie': frDate(-95), 'Motif de sortie': 'Autre sortie — Sans nouvelles' });
    await form.getByText(/il manque 150 h/).waitFor();
    const early = await form.innerText();
    expect(early).toMatch(
      /0 h travaillées : une sortie d’association intermédiaire n’est retenue qu’à partir de 150 h/,
    );
    expect(early).not.toMatch(/\bcompte\b/);
    // An « Embauche en CDI » dated before the CDI recorded: said in the hint, then refused next to the date.
    await fill(form, { 'Date de sortie': frDate(-1), 'Motif de sortie': 'Emploi durable — Embauche en CDI' });
    await form
      .getByText(/avant le début de l’embauche qu’elle désigne/)
      .first()
      .waitFor();
    const refusal = await submitExpectingRefusal(form, 'Enregistrer la sortie');
    expect(refusal).toMatch(/Date de sortie : La sortie « Embauche en CDI » est datée du .*datez la sortie du/);
    await accessible('07a-sortie-refusee');
    // On the hire's first day: it counts, what was counted is listed, and the contract still running is a warning.
    await fill(form, { 'Date de sortie': frDate(0) });
    await form.getByText(/160 h travaillées : la sortie compte/).waitFor();
    await form.getByText(/n’a pas de date de fin enregistrée/).waitFor();
    await submit(form, 'Enregistrer la sortie');
    const counted = page.getByRole('region', { name: 'Ce qui a été compté' });
    await counted.getByText('Total : 160 h').waitFor();
    await counted.getByRole('cell', { name: /^Rouen Habitat/ }).waitFor();
    await page
      .getByText(/160 h travaillées/)
      .first()
      .waitFor();
    await accessible('07-sortie');

    await openTab(page, 'Parcours');
    await headerShowsStage('Sortie');
    const chronology = page.getByRole('region', { name: 'Chronologie' });
    await chronology
      .getByText(/Embauche en CDI/)
      .first()
      .waitFor();
    const timeline = await chronology.innerText();
    for (const step of [
      'Orientation',
      'Diagnostic d’éligibilité',
      'PASS IAE',
      'Immersion',
      'admission',
      'Mise à disposition',
      'Embauche',
      'Sortie',
    ])
      expect(timeline).toContain(step);
    await accessible('08-parcours');
  });
});
