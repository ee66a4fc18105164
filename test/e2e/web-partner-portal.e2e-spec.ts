import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { todayInParis } from '@tremplin/domain';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { DEMO_COUNSELLOR, DEMO_DIRECTOR } from './support/contract-steps';
import { fill, frDate } from './support/pathway-steps';
import {
  DEMO_REVIEWER,
  findProposableTrainee,
  LANDLORD,
  leakedSocialData,
  parseHires,
  type ProposableTrainee,
} from './support/portal-steps';
import { accessibilityCheck, frenchContext, signIn } from './support/web-session';

/**
 * Issue 5's partner portal, in Chromium, with two people at two computers: the counsellor proposes a trainee of her
 * caseload to Rouen Habitat's open caretaker position, after checking what the landlord will see; the landlord's HR
 * officer finds the proposal in their portal, reads the card (nothing of the person's social file is on it), validates
 * for hire; the counsellor sees the decision and records the hire; the landlord's hiring target moves by one. The
 * officer also confirms one line of mission hours and contests another with a comment. Every screen is checked with
 * axe; the decision dialog is used with the keyboard.
 */
describeInBrowser('web app: the partner portal, from proposal to hire', (chromiumPath) => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let counsellorContext: BrowserContext;
  let reviewerContext: BrowserContext;
  let counsellor: Page;
  let reviewer: Page;
  let trainee: ProposableTrainee;
  let hiresBefore: { hires: number; target: number };
  const year = todayInParis().slice(0, 4);

  const accessible = accessibilityCheck('portal');
  const objective = (): Locator => reviewer.getByRole('region', { name: `Objectif d’embauches ${year}` });
  const proposalCard = (): Locator =>
    counsellor.getByRole('article', { name: `Proposition à ${LANDLORD} — ${trainee.need.jobTitle}` });
  const openProposalsTab = async () => {
    await counsellor.goto(`/personnes/${trainee.id}?onglet=propositions`);
    await counsellor.getByRole('tabpanel', { name: 'Propositions' }).waitFor();
  };
  const hoursSection = (): Locator => reviewer.getByRole('region', { name: 'Heures à confirmer' });
  const untilCount = async (locator: Locator, count: number) => {
    for (let i = 0; i < 100 && (await locator.count()) !== count; i++) await reviewer.waitForTimeout(100);
    expect(await locator.count()).toBe(count);
  };

  beforeAll(async () => {
    database = await createTestDatabase('tremplin_e2e_portal');
    api = await startApiProcess({ databaseUrl: database.url, serveWeb: true, env: { SEED_DEMO: 'true' } });
    trainee = await findProposableTrainee(api.url);
    browser = await launchChromium(chromiumPath);
    counsellorContext = await frenchContext(browser, api.url);
    reviewerContext = await frenchContext(browser, api.url);
    counsellor = await counsellorContext.newPage();
    reviewer = await reviewerContext.newPage();
    await signIn(counsellor, DEMO_COUNSELLOR);
    await counsellor.waitForURL(/\/personnes$/);
    // A reviewer lands on their portal.
    await signIn(reviewer, DEMO_REVIEWER);
    await reviewer.waitForURL(/\/portail$/);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.drop();
  });

  it('shows the landlord their portal: hiring target, proposals to examine, hours to confirm, needs', async () => {
    await reviewer.getByRole('heading', { level: 1, name: 'Portail employeur' }).waitFor();
    await reviewer.getByText(LANDLORD, { exact: true }).first().waitFor();
    await objective()
      .getByText(/\d+ \/ \d+ embauches/)
      .first()
      .waitFor();
    hiresBefore = parseHires(await objective().innerText());
    // The social file read as the counsellor, to be looked for on the landlord's screens: birth date, prescriber,
    // criteria… (a check with nothing to look for would pass whatever the card shows).
    expect(trainee.socialData.length).toBeGreaterThanOrEqual(4);
    await reviewer.getByRole('region', { name: 'Propositions à examiner' }).getByRole('table').waitFor();
    await hoursSection().getByRole('table').waitFor();
    await reviewer
      .getByRole('region', { name: 'Besoins de recrutement' })
      .getByText(trainee.need.jobTitle)
      .first()
      .waitFor();
    // The trainee is not proposed yet: nothing of them in the portal.
    expect(await reviewer.getByRole('link', { name: trainee.displayName }).count()).toBe(0);
    await accessible(reviewer, '01-accueil');
  });

  it('lets the counsellor propose the trainee after seeing exactly what the landlord will see', async () => {
    await openProposalsTab();
    await counsellor.getByRole('button', { name: 'Proposer à un employeur' }).first().click();
    const dialog = counsellor.getByRole('dialog', { name: 'Proposer à un employeur' });
    await dialog.waitFor();
    await dialog.getByLabel(/^Besoin de recrutement/).selectOption(trainee.need.id);
    const preview = dialog.getByRole('region', { name: 'Ce que l’employeur verra' });
    await preview.getByRole('heading', { name: trainee.displayName, exact: true }).waitFor();
    const shown = await preview.innerText();
    expect(shown).toContain(trainee.displayName);
    expect(shown).not.toContain(`${trainee.firstName} ${trainee.lastName}`);
    expect(leakedSocialData(shown, trainee.socialData)).toEqual([]);
    expect(await dialog.getByLabel('Partager le nom complet').isChecked()).toBe(false);
    expect(await dialog.getByLabel(/^Date du consentement/).inputValue()).toBe(frDate(0));
    await fill(dialog, { 'Message à l’employeur (facultatif)': 'Très à l’aise avec les locataires, ponctuel·le.' });
    await dialog.getByRole('button', { name: 'Envoyer la proposition', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await proposalCard().getByText('En attente de décision', { exact: true }).waitFor();
  });

  it('shows the landlord the proposal and a card without any social data', async () => {
    await reviewer.goto('/portail');
    const inbox = reviewer.getByRole('region', { name: 'Propositions à examiner' });
    const link = inbox.getByRole('link', { name: trainee.displayName, exact: true });
    await link.waitFor();
    await link.click();
    await reviewer.waitForURL(/\/portail\/propositions\/[0-9a-f-]{36}$/);
    await reviewer.getByRole('heading', { level: 2, name: trainee.displayName, exact: true }).waitFor();
    await reviewer.getByText('Très à l’aise avec les locataires, ponctuel·le.').waitFor();
    await reviewer
      .getByRole('region', { name: 'Historique de la proposition' })
      .getByText('Proposé·e à l’employeur')
      .waitFor();
    const page = await reviewer.locator('body').innerText();
    expect(leakedSocialData(page, trainee.socialData)).toEqual([]);
    expect(page).not.toContain(trainee.id);
    await accessible(reviewer, '02-fiche');
  });

  it('traps the focus in the decision dialog and closes it on Escape (keyboard only)', async () => {
    const decline = reviewer.getByRole('button', { name: 'Décliner', exact: true });
    await decline.focus();
    await reviewer.keyboard.press('Enter');
    const dialog = reviewer.getByRole('dialog', { name: `Décliner la proposition de ${trainee.displayName} ?` });
    await dialog.waitFor();
    // The focus starts in the dialog (on « Motif ») and stays there, however many times one presses Tab.
    await reviewer.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') !== null);
    expect(await dialog.getByLabel(/^Motif/).evaluate((el) => el === document.activeElement)).toBe(true);
    for (let i = 0; i < 12; i++) {
      await reviewer.keyboard.press('Tab');
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await reviewer.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    // Declining needs a reason; « Autre motif » needs a comment: said next to the fields, nothing is sent.
    await dialog.getByRole('button', { name: 'Confirmer la décision' }).click();
    await dialog.getByText(/Motif : choisissez dans la liste/).waitFor();
    await dialog.getByLabel(/^Motif/).selectOption({ label: 'Autre motif (à préciser)' });
    await dialog.getByRole('button', { name: 'Confirmer la décision' }).click();
    await dialog.getByText(/Commentaire : précisez le motif/).waitFor();
    await accessible(reviewer, '03-dialogue-decision');

    await reviewer.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await reviewer.waitForFunction(() => document.activeElement?.textContent === 'Décliner');
    // Nothing was decided.
    await reviewer.getByRole('button', { name: 'Valider pour embauche' }).waitFor();
  });

  it('validates the trainee for hire', async () => {
    await reviewer.getByRole('button', { name: 'Valider pour embauche' }).click();
    const dialog = reviewer.getByRole('dialog', { name: `Valider ${trainee.displayName} pour embauche ?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Confirmer la décision' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await reviewer
      .getByRole('status')
      .filter({ hasText: 'Validé·e pour embauche : la structure est prévenue' })
      .waitFor();
    const decision = reviewer.getByRole('region', { name: 'Votre décision' });
    await decision.getByText('Validé·e pour embauche', { exact: true }).waitFor();
    expect(await reviewer.getByRole('button', { name: 'Décliner', exact: true }).count()).toBe(0);
    await reviewer
      .getByRole('region', { name: 'Historique de la proposition' })
      .getByText('Validé·e pour embauche par l’employeur')
      .waitFor();
    await accessible(reviewer, '04-valide');
  });

  it('shows the counsellor the decision; she records the hire', async () => {
    await openProposalsTab();
    await proposalCard().getByText('Validé·e pour embauche', { exact: true }).waitFor();
    await counsellor.goto(`/personnes/${trainee.id}?onglet=parcours`);
    await counsellor
      .getByRole('tabpanel', { name: 'Parcours' })
      .getByText(/Validé·e pour embauche par l’employeur/)
      .first()
      .waitFor();

    await openProposalsTab();
    await proposalCard().getByRole('button', { name: 'Enregistrer l’embauche' }).click();
    const dialog = counsellor.getByRole('dialog', { name: 'Enregistrer l’embauche' });
    await dialog.waitFor();
    await fill(dialog, { 'Type de contrat': 'CDI', 'Date de début': frDate(0), 'Heures par semaine': '35' });
    await dialog.getByRole('button', { name: 'Enregistrer l’embauche', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await proposalCard().getByText('Embauché·e', { exact: true }).waitFor();
  });

  it('moves the landlord’s hiring target by one', async () => {
    await reviewer.goto('/portail');
    await objective()
      .getByText(/\d+ \/ \d+ embauches/)
      .first()
      .waitFor();
    await reviewer.waitForFunction(
      (expected) => document.body.innerText.includes(expected),
      `${hiresBefore.hires + 1} / ${hiresBefore.target} embauches`,
    );
    expect(parseHires(await objective().innerText())).toEqual({
      hires: hiresBefore.hires + 1,
      target: hiresBefore.target,
    });
  });

  it('confirms one line of hours and contests another with a comment', async () => {
    const confirmButtons = hoursSection().getByRole('button', { name: /^Confirmer les heures : / });
    await confirmButtons.first().waitFor();
    expect(await confirmButtons.count()).toBeGreaterThanOrEqual(2);

    // Confirm the first line: it is locked and leaves the lines to confirm.
    const first = confirmButtons.first();
    const firstLine = ((await first.getAttribute('aria-label')) ?? '').replace(/^Confirmer les heures : /, '');
    const before = await confirmButtons.count();
    // One click only asks: Escape leaves the line as it was; « Confirmer » in the dialog locks it.
    await first.click();
    const confirmOne = reviewer.getByRole('dialog', { name: 'Confirmer ces heures ?' });
    await confirmOne.getByText('Une fois confirmées, ces heures ne pourront plus être modifiées.').waitFor();
    await reviewer.keyboard.press('Escape');
    await confirmOne.waitFor({ state: 'hidden' });
    expect(await confirmButtons.count()).toBe(before);
    await first.click();
    await confirmOne.getByRole('button', { name: 'Confirmer', exact: true }).click();
    await hoursSection()
      .getByRole('status')
      .filter({ hasText: `Heures confirmées et verrouillées : ${firstLine}.` })
      .waitFor();
    await untilCount(confirmButtons, before - 1);

    // Contest another: the comment is required.
    const contest = hoursSection()
      .getByRole('button', { name: /^Contester les heures : / })
      .first();
    const secondLine = ((await contest.getAttribute('aria-label')) ?? '').replace(/^Contester les heures : /, '');
    expect(secondLine).not.toBe('');
    await contest.click();
    const dialog = reviewer.getByRole('dialog', { name: 'Contester ces heures ?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Contester les heures' }).click();
    await dialog.getByText(/au moins 5 caractères/).waitFor();
    await accessible(reviewer, '05-contester');
    await dialog.getByLabel(/^Commentaire/).fill('Absent le mercredi : 7 h de moins que déclaré.');
    await dialog.getByRole('button', { name: 'Contester les heures' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await hoursSection()
      .getByRole('status')
      .filter({ hasText: `Heures contestées : ${secondLine}.` })
      .waitFor();

    // Both show in their own filter, the contested one with the comment.
    await hoursSection().getByLabel('Afficher').selectOption({ label: 'Contestées (en attente de correction)' });
    await hoursSection().getByText('« Absent le mercredi : 7 h de moins que déclaré. »').waitFor();
    await hoursSection().getByLabel('Afficher').selectOption({ label: 'Confirmées' });
    await hoursSection().getByRole('table').waitFor();
    await accessible(reviewer, '06-heures-confirmees');

    // « Tout confirmer » asks first; Escape leaves everything as it was.
    await hoursSection().getByLabel('Afficher').selectOption({ label: 'À confirmer' });
    const all = hoursSection().getByRole('button', { name: 'Tout confirmer' });
    await all.waitFor();
    await all.click();
    const confirmAll = reviewer.getByRole('dialog', { name: 'Confirmer toutes les heures affichées ?' });
    await confirmAll.waitFor();
    await accessible(reviewer, '07-tout-confirmer');
    await reviewer.keyboard.press('Escape');
    await confirmAll.waitFor({ state: 'hidden' });
    await all.waitFor();
  });

  it('works on a tablet held upright (no sideways scrolling of the page)', async () => {
    await reviewer.setViewportSize({ width: 768, height: 1024 });
    await reviewer.goto('/portail');
    await hoursSection().getByRole('table').waitFor();
    expect(await reviewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await accessible(reviewer, '09-tablette');
    await reviewer.setViewportSize({ width: 1280, height: 900 });
  });

  it('keeps each side on its own screens: a counsellor’s address takes the landlord to the portal, and back', async () => {
    for (const path of ['/personnes', '/sessions', '/tableau-de-bord']) {
      await reviewer.goto(path);
      await reviewer.waitForURL(/\/portail$/);
      await hoursSection().getByRole('table').waitFor();
    }
    await counsellor.goto('/portail');
    await counsellor.waitForURL(/\/personnes$/);
  });

  it('lists the landlord’s decision among the counsellor’s notifications, which opens the person’s proposals', async () => {
    await counsellor.goto('/personnes');
    const bell = counsellor.getByRole('button', { name: /^Notifications \(\d+ non lues?\)$/ });
    await bell.click();
    const list = counsellor.getByRole('list', { name: 'Dernières notifications' });
    const decided = list
      .getByRole('listitem')
      .filter({ hasText: `${trainee.firstName} ${trainee.lastName} : validé·e pour embauche (${LANDLORD})` });
    await decided.first().waitFor();
    await accessible(counsellor, '10-notifications');
    await decided.first().getByRole('link').first().click();
    await counsellor.waitForURL(new RegExp(`/personnes/${trainee.id}\\?onglet=propositions`));
  });

  it('shows the director every read and decision of the landlord in the person’s access log, which cannot be edited', async () => {
    const directorContext = await frenchContext(browser, api.url);
    try {
      const director = await directorContext.newPage();
      await signIn(director, DEMO_DIRECTOR);
      await director.waitForURL((url) => !url.pathname.startsWith('/connexion'));
      await director.goto(`/personnes/${trainee.id}?onglet=journal`);
      const log = director.getByRole('region', { name: 'Journal des accès', exact: true });
      const rows = log.getByRole('row').filter({ has: director.getByRole('cell') });
      await rows.first().waitFor();
      const text = await log.innerText();
      for (const action of [
        'Proposition envoyée',
        'Consultation par l’employeur partenaire',
        'Décision de l’employeur',
        'Embauche enregistrée',
      ])
        expect(text).toContain(action);
      expect(text).toContain(LANDLORD);
      // What the landlord was shown, in words: « données : nom, évaluations… », never the API's field names.
      expect(text).toContain('données : nom');
      expect(text).not.toMatch(/traineeName|displayName|kindLabel|hoursStatus/);
      // Read only: no control edits or deletes an entry.
      expect(await log.getByRole('button', { name: /modifier|supprimer|effacer/i }).count()).toBe(0);
      await accessibilityCheck('portal')(director, '11-journal-des-acces');
    } finally {
      await directorContext.close();
    }
  });

  it('lets the director share Rouen Habitat’s target with Seine Logis, saying what becomes of their targets', async () => {
    const directorContext = await frenchContext(browser, api.url);
    try {
      const director = await directorContext.newPage();
      await signIn(director, DEMO_DIRECTOR);
      await director.waitForURL((url) => !url.pathname.startsWith('/connexion'));
      await director.goto('/partenaires');
      await director.getByRole('heading', { level: 1, name: 'Partenaires' }).waitFor();
      await director.getByRole('button', { name: 'Partager un objectif' }).click();
      const dialog = director.getByRole('dialog', { name: 'Partager un objectif d’embauches' });
      await dialog.waitFor();
      // Nothing chosen: the refusal says what to do, next to the fields; nothing is saved.
      await dialog.getByRole('button', { name: 'Partager l’objectif' }).click();
      await dialog
        .getByText(/Cochez au moins deux partenariats/)
        .first()
        .waitFor();
      await accessibilityCheck('portal')(director, '12-objectif-partage-erreurs');
      await dialog.getByLabel(/^Nom de l’objectif partagé/).fill('Bailleurs de Rouen');
      await dialog.getByRole('checkbox', { name: LANDLORD }).check();
      await dialog.getByRole('checkbox', { name: 'Seine Logis' }).check();
      // Before saving, the dialog says that their own targets add up into the shared one.
      await dialog.getByText(/s’ajouteront à l’objectif partagé, année par année/).waitFor();
      await accessibilityCheck('portal')(director, '13-objectif-partage');
      await dialog.getByRole('button', { name: 'Partager l’objectif' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await director.getByText(/Objectif partagé « Bailleurs de Rouen » créé/).waitFor();
      const card = director.getByRole('region', { name: LANDLORD, exact: true });
      await card.getByText('Objectif partagé « Bailleurs de Rouen »', { exact: true }).waitFor();
      await card
        .getByText(/Objectif partagé « Bailleurs de Rouen » avec Seine Logis · dont \d+ chez Rouen Habitat/)
        .waitFor();
    } finally {
      await directorContext.close();
    }
  }, 180_000);

  it('shows the landlord the target it shares: with whom, the hires at each landlord and its own', async () => {
    // No total target of its own: the shared one is read per structure.
    await reviewer.goto('/portail');
    const line = objective().getByRole('listitem').filter({ hasText: 'Rouen Insertion Emploi' });
    await line.getByText(/^Objectif partagé « Bailleurs de Rouen » avec Seine Logis, dont \d+ chez vous$/).waitFor();
    // The figure beside it is the group's: the hires at both landlords against the shared target, with its percentage.
    await line.getByText(/^\d+ \/ \d+ embauches \([\d,]+\s?%\)$/).waitFor();
    await objective()
      .getByText(/\d+ embauches? chez vous/)
      .first()
      .waitFor();
    await accessible(reviewer, '12-objectif-partage');
  });

  it('tells a landlord plainly when a proposal is not shared with them', async () => {
    await reviewer.goto('/portail/propositions/00000000-0000-4000-8000-000000000000');
    await reviewer.getByText('Cette proposition n’est plus partagée avec vous').waitFor();
    await accessible(reviewer, '08-non-partagee');
  });

  it('lets the landlord share a need a structure entered with its other structures, then stop (issue 14, point 12)', async () => {
    await reviewer.goto('/portail');
    const needs = reviewer.getByRole('region', { name: 'Besoins de recrutement' });
    const row = needs.getByRole('row').filter({ hasText: 'Employé·e d’immeuble' });
    await row.getByText('Déclaré par une structure partenaire, vu par elle seule').waitFor();
    await row.getByRole('button', { name: /^Partager le besoin Employé·e d’immeuble/ }).click();
    await row.getByText('Déclaré par une structure partenaire, partagé avec vos autres structures').waitFor();
    // The pointer and the focus left on the button would check its hover and focus colours instead.
    await reviewer.mouse.move(0, 0);
    await reviewer.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await accessible(reviewer, '09-besoin-partage');
    await row.getByRole('button', { name: /^Ne plus partager le besoin Employé·e d’immeuble/ }).click();
    await row.getByText('Déclaré par une structure partenaire, vu par elle seule').waitFor();
  });
});
