import {
  buildStructure,
  buildUser,
  type BuiltUser,
  type GraphqlClient,
  linkIn,
  type LocalSmtp,
  startLocalSmtp,
  waitForLockWaiters,
} from '@tremplin/api-testing';
import { PartnerOrganisationKind, Role } from '@tremplin/domain';
import { expireAccountTokens, lockUserRows } from '../../testing/repositories/accounts.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PartnerOrganisationEntity, StructureEntity } from '../structures';
import { UserEntity } from '../users';
import { AccountTokenEntity, AccountTokenKind } from './account-token.entity';
import { RESET_LINKS_PER_HOUR } from './accounts.service';
import { AdministratorExistsError, createFirstAdministrator } from './first-administrator';

const STRONG = 'cheval agrafe batterie correcte';
const INVITE = `mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { emailSent link member { id email role status } } }`;
const SET_PASSWORD = `mutation($i: SetPasswordWithLinkInput!) { setPasswordWithLink(input: $i) }`;
const RESET = `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`;
const CHANGE_ROLE = `mutation($i: ChangeStaffRoleInput!) { changeStaffRole(input: $i) { id role } }`;
const DEACTIVATE = `mutation($i: StaffRefInput!) { deactivateStaff(input: $i) { id status } }`;
const CREATE_STRUCTURE = `mutation($i: CreateStructureInput!) { createStructure(input: $i) { id name kind siret departement active } }`;

