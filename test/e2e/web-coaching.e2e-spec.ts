import type { Browser, Locator, Page } from 'playwright-core';
import { createTestDatabase, type LocalSmtp, startLocalSmtp, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { DEMO_COUNSELLOR, DEMO_DIRECTOR } from './support/contract-steps';
import { fill, frDate, openForm, openTab, submit } from './support/pathway-steps';
import { DEMO_REVIEWER } from './support/portal-steps';
import { accessibilityCheck, frenchContext, signIn } from './support/web-session';

/** Amina Haddad, the first demo person: a replacement at Rouen Habitat (Résidence Grieu) for 20 days, last call 17 days ago. */
const AMINA = '/personnes/0b7f6a5e-0000-4000-8000-000000001000';
const NO_CONTACT = 'Pas de contact de suivi en mission';
const CALL_NOTE = 'Point téléphonique : difficultés de transport le matin, piste du covoiturage avec le gardien.';
const MEDIATION_NOTE = 'Point à trois sur place : horaires du matin décalés d’une demi-heure, suivi dans 15 jours.';
const EMPLOYER_MESSAGE = 'Un désaccord sur le planning du week-end : pouvons-nous en parler ensemble ?';

/**
 * Issue 18, point 5, in Chromium (docs/domain/coaching.md): the director chooses after how many days without a
 * coaching contact the alert shows, and the demo's Amina (last call 17 days ago) shows it or not accordingly; her
 * counsellor names a coach on her replacement mission, records a confidential call that appears on the timeline and
 * lifts the alert, and holds the mediation the landlord had asked for; the landlord asks for a new mediation from the
 * portal, the coach is told (in the app and by e-mail) and the counsellor sees it on the mission. axe on every page.
 */
describeInBrowser('web app: job coaching during a mission', (chromiumPath) => {
  let database: TestDatabase;
  let smtp: LocalSmtp;
  let api: ApiProcess;
  let browser: Browser;
  let director: Page;
  let counsellor: Page;
  let reviewer: Page;
  const accessible = accessibilityCheck('coaching');

  /** Amina's replacement mission, in « Suivi en mission » of the tab « Missions et heures ». */
  const missionCard = (page: Page): Locator =>
    page
      .getByRole('region', { name: 'Remplacement chez Rouen Habitat' })
      .filter({ hasText: 'Résidence Grieu' })
      .first();
  const alerts = (page: Page): Locator => page.getByRole('region', { name: 'Alertes' });

  const openMissions = async (page: Page) => {
    await page.goto(`${AMINA}?onglet=missions`);
    await page.getByRole('heading', { level: 1, name: 'Amina HADDAD' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Suivi en mission' }).waitFor();
    await missionCard(page).waitFor();
  };

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    database = await createTestDatabase('tremplin_e2e_coaching');
    api = await startApiProcess({
      databaseUrl: database.url,
      serveWeb: true,
      env: { SEED_DEMO: 'true', SMTP_URL: smtp.url },
    });
    browser = await launchChromium(chromiumPath);
    director = await (await frenchContext(browser, api.url)).newPage();
    counsellor = await (await frenchContext(browser, api.url)).newPage();
    reviewer = await (await frenchContext(browser, api.url)).newPage();
    await signIn(director, DEMO_DIRECTOR);
    await director.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await signIn(counsellor, DEMO_COUNSELLOR);
    await counsellor.waitForURL(/\/personnes$/);
    await signIn(reviewer, DEMO_REVIEWER);
    await reviewer.waitForURL(/\/portail$/);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await smtp?.close();
    await database?.drop();
  });

  it('the caseload lists Amina under the alert « Pas de contact de suivi en mission » (17 days, over the default 14)', async () => {
    await counsellor.goto('/personnes?alerte=NO_COACHING_CONTACT');
    await counsellor.getByRole('link', { name: 'HADDAD Amina' }).first().waitFor();
    await accessible(counsellor, 'caseload-alert');
  });

  it('the director sets the days through the page: over 17 the alert leaves, under it the alert is back', async () => {
    await openMissions(director);
    await alerts(director).getByText(NO_CONTACT).waitFor();
    const days = director.getByLabel('Alerte après combien de jours sans contact de suivi ?');
    await days.fill('20');
    await director.getByRole('button', { name: 'Enregistrer le seuil' }).click();
    await director.getByRole('status').filter({ hasText: 'Seuil enregistré.' }).waitFor();
    await director.reload();
    await director.getByRole('heading', { level: 1, name: 'Amina HADDAD' }).waitFor();
    await director.getByRole('heading', { level: 2, name: 'Suivi en mission' }).waitFor();
    await expect(days.inputValue()).resolves.toBe('20');
    expect(await alerts(director).getByText(NO_CONTACT).count()).toBe(0);

    await days.fill('10');
    await director.getByRole('button', { name: 'Enregistrer le seuil' }).click();
    await director.getByRole('status').filter({ hasText: 'Seuil enregistré.' }).waitFor();
    await director.reload();
    await alerts(director).getByText(NO_CONTACT).waitFor();
    await alerts(director)
      .getByText(/Pas de contact de suivi depuis 17 jours .*seuil 10 jours/)
      .waitFor();
    await accessible(director, 'threshold');
  });

  it('the counsellor names a coach on the mission', async () => {
    await openMissions(counsellor);
    // Claire only reads the threshold (the director sets it).
    await counsellor.getByText('Alerte après 10 jours sans contact de suivi pendant une mission en cours.').waitFor();
    const card = missionCard(counsellor);
    await card.getByLabel('Chargé·e d’accompagnement').selectOption({ label: 'Karim Benali' });
    await card.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await card.getByRole('button', { name: 'Enregistrer', exact: true }).and(card.locator('[disabled]')).waitFor();
    await counsellor.reload();
    await missionCard(counsellor).waitFor();
    await expect(
      missionCard(counsellor)
        .getByLabel('Chargé·e d’accompagnement')
        .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).resolves.toBe('Karim Benali');
    await accessible(counsellor, 'mission-coach');
  });

  it('records a confidential call: on the mission, on the timeline, and the alert is lifted', async () => {
    const card = missionCard(counsellor);
    await card.getByRole('button', { name: 'Ajouter un contact de suivi' }).click();
    const form = await openForm(counsellor, null, 'Nouveau contact de suivi');
    await fill(form, {
      'Type de contact': 'Appel',
      'Date du contact': frDate(0),
      'Note courte': CALL_NOTE,
      'Note confidentielle': true,
    });
    await accessible(counsellor, 'contact-form');
    await submit(form, 'Enregistrer le contact');
    const line = card.getByRole('listitem').filter({ hasText: CALL_NOTE });
    await line.getByText(`${frDate(0)} — Appel (par Claire Martin)`).waitFor();
    await line.getByText('Confidentiel', { exact: true }).waitFor();
    // The alert leaves the header: the last contact is today.
    await counsellor.reload();
    await counsellor.getByRole('heading', { level: 1, name: 'Amina HADDAD' }).waitFor();
    await missionCard(counsellor).waitFor();
    expect(await alerts(counsellor).getByText(NO_CONTACT).count()).toBe(0);

    await openTab(counsellor, 'Parcours');
    const chronology = counsellor.getByRole('region', { name: 'Chronologie' });
    await chronology.getByText(`${frDate(0)} · Appel — Rouen Habitat`).waitFor();
    await chronology.getByText(CALL_NOTE, { exact: false }).waitFor();
    await accessible(counsellor, 'timeline');
  });

  it('holds the mediation the landlord had asked for, which closes the request', async () => {
    await openMissions(counsellor);
    const card = missionCard(counsellor);
    const request = card
      .getByRole('listitem')
      .filter({ hasText: 'Deux retards cette semaine : pouvons-nous faire un point à trois ?' });
    await request.getByText(/Médiation demandée par l’employeur/).waitFor();
    await request.getByRole('button', { name: 'Enregistrer la médiation' }).click();
    const form = await openForm(counsellor, null, 'Médiation demandée par l’employeur');
    await fill(form, { 'Date du contact': frDate(0), 'Note courte': MEDIATION_NOTE });
    await submit(form, 'Enregistrer la médiation');
    await card
      .getByRole('listitem')
      .filter({ hasText: MEDIATION_NOTE })
      .getByText(/Médiation avec l’employeur \(par Claire Martin\)/)
      .waitFor();
    expect(await card.getByRole('button', { name: 'Enregistrer la médiation' }).count()).toBe(0);
  });

  it('the landlord asks for a new mediation from the portal; the coach is told; the counsellor sees it', async () => {
    await reviewer.goto('/portail');
    const hours = reviewer.getByRole('region', { name: 'Heures à confirmer' });
    await hours.getByLabel('Afficher').selectOption({ label: 'Toutes les heures' });
    const ask = hours.getByRole('button', { name: /^Demander une médiation : .*Résidence Grieu/ }).first();
    await ask.waitFor();
    await hours
      .getByText(`Médiation faite le ${frDate(0)}.`)
      .first()
      .waitFor();
    await ask.click();
    const dialog = reviewer.getByRole('dialog', { name: 'Demander une médiation' });
    // Nothing typed: the field says what is missing.
    await dialog.getByRole('button', { name: 'Envoyer la demande', exact: true }).click();
    await dialog.getByText('Dites en quelques mots ce qui motive la demande de médiation.').waitFor();
    await dialog.getByLabel(/^Votre message/).fill(EMPLOYER_MESSAGE);
    await accessible(reviewer, 'portal-mediation-form');
    await dialog.getByRole('button', { name: 'Envoyer la demande', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await hours
      .getByText(`Médiation demandée le ${frDate(0)}`)
      .first()
      .waitFor();
    await accessible(reviewer, 'portal-mediation-requested');

    // The coach now named (Karim) is told by e-mail, without anybody's name.
    const mail = await smtp.waitFor('karim.benali@rouen-insertion.demo', /médiation/i);
    expect(mail.text).not.toContain('Amina');
    expect(mail.text).not.toContain('Haddad');

    await openMissions(counsellor);
    const request = missionCard(counsellor).getByRole('listitem').filter({ hasText: EMPLOYER_MESSAGE });
    await request.getByText(`Demandée le ${frDate(0)} — Médiation demandée par l’employeur`).waitFor();
    await request.getByRole('button', { name: 'Enregistrer la médiation' }).waitFor();
    await accessible(counsellor, 'mediation-requested');
    // The same page on a phone.
    await counsellor.setViewportSize({ width: 390, height: 844 });
    await accessible(counsellor, 'mediation-requested-390');
    await counsellor.setViewportSize({ width: 1280, height: 900 });
  });
});
