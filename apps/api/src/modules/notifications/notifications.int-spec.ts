import {
  buildHiringNeed,
  buildMission,
  buildPartnerOrganisation,
  buildPerson,
  buildProposal,
  buildStructure,
  type GraphqlClient,
  signedInAs,
  signedInAsReviewer,
  startLocalSmtp,
} from '@tremplin/api-testing';
import { NotificationKind, Role } from '@tremplin/domain';
import { In } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { UserEntity } from '../users';
import { NotificationEntity } from './notification.entity';
import { NotificationsService } from './notifications.service';

const PAGE = `query($unreadOnly: Boolean, $first: Int) {
  notifications(unreadOnly: $unreadOnly, first: $first) { unreadCount items { id kind title body link createdAt readAt } } }`;
const MARK = `mutation($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) { unreadCount items { id readAt } } }`;
const DISPUTE = `mutation($input: DisputeMissionHoursInput!) { portalDisputeMissionHours(input: $input) { id } }`;

async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`Délai dépassé : ${what} (${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A counsellor following a person with a PENDING mission at a landlord, and a reviewer of that landlord. */
async function disputeSetup(t: TestApp) {
  const s = await buildStructure(t.db);
  const landlord = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
  const counsellor = await signedInAs(t, Role.COUNSELLOR, s.id);
  const reviewer = await signedInAsReviewer(t, landlord.id);
  const person = await buildPerson(t.db, s.id, {
    firstName: 'Awa',
    lastName: 'Diallo',
    counsellorId: counsellor.userId,
  });
  await buildProposal(t.db, s.id, person.id, (await buildHiringNeed(t.db, landlord.id)).id);
  const mission = await buildMission(t.db, s.id, person.id, landlord.id);
  return { s, landlord, counsellor, reviewer, person, mission };
}

describe('notifications by e-mail, with SMTP_URL pointing to a local SMTP server', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startLocalSmtp>>;
  let service: NotificationsService;
  const notifications = () => t.db.getRepository(NotificationEntity);
  const statusOf = async (ids: string[]) =>
    (
      await notifications().find({
        select: { emailStatus: true, emailError: true, emailedAt: true },
        where: { id: In(ids) },
        order: { id: 'ASC' },
      })
    ).map((r) => ({ email_status: r.emailStatus, email_error: r.emailError, emailed: r.emailedAt !== null }));
  const emailOf = async (userId: string) =>
    (await t.db.getRepository(UserEntity).findOneByOrFail({ id: userId })).email;

  beforeAll(async () => {
    smtp = await startLocalSmtp((to) => to.startsWith('refuse'));
    t = await startTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Tremplin <ne-pas-repondre@tremplin.test>',
      PUBLIC_URL: 'https://tremplin.example.org',
    });
    service = t.app.get(NotificationsService);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('sends the counsellor an e-mail about disputed hours: what happened and the link, no person name', async () => {
    const { counsellor, reviewer, person, mission } = await disputeSetup(t);
    await reviewer.ok(DISPUTE, {
      input: { missionId: mission.id, version: 1, comment: 'Awa Diallo est partie à midi.' },
    });
    const email = await emailOf(counsellor.userId);
    const mails = await waitFor(
      async () => smtp.received.filter((m) => m.to.includes(email)),
      (l) => l.length > 0,
      'e-mail reçu',
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      from: 'ne-pas-repondre@tremplin.test',
      subject: 'Tremplin — Heures de mission contestées',
    });
    expect(mails[0].text).toContain('Un employeur partenaire a contesté les heures déclarées d’une mission.');
    expect(mails[0].text).toContain(`https://tremplin.example.org/personnes/${person.id}?onglet=missions`);
    for (const secret of ['Awa', 'Diallo', 'midi']) expect(mails[0].text + mails[0].subject).not.toContain(secret);
    const rows = await waitFor(
      async () =>
        (
          await notifications().find({ select: { emailStatus: true }, where: { recipientUserId: counsellor.userId } })
        ).map((r) => ({ email_status: r.emailStatus })),
      (r) => r.every((x) => x.email_status === 'SENT'),
      'notification marquée envoyée',
    );
    expect(rows).toEqual([{ email_status: 'SENT' }]);
  });

  it('two concurrent runs never send the same e-mail twice', async () => {
    const users = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(
        async () => (await signedInAs(t, Role.COUNSELLOR, (await buildStructure(t.db)).id)).userId,
      ),
    );
    const emails = (await t.db.getRepository(UserEntity).findBy({ id: In(users) })).map((r) => r.email);
    await t.db.transaction((tx) =>
      service.notify(
        tx,
        users.map((u) => ({
          recipientUserIds: [u],
          kind: NotificationKind.PROPOSAL_DECIDED,
          title: 'Décision',
          body: 'Décision de l’employeur',
          link: '/personnes',
        })),
      ),
    );
    const ids = (await notifications().findBy({ recipientUserId: In(users) })).map((r) => r.id);
    expect((await statusOf(ids)).map((r) => r.email_status)).toEqual(Array(6).fill('PENDING'));
    await Promise.all([service.sendPendingEmails(), service.sendPendingEmails(), service.sendPendingEmails()]);
    const got = smtp.received.filter((m) => m.to.some((to) => emails.includes(to)));
    expect(got).toHaveLength(6);
    expect(new Set(got.map((m) => m.to[0])).size).toBe(6);
    expect(got[0].subject).toBe('Tremplin — Décision d’un employeur sur une proposition');
    expect(await statusOf(ids)).toEqual(Array(6).fill({ email_status: 'SENT', email_error: null, emailed: true }));
    await service.sendPendingEmails();
    expect(smtp.received.filter((m) => m.to.some((to) => emails.includes(to)))).toHaveLength(6);
  });

  it('marks FAILED, with the error, an e-mail the server refuses', async () => {
    const s = await buildStructure(t.db);
    const inserted = await t.db.getRepository(UserEntity).insert({
      email: 'refuse-moi@test.tremplin',
      firstName: 'Refus',
      lastName: 'Test',
      passwordHash: 'x',
      role: Role.COUNSELLOR,
      structureId: s.id,
    });
    const userId = inserted.identifiers[0].id as string;
    await t.db.transaction((tx) =>
      service.notify(tx, [
        { recipientUserIds: [userId], kind: NotificationKind.PROPOSAL_DECIDED, title: 'T', body: 'B', link: null },
      ]),
    );
    await service.sendPendingEmails();
    const [row] = await notifications().findBy({ recipientUserId: userId });
    expect(row.emailStatus).toBe('FAILED');
    expect(row.emailError).toContain('Boîte aux lettres inconnue');
  });
});