describe('accounts: first administrator, structures, invitations, passwords (issue 15)', () => {
  let t: TestApp;
  let smtp: LocalSmtp;
  let admin: GraphqlClient;
  let adminUser: BuiltUser;

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://tremplin.example.org' });
    adminUser = await buildUser(t.db, { role: Role.ADMINISTRATOR });
    admin = t.client();
    await admin.signIn(adminUser.email, adminUser.password);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const anonymous = () => t.client();
  const setPassword = (token: string, password: string) =>
    anonymous().request(SET_PASSWORD, { i: { token, password } });

  /** A structure with a director who has chosen her password, signed in. */
  async function structureWithDirector() {
    const s = await buildStructure(t.db);
    const director = await buildUser(t.db, { role: Role.DIRECTOR, structureId: s.id });
    const c = t.client();
    await c.signIn(director.email, director.password);
    return { s, director, c };
  }

  describe('admin:create', () => {
    it('creates the first administrator with a link, then refuses a second one', async () => {
      const fresh = await startTestApp();
      try {
        const { userId, link } = await createFirstAdministrator(
          fresh.db,
          'Claire.Martin@Exemple.fr',
          'http://localhost:3000',
        );
        expect(link).toMatch(/^http:\/\/localhost:3000\/mot-de-passe\/nouveau#jeton=[\w-]{43}$/);
        const u = await fresh.db.getRepository(UserEntity).findOneOrFail({
          select: { email: true, role: true, passwordHash: true, firstName: true, lastName: true },
          where: { id: userId },
        });
        expect(u).toEqual({
          email: 'claire.martin@exemple.fr',
          role: 'ADMINISTRATOR',
          passwordHash: null,
          firstName: 'Claire',
          lastName: 'Martin',
        });
        await expect(createFirstAdministrator(fresh.db, 'autre@exemple.fr', 'http://x')).rejects.toBeInstanceOf(
          AdministratorExistsError,
        );
        const token = /jeton=(.*)$/.exec(link)![1];
        const r = await fresh.client().request(SET_PASSWORD, { i: { token, password: STRONG } });
        expect(r.errors).toBeUndefined();
        const c = fresh.client();
        await c.signIn('claire.martin@exemple.fr', STRONG);
        expect((await c.ok(`{ me { role } }`)).me.role).toBe('ADMINISTRATOR');
      } finally {
        await fresh.close();
      }
    });
  });

  describe('structures', () => {
    it('creates a structure; a SIRET with a wrong key is refused in French and nothing is written', async () => {
      const bad = await admin.fail(CREATE_STRUCTURE, {
        i: { name: 'ACI du Port', kind: 'ACI', siret: '732 829 320 00075' },
      });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.message).toMatch(/clé de contrôle \(Luhn\)/);
      expect(await t.db.getRepository(StructureEntity).countBy({ name: 'ACI du Port' })).toBe(0);
      const ok = await admin.ok(CREATE_STRUCTURE, {
        i: {
          name: 'ACI du Port',
          kind: 'ACI',
          siret: '732 829 320 00074',
          departement: '76',
          conventionNumber: 'ACI 076 24 0001',
          conventionStartsOn: '2026-01-01',
          conventionEndsOn: '2028-12-31',
          hiringTarget: 24,
        },
      });
      expect(ok.createStructure).toMatchObject({
        name: 'ACI du Port',
        kind: 'ACI',
        siret: '73282932000074',
        departement: '76',
        active: true,
      });
      const dup = await admin.fail(CREATE_STRUCTURE, { i: { name: 'Autre', kind: 'EI', siret: '73282932000074' } });
      expect(dup.message).toBe('Une structure existe déjà avec ce SIRET.');
      const UPDATE = `mutation($i: UpdateStructureInput!) { updateStructure(input: $i) { id name updatedAt } }`;
      const id = ok.createStructure.id as string;
      const readAt = async () =>
        (await t.db.getRepository(StructureEntity).findOneByOrFail({ id })).updatedAt.toISOString();
      const period = await admin.fail(UPDATE, {
        i: { id, updatedAt: await readAt(), annexStartsOn: '2026-06-01', annexEndsOn: '2026-01-01' },
      });
      expect(period.message).toBe('La fin de la période doit être après son début.');
      // Two administrators editing the same structure: the second save, read before the first, is refused.
      const seen = await readAt();
      await admin.ok(UPDATE, { i: { id, updatedAt: seen, name: 'ACI du Port (Rouen)' } });
      const late = await admin.fail(UPDATE, { i: { id, updatedAt: seen, departement: '27' } });
      expect(late.extensions?.code).toBe('CONFLICT');
      expect(late.message).toMatch(/^Cette structure a été modifiée entre-temps/);
      expect(
        await t.db.getRepository(StructureEntity).find({ select: { name: true, departement: true }, where: { id } }),
      ).toEqual([{ name: 'ACI du Port (Rouen)', departement: '76' }]);
    });

    it('is the administrator’s: a director cannot create one', async () => {
      const { c } = await structureWithDirector();
      expect(
        (await c.fail(CREATE_STRUCTURE, { i: { name: 'X', kind: 'AI', siret: '73282932000074' } })).extensions?.code,
      ).toBe('FORBIDDEN');
    });

    it('deactivating a structure ends its staff’s sessions and sign-ins', async () => {
      const { s, director, c } = await structureWithDirector();
      await admin.ok(`mutation($i: SetStructureActiveInput!) { setStructureActive(input: $i) { active } }`, {
        i: { id: s.id, active: false },
      });
      expect((await c.fail(`{ me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
      expect(
        (
          await anonymous().fail(
            `mutation { signIn(input: {email: "${director.email}", password: "${director.password}"}) { id } }`,
          )
        ).extensions?.code,
      ).toBe('UNAUTHENTICATED');
    });
  });

  describe('invitations', () => {
    it('the director invites a counsellor by e-mail; the link is single-use and stored hashed', async () => {
      const { c } = await structureWithDirector();
      const res = await c.ok(INVITE, {
        i: { email: ' Awa.Diallo@Asso.fr ', firstName: 'Awa', lastName: 'Diallo', role: 'COUNSELLOR' },
      });
      expect(res.inviteStaff).toMatchObject({
        emailSent: true,
        link: null,
        member: { email: 'awa.diallo@asso.fr', role: 'COUNSELLOR', status: 'INVITED' },
      });
      const mail = await smtp.waitFor('awa.diallo@asso.fr');
      expect(mail.subject).toMatch(/^Votre accès à Tremplin de Structure/);
      expect(mail.text).toContain('expire dans 72 heures');
      const { url, token } = linkIn(mail);
      expect(url.startsWith('https://tremplin.example.org/mot-de-passe/nouveau#jeton=')).toBe(true);
      const stored = await t.db.getRepository(AccountTokenEntity).findBy({ userId: res.inviteStaff.member.id });
      expect(stored).toHaveLength(1);
      expect(stored[0].tokenHash).not.toContain(token);
      expect(stored[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);

      expect(
        (await anonymous().ok(`query($t: String!) { accountLink(token: $t) { kind email firstName } }`, { t: token }))
          .accountLink,
      ).toEqual({ kind: 'INVITATION', email: 'awa.diallo@asso.fr', firstName: 'Awa' });
      // The policy refuses, in French, and the link stays usable.
      const weak = await setPassword(token, 'azertyuiop123');
      expect(weak.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(weak.errors?.[0]?.message).toMatch(/^Ce mot de passe est trop facile à deviner/);
      const short = await setPassword(token, 'court');
      expect(short.errors?.[0]?.message).toBe('Le mot de passe doit compter au moins 12 caractères.');
      expect((await setPassword(token, STRONG)).errors).toBeUndefined();
      const again = await setPassword(token, `${STRONG} bis`);
      expect(again.errors?.[0]?.message).toMatch(/^Ce lien n’est plus valable/);
      const awa = t.client();
      await awa.signIn('awa.diallo@asso.fr', STRONG);
      expect((await awa.ok(`{ me { role } }`)).me.role).toBe('COUNSELLOR');
    });

    it('an expired link is refused (expires_at in the past)', async () => {
      const { c } = await structureWithDirector();
      const res = await c.ok(INVITE, {
        i: { email: 'expire@asso.fr', firstName: 'Léa', lastName: 'Roux', role: 'SUPERVISOR' },
      });
      const { token } = linkIn(await smtp.waitFor('expire@asso.fr'));
      await expireAccountTokens(t.db, res.inviteStaff.member.id);
      expect((await setPassword(token, STRONG)).errors?.[0]?.message).toMatch(/^Ce lien n’est plus valable/);
      const { passwordHash } = await t.db.getRepository(UserEntity).findOneByOrFail({ id: res.inviteStaff.member.id });
      expect(passwordHash).toBeNull();
    });

    it('ten uses of one link at once: exactly one succeeds', async () => {
      const { c } = await structureWithDirector();
      await c.ok(INVITE, { i: { email: 'course@asso.fr', firstName: 'Inès', lastName: 'Morel', role: 'COUNSELLOR' } });
      const { token } = linkIn(await smtp.waitFor('course@asso.fr'));
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => setPassword(token, `${STRONG} ${i}`)));
      const ok = results.filter((r) => !r.errors);
      expect(ok).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.message.startsWith('Ce lien n’est plus valable'))).toHaveLength(9);
    });

    it('a director invites only into her structure, and refuses roles outside the staff', async () => {
      const { c } = await structureWithDirector();
      const other = await buildStructure(t.db);
      // Another structure named is refused as unknown (never silently replaced by hers), and nothing is written.
      const foreign = await c.fail(INVITE, {
        i: { structureId: other.id, email: 'ici@asso.fr', firstName: 'A', lastName: 'B', role: 'COUNSELLOR' },
      });
      expect(foreign).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'Cette structure n’existe pas.' });
      expect(await t.db.getRepository(UserEntity).countBy({ email: 'ici@asso.fr' })).toBe(0);
      // Her own structure, named or not, is where the invitation goes.
      const res = await c.ok(INVITE, {
        i: { email: 'ici@asso.fr', firstName: 'A', lastName: 'B', role: 'COUNSELLOR' },
      });
      const { structureId } = await t.db.getRepository(UserEntity).findOneByOrFail({ id: res.inviteStaff.member.id });
      expect(structureId).not.toBe(other.id);
      const admin2 = await c.fail(INVITE, {
        i: { email: 'x@asso.fr', firstName: 'A', lastName: 'B', role: 'ADMINISTRATOR' },
      });
      expect(admin2.message).toBe(
        'Choisissez un rôle de l’équipe : direction, chargé·e d’insertion ou encadrant·e technique.',
      );
      const counsellor = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: other.id });
      const cc = t.client();
      await cc.signIn(counsellor.email, counsellor.password);
      expect(
        (await cc.fail(INVITE, { i: { email: 'y@asso.fr', firstName: 'A', lastName: 'B', role: 'COUNSELLOR' } }))
          .extensions?.code,
      ).toBe('FORBIDDEN');
      expect((await c.fail(DEACTIVATE, { i: { userId: counsellor.id } })).extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('staff roles and deactivation', () => {
    it('deactivating a counsellor ends her sessions at once', async () => {
      const { s, c } = await structureWithDirector();
      const counsellor = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: s.id });
      const cc = t.client();
      await cc.signIn(counsellor.email, counsellor.password);
      expect((await c.ok(DEACTIVATE, { i: { userId: counsellor.id } })).deactivateStaff.status).toBe('DEACTIVATED');
      expect((await cc.fail(`{ me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('never leaves a structure without an active director, even with two demotions at once', async () => {
      const { s, director, c } = await structureWithDirector();
      const second = await buildUser(t.db, { role: Role.DIRECTOR, structureId: s.id });
      await admin.ok(DEACTIVATE, { i: { userId: second.id } });
      const alone = await admin.fail(CHANGE_ROLE, { i: { userId: director.id, role: 'COUNSELLOR' } });
      expect(alone.message).toMatch(/^La structure doit garder au moins une direction active/);
      await admin.ok(`mutation($i: StaffRefInput!) { reactivateStaff(input: $i) { id } }`, {
        i: { userId: second.id },
      });

      // Both demotions are made to wait on the two accounts' rows, then released together: without the structure's
      // lock, each would count the other as still a director and both would pass.
      const blocker = await lockUserRows(t.db, [director.id, second.id]);
      const pending = Promise.all([
        admin.request(CHANGE_ROLE, { i: { userId: director.id, role: 'COUNSELLOR' } }),
        admin.request(CHANGE_ROLE, { i: { userId: second.id, role: 'COUNSELLOR' } }),
      ]);
      if (t.database.kind === 'postgres') await waitForLockWaiters(t.db, 2);
      // The embedded PGlite is one session, given to one transaction at a time: the two requests wait for the
      // blocker's transaction to end, not on a row lock — there is no waiter to observe, only time to let them queue.
      else await new Promise((r) => setTimeout(r, 500));
      await blocker.commitTransaction();
      await blocker.release();
      const results = await pending;
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.['code'] === 'CONFLICT')).toHaveLength(1);
      expect(
        await t.db.getRepository(UserEntity).countBy({ structureId: s.id, role: Role.DIRECTOR, active: true }),
      ).toBe(1);
      void c;
    });
  });

  describe('passwords', () => {
    it('« mot de passe oublié »: same answer for a known and an unknown address; the link works once', async () => {
      const { director } = await structureWithDirector();
      const known = await anonymous().request(RESET, { i: { email: director.email } });
      const unknown = await anonymous().request(RESET, { i: { email: 'personne@nulle-part.fr' } });
      expect(unknown.data).toEqual(known.data);
      expect(known.data?.['requestPasswordReset']).toMatch(/^Si un compte existe pour cette adresse/);
      const mail = await smtp.waitFor(director.email, /nouveau mot de passe/);
      expect(mail.text).toContain('expire dans 60 minutes');
      expect(smtp.received.some((m) => m.to.includes('personne@nulle-part.fr'))).toBe(false);
      const { token } = linkIn(mail);
      expect((await setPassword(token, STRONG)).errors).toBeUndefined();
      expect((await setPassword(token, STRONG)).errors?.[0]?.message).toMatch(/^Ce lien n’est plus valable/);
      const c = t.client();
      await c.signIn(director.email, STRONG);
    });

    it('sends at most 3 « mot de passe oublié » links an hour to one account, even asked 10 times at once', async () => {
      const { director } = await structureWithDirector();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => anonymous().request(RESET, { i: { email: director.email } })),
      );
      // The same answer every time: the limit tells nothing about the account.
      const unknown = await anonymous().request(RESET, { i: { email: 'personne@nulle-part.fr' } });
      expect(new Set(answers.map((a) => JSON.stringify([a.status, a.data, a.errors])))).toEqual(
        new Set([JSON.stringify([unknown.status, unknown.data, unknown.errors])]),
      );
      const n = await t.db.getRepository(AccountTokenEntity).countBy({
        user: { email: director.email },
        kind: AccountTokenKind.PASSWORD_RESET,
      });
      expect(n).toBe(RESET_LINKS_PER_HOUR);
    });

    it('answers in a similar time whether the address exists or not (same argon2 work)', async () => {
      const { director } = await structureWithDirector();
      const time = async (email: string) => {
        const start = process.hrtime.bigint();
        await anonymous().request(RESET, { i: { email } });
        return Number(process.hrtime.bigint() - start) / 1e6;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 5; i++) {
        known.push(await time(director.email));
        unknown.push(await time(`absent${i}@nulle-part.fr`));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
      // Both paths verify one argon2 hash: neither is a fraction of the other.
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
      expect(median(known)).toBeGreaterThan(median(unknown) * 0.5);
    });

    it('changing one’s password requires the current one and ends the other sessions', async () => {
      const { s } = await structureWithDirector();
      const u = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: s.id });
      const here = t.client();
      const elsewhere = t.client();
      await here.signIn(u.email, u.password);
      await elsewhere.signIn(u.email, u.password);
      const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`;
      const wrong = await here.fail(CHANGE, { i: { currentPassword: 'faux', newPassword: STRONG } });
      expect(wrong.message).toBe('Le mot de passe actuel est incorrect.');
      const weak = await here.fail(CHANGE, { i: { currentPassword: u.password, newPassword: 'motdepasse123' } });
      expect(weak.message).toMatch(/^Ce mot de passe est trop facile à deviner/);
      await here.ok(CHANGE, { i: { currentPassword: u.password, newPassword: STRONG } });
      expect((await here.ok(`{ me { id } }`)).me.id).toBe(u.id);
      expect((await elsewhere.fail(`{ me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('a one-time password shown to the administrator must be changed before anything else', async () => {
      const org = (
        await t.db
          .getRepository(PartnerOrganisationEntity)
          .insert({ name: 'Habitat 76', kind: PartnerOrganisationKind.SOCIAL_LANDLORD })
      ).identifiers;
      const created = await admin.ok(
        `mutation($i: CreatePartnerReviewerInput!) { createPartnerReviewer(input: $i) { initialPassword reviewer { id } } }`,
        { i: { partnerOrganisationId: org[0].id, email: 'rh@habitat76.fr', firstName: 'Paul', lastName: 'Henry' } },
      );
      const c = t.client();
      await c.signIn('rh@habitat76.fr', created.createPartnerReviewer.initialPassword);
      expect((await c.ok(`{ me { mustChangePassword } }`)).me.mustChangePassword).toBe(true);
      const blocked = await c.fail(`{ notifications { unreadCount } }`);
      expect(blocked.extensions?.code).toBe('FORBIDDEN');
      expect(blocked.message).toMatch(/^Votre mot de passe est provisoire/);
      await c.ok(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, {
        i: { currentPassword: created.createPartnerReviewer.initialPassword, newPassword: STRONG },
      });
      expect((await c.ok(`{ me { mustChangePassword } }`)).me.mustChangePassword).toBe(false);
      await c.ok(`{ notifications { unreadCount } }`);
    });
  });
});
