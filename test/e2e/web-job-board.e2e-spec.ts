import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { parseCsv, PathwayStage, Role } from '@tremplin/domain';
import {
  buildPerson,
  buildStructure,
  buildUser,
  type BuiltUser,
  createTestDatabase,
  GraphqlClient,
  type LocalSmtp,
  startLocalSmtp,
  type TestDatabase,
} from '@tremplin/api-testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { DEMO_COUNSELLOR, DEMO_PASSWORD } from './support/contract-steps';
import { anyStructureId } from './support/e2e-database.repository';
import { fill, frDate, submit } from './support/pathway-steps';
import { accessibilityCheck, frenchContext, signIn } from './support/web-session';

const JOB = 'Agent·e d’entretien des espaces verts';
const OTHER_STRUCTURE = 'Le Havre Emploi';
const MESSAGE = 'Motivée, titulaire du permis B, disponible dès lundi.';
/** What the person's own structure holds and the offer's owner must never read. */
const AWA = { firstName: 'Awa', lastName: 'Diallo', email: 'awa.diallo@exemple.fr', phone: '0699887766' };

/**
 * Issue 18, point 6, in Chromium (docs/domain/job-board.md): two structures of one network (the demo's Rouen
 * Insertion Emploi and a second one, Le Havre Emploi, built for the test). Rouen shares an offer; Le Havre's counsellor
 * searches the board by job, place and contract and proposes Awa with her consent (first name and initial only); Rouen's
 * counsellor is notified (in the app and by e-mail), opens the notification and sees the card — nothing else of Awa or
 * of Le Havre; the network's outside feed (JSON and CSV) carries the offer. axe on every page, the board at 390 px too.
 */