describe('notifications in the app (no SMTP_URL)', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startLocalSmtp>>;
  let counsellor: GraphqlClient & { userId: string };
  let reviewer: GraphqlClient & { userId: string };
  let other: GraphqlClient & { userId: string };

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    t = await startTestApp();
    const setup = await disputeSetup(t);
    counsellor = setup.counsellor;
    reviewer = setup.reviewer;
    other = await signedInAs(t, Role.COUNSELLOR, setup.s.id);
    await reviewer.ok(DISPUTE, {
      input: { missionId: setup.mission.id, version: 1, comment: 'Il manque une journée.' },
    });
    const m2 = await buildMission(t.db, setup.s.id, setup.person.id, setup.landlord.id, { startDate: '2026-02-02' });
    await reviewer.ok(DISPUTE, { input: { missionId: m2.id, version: 1, comment: 'Heures en trop.' } });
    await t.db.transaction((tx) =>
      t.app.get(NotificationsService).notify(tx, [
        {
          recipientUserIds: [other.userId],
          kind: NotificationKind.PROPOSAL_DECIDED,
          title: 'Pour un·e autre',
          body: 'Secret d’un collègue',
          link: null,
        },
      ]),
    );
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('keeps the e-mails SKIPPED and sends nothing', async () => {
    await t.app.get(NotificationsService).sendPendingEmails();
    const rows = await t.db.getRepository(NotificationEntity).find({ select: { emailStatus: true } });
    expect([...new Set(rows.map((r) => r.emailStatus))].map((s) => ({ email_status: s }))).toEqual([
      { email_status: 'SKIPPED' },
    ]);
    expect(smtp.received).toEqual([]);
  });

  it('lists my notifications newest first with the unread count; mark-read works', async () => {
    const { notifications } = await counsellor.ok(PAGE);
    expect(notifications.unreadCount).toBe(2);
    expect(notifications.items).toHaveLength(2);
    expect(notifications.items[0]).toMatchObject({
      kind: 'MISSION_HOURS_DISPUTED',
      title: 'Heures contestées par Rouen Habitat : Awa Diallo',
      body: expect.stringContaining('Motif : Heures en trop.'),
      readAt: null,
    });
    const [newest, oldest] = notifications.items;
    const { markNotificationsRead } = await counsellor.ok(MARK, { input: { ids: [oldest.id] } });
    expect(markNotificationsRead.unreadCount).toBe(1);
    expect(markNotificationsRead.items.find((i: { id: string }) => i.id === oldest.id).readAt).not.toBeNull();
    const unread = await counsellor.ok(PAGE, { unreadOnly: true });
    expect(unread.notifications.items.map((i: { id: string }) => i.id)).toEqual([newest.id]);
    const all = await counsellor.ok(MARK, { input: { all: true } });
    expect(all.markNotificationsRead.unreadCount).toBe(0);
    const first = await counsellor.ok(PAGE, { first: 1 });
    expect(first.notifications.items).toHaveLength(1);
  });

  it('a user never sees nor marks another’s notifications', async () => {
    const mine = await other.ok(PAGE);
    expect(mine.notifications.items.map((i: { title: string }) => i.title)).toEqual(['Pour un·e autre']);
    const theirs = (await t.db.getRepository(NotificationEntity).findBy({ recipientUserId: other.userId })).map(
      (r) => r.id,
    );
    // The reviewer sees none of the counsellor's nor the colleague's notifications, and cannot mark them read.
    const page = await reviewer.ok(PAGE);
    expect(page.notifications).toEqual({ unreadCount: 0, items: [] });
    const marked = await reviewer.ok(MARK, { input: { ids: theirs } });
    expect(marked.markNotificationsRead.unreadCount).toBe(0);
    expect((await t.db.getRepository(NotificationEntity).findBy({ id: In(theirs) }))[0].readAt).toBeNull();
    expect((await other.ok(PAGE)).notifications.unreadCount).toBe(1);
    expect(JSON.stringify(page)).not.toContain('Secret');
  });

  it('refuses an empty request and a user without the permission', async () => {
    expect((await counsellor.fail(MARK, { input: {} })).extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = t.client();
    expect((await anonymous.fail(PAGE)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
