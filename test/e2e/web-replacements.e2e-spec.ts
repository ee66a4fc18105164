import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, formatIsoDateFr, todayInParis } from '@tremplin/domain';
import { createTestDatabase, type LocalSmtp, startLocalSmtp, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { DEMO_COUNSELLOR } from './support/contract-steps';
import { DEMO_REVIEWER } from './support/portal-steps';
import { accessibilityCheck, frenchContext, signIn } from './support/web-session';

/**
 * Issue 18's acceptance for urgent replacements, in Chromium: Rouen Habitat's HR officer posts a night replacement
 * (SST required) from the portal; the counsellor sees the three persons of the demo who can go, ranked with their
 * reasons, and sends the offer to two; both open their link on a 390 px phone screen; one accepts, the other is told
 * the place is taken; the mission appears in the landlord's hours to confirm. Then the counsellor posts a request on
 * Rouen Habitat's behalf from « Nouvelle demande », with a required certification block, and lands on its ranked
 * candidates. axe on every page.
 */
describeInBrowser('web app: an urgent night replacement, from request to mission', (chromiumPath) => {
  let database: TestDatabase;
  let smtp: LocalSmtp;
  let api: ApiProcess;
  let browser: Browser;
  let reviewer: Page;
  let counsellor: Page;
  const contexts: BrowserContext[] = [];
  const accessible = accessibilityCheck('replacements');
  const night = addDays(todayInParis(), 14);
  const morning = addDays(night, 1);
  const tokens: string[] = [];
  /** This test's request, told from the demo's own night watch (a few days from today) by its date. */
  const ours = (page: Page) =>
    page.getByRole('article', { name: 'Remplacement Veilleur de nuit' }).filter({ hasText: formatIsoDateFr(night) });

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    database = await createTestDatabase('tremplin_e2e_replacements');
    api = await startApiProcess({
      databaseUrl: database.url,
      serveWeb: true,
      env: { SEED_DEMO: 'true', SMTP_URL: smtp.url },
    });
    browser = await launchChromium(chromiumPath);
    for (let i = 0; i < 2; i++) contexts.push(await frenchContext(browser, api.url));
    reviewer = await contexts[0].newPage();
    counsellor = await contexts[1].newPage();
    await signIn(reviewer, DEMO_REVIEWER);
    await reviewer.waitForURL(/\/portail$/);
    await signIn(counsellor, DEMO_COUNSELLOR);
    await counsellor.waitForURL(/\/personnes$/);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await smtp?.close();
    await database?.drop();
  });

  it('the landlord posts a night replacement from the portal', async () => {
    await reviewer.getByRole('link', { name: 'Remplacements' }).click();
    await reviewer.getByRole('heading', { level: 1, name: 'Remplacements' }).waitFor();
    const form = reviewer.getByRole('form', { name: 'Demander un remplacement' });
    await form.getByLabel('Structure').selectOption({ label: 'Rouen Insertion Emploi' });
    await form.getByLabel('Site').selectOption({ label: 'Résidence Les Tilleuls, Rouen' });
    await form.getByLabel('Poste').fill('Veilleur de nuit');
    await form.getByLabel('Début').fill(`${night}T21:00`);
    await form.getByLabel('Fin').fill(`${morning}T07:00`);
    await form.getByLabel('Heures travaillées').fill('10');
    await form.getByLabel('Sauveteur secouriste du travail (SST)').check();
    await form.getByLabel('Réponse attendue avant').fill(`${night}T19:00`);
    await form.getByRole('button', { name: 'Demander le remplacement' }).click();
    await reviewer.getByText('Demande envoyée : la structure est prévenue.').waitFor();
    await ours(reviewer).getByText('Ouverte').waitFor();
    await accessible(reviewer, 'portal-request');
  });

  it('the counsellor sees three ranked candidates with their reasons and sends the offer to two', async () => {
    await counsellor.getByRole('link', { name: 'Remplacements' }).click();
    await counsellor.getByRole('heading', { level: 1, name: 'Remplacements' }).waitFor();
    await ours(counsellor).getByRole('link', { name: 'Veilleur de nuit' }).waitFor();
    await accessible(counsellor, 'requests');
    await ours(counsellor).getByRole('link', { name: 'Veilleur de nuit' }).click();
    const canGo = counsellor.getByRole('region', { name: /^Peuvent y aller/ });
    await canGo.getByRole('heading', { name: 'Peuvent y aller (3)' }).waitFor();
    const people = canGo.getByRole('article');
    expect(await people.count()).toBe(3);
    // The three of the demo who hold the SST and are available at night, each with a distance.
    const names: string[] = [];
    for (let i = 0; i < 3; i++)
      names.push(
        (
          (await people.nth(i).getByRole('checkbox').getAttribute('aria-label')) ??
          (await people.nth(i).locator('label').first().innerText())
        ).replace(/^\d+\. /, ''),
      );
    expect([...names].sort()).toEqual(['Amina Haddad', 'Bruno Faure', 'Céline Lambert']);
    await people
      .nth(0)
      .getByText(/km à vol d’oiseau, environ \d+ min de trajet/)
      .waitFor();
    await people.nth(0).getByText('Sauveteur secouriste du travail (SST) : valide.').waitFor();
    await people.nth(0).getByText('Disponible sur tout le créneau (disponibilités de la semaine).').waitFor();
    await counsellor
      .getByRole('region', { name: /^Ne peuvent pas y aller/ })
      .getByText('Sauveteur secouriste du travail (SST) : non détenue.')
      .first()
      .waitFor();
    await accessible(counsellor, 'candidates');
    // Every page at both sizes (issue 17): the ranked candidates on a phone too.
    await counsellor.setViewportSize({ width: 390, height: 844 });
    await accessible(counsellor, 'candidates-390');
    await counsellor.setViewportSize({ width: 1280, height: 800 });
    await people.nth(0).getByRole('checkbox').check();
    await people.nth(1).getByRole('checkbox').check();
    await counsellor.getByRole('button', { name: 'Envoyer l’offre' }).click();
    await counsellor.getByText('Offre envoyée à 2 personnes.').waitFor();
    const emails: Record<string, string> = {
      'Amina Haddad': 'amina.haddad@exemple.fr',
      'Bruno Faure': 'bruno.faure@exemple.fr',
      'Céline Lambert': 'celine.lambert@exemple.fr',
    };
    for (const to of names.slice(0, 2).map((n) => emails[n])) {
      const mail = await smtp.waitFor(to, /\/offre\//);
      tokens.push(/\/offre\/([\w-]+)/.exec(mail.text)![1]);
    }
  });

  it('both open the link on a phone; one accepts, the other is told the place is taken', async () => {
    const phones: Page[] = [];
    for (const token of tokens) {
      const context = await frenchContext(browser, api.url, { viewport: { width: 390, height: 844 }, isMobile: true });
      contexts.push(context);
      const phone = await context.newPage();
      phone.setDefaultTimeout(15_000);
      await phone.goto(`/offre/${token}`);
      await phone.getByRole('heading', { level: 1, name: 'Offre de remplacement' }).waitFor();
      await phone.getByText('Veilleur de nuit').waitFor();
      await phone.getByRole('button', { name: 'Accepter' }).waitFor();
      phones.push(phone);
    }
    await accessible(phones[0], 'offer-phone');
    // …and on a laptop.
    await phones[0].setViewportSize({ width: 1280, height: 800 });
    await accessible(phones[0], 'offer-1280');
    await phones[0].setViewportSize({ width: 390, height: 844 });
    await phones[0].getByRole('button', { name: 'Accepter' }).click();
    await phones[0].getByText(/C’est noté : le remplacement est pour vous/).waitFor();
    await phones[1].getByRole('button', { name: 'Accepter' }).click();
    await phones[1].getByText(/La place a été prise/).waitFor();
    await accessible(phones[1], 'offer-taken');
  });

  it('the mission appears for the landlord, with its hours to confirm', async () => {
    await reviewer.reload();
    await ours(reviewer).getByText('Pourvue').waitFor();
    await reviewer.getByRole('button', { name: 'Voir la fiche de compétences' }).click();
    await reviewer.getByRole('heading', { level: 3, name: /Amina Haddad|Céline Lambert|Bruno Faure/ }).waitFor();
    await accessible(reviewer, 'portal-card');
    await reviewer.getByRole('link', { name: 'Portail employeur' }).click();
    const hours = reviewer.getByRole('region', { name: 'Heures à confirmer' });
    await hours
      .getByText(`du ${formatIsoDateFr(night)} au ${formatIsoDateFr(morning)}`)
      .first()
      .waitFor();
    await accessible(reviewer, 'portal-mission');
  });

  it('the counsellor keeps a person’s availability on the file’s « Disponibilités » tab (issue 18, point 2)', async () => {
    await counsellor.goto('/personnes');
    await counsellor.getByLabel('Rechercher par nom ou prénom').fill('Haddad');
    await counsellor
      .getByRole('link', { name: /Haddad/i })
      .first()
      .click();
    await counsellor.getByRole('tab', { name: 'Disponibilités' }).click();
    const week = counsellor.getByRole('list', { name: 'Plages de la semaine' });
    // The demo's pattern: every day 00:00 – 08:00 and 17:00 – 24:00, so a night every day.
    await week.getByText('17:00 – 24:00').first().waitFor();
    await accessible(counsellor, 'availability');
    await counsellor.getByRole('button', { name: 'Retirer la plage du samedi 17:00 – 24:00' }).click();
    const add = counsellor.getByRole('group', { name: 'Ajouter une plage' });
    await add.getByLabel('Jour').selectOption({ label: 'Samedi' });
    await add.getByLabel('De', { exact: true }).fill('21:00');
    await add.getByLabel('À', { exact: true }).fill('24:00');
    await add.getByRole('button', { name: 'Ajouter la plage' }).click();
    await week.getByText('21:00 – 24:00').waitFor();
    await counsellor.getByRole('button', { name: 'Enregistrer les disponibilités' }).click();
    await counsellor.getByText('Les disponibilités de la semaine sont enregistrées.').waitFor();
    await counsellor.reload();
    await counsellor.getByRole('list', { name: 'Plages de la semaine' }).getByText('21:00 – 24:00').waitFor();
    expect(await counsellor.getByRole('button', { name: 'Retirer la plage du samedi 17:00 – 24:00' }).count()).toBe(0);
    await counsellor.setViewportSize({ width: 390, height: 844 });
    await accessible(counsellor, 'availability-390');
    await counsellor.setViewportSize({ width: 1280, height: 800 });
  });

  it('the counsellor posts a request on the employer’s behalf, with a required block, and sees the ranked candidates', async () => {
    const later = addDays(todayInParis(), 21);
    await counsellor.goto('/remplacements');
    await counsellor.getByRole('link', { name: 'Nouvelle demande' }).click();
    await counsellor.getByRole('heading', { level: 1, name: 'Nouvelle demande de remplacement' }).waitFor();
    const form = counsellor.getByRole('form', { name: 'Nouvelle demande de remplacement' });
    await accessible(counsellor, 'new-request');
    // Sent empty: nothing is sent, every field says what it needs, and the summary lists them.
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await form.getByText('Rien n’est envoyé : corrigez ces points').waitFor();
    await form.getByText('Employeur partenaire : choisissez l’employeur.').waitFor();
    await accessible(counsellor, 'new-request-errors');
    await form.getByLabel('Employeur partenaire').selectOption({ label: 'Rouen Habitat' });
    await form.getByLabel('Site').selectOption({ label: 'Résidence du Mont-Riboudet, Rouen' });
    await form.getByLabel('Poste').fill('Gardien·ne de nuit');
    await form.getByLabel('Début').fill(`${later}T21:00`);
    await form.getByLabel('Fin').fill(`${addDays(later, 1)}T07:00`);
    // More hours than the slot: refused in the form, with the excess.
    await form.getByLabel('Heures travaillées').fill('11');
    await form.getByLabel('BC03 — Gérer la relation aux locataires et prévenir les incivilités').check();
    await form.getByLabel('Niveau minimum sur chaque bloc exigé').selectOption({ label: 'En progression' });
    await form.getByLabel('Réponse attendue avant').fill(`${later}T18:00`);
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await form.getByText('Les heures dépassent la durée du créneau (10 h) de 1 h.').first().waitFor();
    await form.getByLabel('Heures travaillées').fill('9,5');
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await counsellor.waitForURL(/\/remplacements\/[0-9a-f-]{36}$/);
    await counsellor.getByText('Gardien·ne de nuit').waitFor();
    const canGo = counsellor.getByRole('region', { name: /^Peuvent y aller/ });
    const heading = canGo.getByRole('heading', { name: /^Peuvent y aller \(\d+\)$/ });
    await heading.waitFor();
    expect(Number(/\((\d+)\)/.exec(await heading.innerText())![1])).toBeGreaterThanOrEqual(3);
    // Each one evaluated at least « En progression » on the block, said line by line.
    await canGo
      .getByRole('article')
      .first()
      .getByText(/^« Gérer la relation aux locataires et prévenir les incivilités » : (En progression|Acquis)/)
      .waitFor();
    await counsellor
      .getByRole('region', { name: /^Ne peuvent pas y aller/ })
      .getByText(/« Gérer la relation aux locataires et prévenir les incivilités » : jamais évalué/)
      .first()
      .waitFor();
    await accessible(counsellor, 'new-request-candidates');
    await counsellor.goto('/remplacements');
    await counsellor.getByRole('link', { name: 'Gardien·ne de nuit' }).waitFor();
  });
});