describeInBrowser('web app: the network job board, from a shared offer to a proposal across structures', (chromium) => {
  let database: TestDatabase;
  let smtp: LocalSmtp;
  let api: ApiProcess;
  let browser: Browser;
  let owner: Page;
  let proposer: Page;
  let admin: Page;
  let counsellorB: BuiltUser;
  let networkId: string;
  let feedToken: string;
  const accessible = accessibilityCheck('job-board');

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    database = await createTestDatabase('tremplin_e2e_job_board');
    api = await startApiProcess({
      databaseUrl: database.url,
      serveWeb: true,
      env: { SEED_DEMO: 'true', SMTP_URL: smtp.url },
    });
    // The second structure of the network, its counsellor and the person she follows.
    const db = new DataSource({ type: 'postgres', url: database.url });
    await db.initialize();
    let rouenId: string;
    let havreId: string;
    try {
      rouenId = await anyStructureId(db);
      havreId = (await buildStructure(db, { name: OTHER_STRUCTURE })).id;
      counsellorB = await buildUser(db, {
        role: Role.COUNSELLOR,
        structureId: havreId,
        firstName: 'Inès',
        lastName: 'Moreau',
        email: 'ines.moreau@lehavre-emploi.test',
      });
      await buildPerson(db, havreId, { ...AWA, counsellorId: counsellorB.id, stage: PathwayStage.TRAINING });
    } finally {
      await db.destroy();
    }
    // The administrator makes the network and its feed token (the « Réseaux » page is checked below).
    const adminApi = new GraphqlClient(api.url);
    await adminApi.signIn('admin@tremplin.demo', DEMO_PASSWORD);
    networkId = (
      await adminApi.ok<{ createNetwork: string }>(`mutation { createNetwork(name: "Réseau Normandie ESS") }`)
    ).createNetwork;
    await adminApi.ok(`mutation($input: SetNetworkMembersInput!) { setNetworkMembers(input: $input) }`, {
      input: { networkId, structureIds: [rouenId, havreId] },
    });
    feedToken = (
      await adminApi.ok<{ renewNetworkFeedToken: { token: string } }>(
        `mutation($id: ID!) { renewNetworkFeedToken(networkId: $id) { token } }`,
        { id: networkId },
      )
    ).renewNetworkFeedToken.token;

    browser = await launchChromium(chromium);
    owner = await (await frenchContext(browser, api.url)).newPage();
    proposer = await (await frenchContext(browser, api.url)).newPage();
    admin = await (await frenchContext(browser, api.url)).newPage();
    await signIn(owner, DEMO_COUNSELLOR);
    await owner.waitForURL(/\/personnes$/);
    await signIn(proposer, counsellorB.email, counsellorB.password);
    await proposer.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await signIn(admin, 'admin@tremplin.demo');
    await admin.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await smtp?.close();
    await database?.drop();
  });

  it('the administrator sees the network and its two structures', async () => {
    await admin.goto('/administration/reseaux');
    await admin.getByRole('heading', { level: 1, name: 'Réseaux' }).waitFor();
    const network = admin.getByRole('region', { name: 'Réseau Réseau Normandie ESS' });
    await network.waitFor();
    await network.getByText(OTHER_STRUCTURE).first().waitFor();
    await network.getByText('Rouen Insertion Emploi').first().waitFor();
    await accessible(admin, 'admin-networks');
  });

  it('Rouen creates an offer and shares it with the network', async () => {
    await owner.getByRole('link', { name: 'Offres du réseau' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Offres du réseau' }).waitFor();
    await owner.getByRole('tab', { name: 'Nos offres' }).click();
    await owner.getByRole('button', { name: 'Nouvelle offre' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Nouvelle offre' });
    const form = dialog.getByRole('region', { name: 'L’offre d’emploi' });
    await fill(form, {
      Métier: JOB,
      Commune: 'Rouen',
      'Code postal': '76000',
      Contrat: 'CDDI (insertion)',
      Description: 'Tonte, débroussaillage et entretien des massifs des résidences.',
    });
    await accessible(owner, 'new-offer');
    await submit(form, 'Enregistrer l’offre');
    await owner.getByText('L’offre est enregistrée : partagez-la avec vos réseaux quand elle est prête.').waitFor();
    const mine = owner.getByRole('article', { name: JOB });
    const share = mine.getByRole('switch', { name: 'Partager avec le réseau' });
    // A controlled switch: it turns on once the server has saved the share.
    await share.click({ force: true });
    await owner.getByText(`L’offre « ${JOB} » est partagée avec vos réseaux.`).waitFor();
    await mine.locator('input[role="switch"][data-checked="true"]').waitFor({ state: 'attached' });
    await accessible(owner, 'own-offers');
  });

  it('Le Havre searches the board by job, place and contract', async () => {
    await proposer.goto('/offres-du-reseau');
    await proposer.getByRole('heading', { level: 1, name: 'Offres du réseau' }).waitFor();
    const offer = proposer.getByRole('article', { name: JOB });
    await offer.waitFor();
    await offer.getByText('partagée par Rouen Insertion Emploi').first().waitFor();
    // A search that finds nothing says so.
    await proposer.getByLabel('Métier ou mot-clé').fill('plombier');
    await proposer.getByText('Aucune offre ne correspond à ces critères.').waitFor();
    await proposer.getByLabel('Métier ou mot-clé').fill('espaces verts');
    await proposer.getByLabel('Commune ou code postal').fill('76000');
    await proposer.getByLabel('Contrat').selectOption({ label: 'CDDI (insertion)' });
    await offer.waitFor();
    await offer.getByText(/CDDI \(insertion\)/).waitFor();
    await accessible(proposer, 'board-search');
    // The board on a phone.
    await proposer.setViewportSize({ width: 390, height: 844 });
    await accessible(proposer, 'board-search-390');
    await proposer.setViewportSize({ width: 1280, height: 900 });
    // Another contract: the offer leaves the list.
    await proposer.getByLabel('Contrat').selectOption({ label: 'CDI' });
    await proposer.getByText('Aucune offre ne correspond à ces critères.').waitFor();
    await proposer.getByLabel('Contrat').selectOption({ label: 'CDDI (insertion)' });
    await offer.waitFor();
  });

  it('Le Havre proposes Awa with her consent, first name and initial only, and sees the card Rouen will see', async () => {
    await proposer.getByRole('article', { name: JOB }).getByRole('button', { name: 'Proposer une personne' }).click();
    const dialog = proposer.getByRole('dialog', { name: 'Proposer une personne' });
    const form = dialog.getByRole('region', { name: 'Personne, consentement et partage' });
    await fill(form, {
      Personne: 'Awa Diallo',
      'Date du consentement': frDate(0),
      'Message à la structure': MESSAGE,
    });
    // The preview: exactly the card Rouen will see.
    await dialog.getByRole('article', { name: 'Fiche de Awa D.' }).waitFor();
    await dialog.getByText(MESSAGE).first().waitFor();
    await accessible(proposer, 'propose-dialog');
    await submit(form, 'Envoyer la proposition');
    await proposer.getByText(`La proposition est envoyée à Rouen Insertion Emploi pour l’offre « ${JOB} ».`).waitFor();
    await accessible(proposer, 'proposal-sent');
  });

  it('Rouen is notified, opens the notification and sees the card only', async () => {
    // By e-mail (SMTP configured), naming nobody.
    const mail = await smtp.waitFor(DEMO_COUNSELLOR, /Propositions reçues/);
    expect(mail.subject).toBe('Tremplin — Nouvelle proposition à une offre partagée avec le réseau');
    for (const secret of [AWA.firstName, AWA.lastName, AWA.email, AWA.phone]) expect(mail.text).not.toContain(secret);

    await owner.goto('/personnes');
    await owner.getByRole('button', { name: /^Notifications \(\d+ non lues?\)$/ }).click();
    const list = owner.getByRole('list', { name: 'Dernières notifications' });
    const note = list.getByRole('link', { name: new RegExp(`Proposition reçue pour votre offre : ${JOB}`) });
    await note.waitFor();
    await note
      .getByText(`${OTHER_STRUCTURE} vous propose une personne pour l’offre « ${JOB} »`, { exact: false })
      .waitFor();
    const noteText = await note.innerText();
    for (const secret of [AWA.firstName, AWA.lastName, AWA.email, AWA.phone]) expect(noteText).not.toContain(secret);
    await accessible(owner, 'notification');
    await note.click();

    await owner.waitForURL(/\/offres-du-reseau\?onglet=propositions-recues$/);
    const panel = owner.getByRole('tabpanel', { name: 'Propositions reçues' });
    const card = panel.getByRole('article', { name: 'Fiche de Awa D.' });
    await card.waitFor();
    await panel.getByText(new RegExp(`Pour « ${JOB} », le ${frDate(0)}`)).waitFor();
    await card.getByText(OTHER_STRUCTURE).first().waitFor();
    await card.getByText(MESSAGE).first().waitFor();
    // Nothing else of Awa (last name, e-mail, phone: not consented) nor a way into Le Havre's files.
    const text = await panel.innerText();
    for (const secret of [AWA.lastName, AWA.email, AWA.phone]) expect(text).not.toContain(secret);
    expect(await panel.locator('a[href^="/personnes/"]').count()).toBe(0);
    await accessible(owner, 'incoming');
  });

  it('the network’s outside feed carries the offer, as JSON and as CSV', async () => {
    const json = await fetch(`${api.url}/api/job-board/${networkId}/offers.json`, {
      headers: { authorization: `Bearer ${feedToken}` },
    });
    expect(json.status).toBe(200);
    const body = (await json.json()) as { offers: Record<string, unknown>[] };
    expect(body.offers).toEqual([
      expect.objectContaining({
        jobTitle: JOB,
        town: 'Rouen',
        postalCode: '76000',
        contractKind: 'CDDI',
        structureName: 'Rouen Insertion Emploi',
      }),
    ]);
    const csv = await fetch(`${api.url}/api/job-board/${networkId}/offers.csv?token=${encodeURIComponent(feedToken)}`);
    expect(csv.status).toBe(200);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'Métier',
      'Commune',
      'Code postal',
      'Contrat',
      'Description',
      'Structure',
      'Origine',
      'Partagée le',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        JOB,
        'Rouen',
        '76000',
        'CDDI (insertion)',
        'Tonte, débroussaillage et entretien des massifs des résidences.',
        'Rouen Insertion Emploi',
        'Offre de la structure',
        frDate(0),
      ],
    ]);
    for (const secret of [AWA.firstName, AWA.lastName]) expect(text + JSON.stringify(body)).not.toContain(secret);
    // Without the token: the same 404 as an unknown network.
    expect((await fetch(`${api.url}/api/job-board/${networkId}/offers.csv`)).status).toBe(404);
  });
});
