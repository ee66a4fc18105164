import { buildStructure, buildUser, type BuiltUser } from '@tremplin/api-testing';
import { AuditAction, Role } from '@tremplin/domain';
import { UserEntity } from '../../../modules/users/user.entity';
import { expireProConnectLogin } from '../../../testing/repositories/core-auth.repository';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { AuditLogEntity } from '../../audit/audit-log.entity';
import { PROCONNECT_MESSAGES, ProConnectRefusal, ProConnectService } from './proconnect.service';
import { SIGN_IN_POLICY_MESSAGES } from './sign-in-policy.resolver';
import { UserExternalIdentityEntity } from './user-external-identity.entity';

/**
 * ProConnect's binding rules and the structure's password choice, on PostgreSQL (docs/domain/proconnect.md). The
 * OpenID exchange itself (openid-client, ESM) runs in the e2e test against a local provider:
 * test/e2e/web-proconnect.e2e-spec.ts. Here the claims are given as the library would return them once verified.
 */
describe('ProConnect: binding an identity to an account, and the structure’s password choice', () => {
  let t: TestApp;
  let service: ProConnectService;
  let structureId: string;
  let counsellor: BuiltUser;
  let director: BuiltUser;
  let admin: BuiltUser;

  const claims = (over: Partial<Parameters<ProConnectService['accountFor']>[0]> = {}) => ({
    sub: `sub-${Math.random().toString(36).slice(2)}`,
    email: counsellor.email,
    emailVerified: null,
    givenName: 'Camille',
    usualName: 'Testeur',
    siret: null,
    idpId: 'fia1v2',
    ...over,
  });
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error('accepté');
      },
      (e: unknown) => {
        if (!(e instanceof ProConnectRefusal)) throw e;
        return e.message;
      },
    );
  const identities = async (userId: string) =>
    (await t.db.getRepository(UserExternalIdentityEntity).findBy({ userId })).map((i) => ({
      subject: i.subject,
      email: i.email,
      idp_id: i.idpId,
    }));

  beforeAll(async () => {
    t = await startTestApp({
      PROCONNECT_ISSUER_URL: 'http://127.0.0.1:9/api/v2',
      PROCONNECT_CLIENT_ID: 'tremplin',
      PROCONNECT_CLIENT_SECRET: 'secret',
      PUBLIC_URL: 'http://127.0.0.1:3000',
    });
    service = t.app.get(ProConnectService);
    structureId = (await buildStructure(t.db)).id;
    counsellor = await buildUser(t.db, { role: Role.COUNSELLOR, structureId });
    director = await buildUser(t.db, { role: Role.DIRECTOR, structureId });
    admin = await buildUser(t.db, { role: Role.ADMINISTRATOR });
  });
  afterAll(() => t?.close());

  it('binds an existing account on the first sign-in by its e-mail, then finds it by subject (audited once)', async () => {
    const first = claims({ email: counsellor.email.toUpperCase().toLowerCase() });
    expect((await service.accountFor(first)).id).toBe(counsellor.id);
    expect(await identities(counsellor.id)).toEqual([
      { subject: first.sub, email: counsellor.email, idp_id: 'fia1v2' },
    ]);

    // Later: the subject decides, whatever e-mail ProConnect gives now.
    const again = await service.accountFor({ ...first, email: 'autre.adresse@exemple.fr' });
    expect(again.id).toBe(counsellor.id);
    const audit = (await t.db.getRepository(AuditLogEntity).findBy({ subjectId: counsellor.id })).map((r) => ({
      action: r.action,
      actor_user_id: r.actorUserId,
      structure_id: r.structureId,
      subject_id: r.subjectId,
      details: r.details,
    }));
    expect(audit).toEqual([
      expect.objectContaining({
        action: AuditAction.PROCONNECT_BOUND,
        actor_user_id: counsellor.id,
        structure_id: structureId,
        details: { provider: 'PROCONNECT', rebound: false, idpId: 'fia1v2' },
      }),
    ]);
  });

  it('binds the account again when ProConnect gives a new subject for the same verified e-mail', async () => {
    const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId });
    await service.accountFor(claims({ email: user.email, sub: 'ancien-sub' }));
    await service.accountFor(claims({ email: user.email, sub: 'nouveau-sub', idpId: 'autre-fi' }));
    expect(await identities(user.id)).toEqual([{ subject: 'nouveau-sub', email: user.email, idp_id: 'autre-fi' }]);
    expect(
      await t.db.getRepository(AuditLogEntity).countBy({ subjectId: user.id, action: AuditAction.PROCONNECT_BOUND }),
    ).toBe(2);
  });

  it('refuses an unknown e-mail in French and creates nothing', async () => {
    const before = await t.db.getRepository(UserEntity).count();
    const message = await refusal(service.accountFor(claims({ email: 'inconnue@exemple.fr' })));
    expect(message).toBe(PROCONNECT_MESSAGES.unknownAccount('inconnue@exemple.fr'));
    expect(message).toContain('Aucun compte Tremplin pour inconnue@exemple.fr');
    const after = await t.db.getRepository(UserEntity).count();
    expect(after).toBe(before);
    expect(await t.db.getRepository(UserExternalIdentityEntity).countBy({ email: 'inconnue@exemple.fr' })).toBe(0);
  });

  it('refuses an e-mail the provider says is not verified, a missing e-mail, and a deactivated account', async () => {
    const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId });
    expect(await refusal(service.accountFor(claims({ email: user.email, emailVerified: false })))).toBe(
      PROCONNECT_MESSAGES.emailNotVerified(user.email),
    );
    expect(await identities(user.id)).toEqual([]);
    expect(await refusal(service.accountFor(claims({ email: null })))).toBe(PROCONNECT_MESSAGES.noEmail);

    const gone = await buildUser(t.db, { role: Role.COUNSELLOR, structureId, active: false });
    expect(await refusal(service.accountFor(claims({ email: gone.email })))).toBe(
      PROCONNECT_MESSAGES.inactiveAccount(gone.email),
    );
    // Bound, then deactivated: the subject no longer opens it either.
    const bound = claims({ email: user.email });
    await service.accountFor(bound);
    await t.db.getRepository(UserEntity).update({ id: user.id }, { active: false });
    expect(await refusal(service.accountFor(bound))).toBe(PROCONNECT_MESSAGES.inactiveAccount(user.email));
  });

  it('binds once when the same first sign-in arrives twice at once', async () => {
    const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId });
    const c = claims({ email: user.email });
    const results = await Promise.all([service.accountFor(c), service.accountFor(c)]);
    expect(results.map((r) => r.id)).toEqual([user.id, user.id]);
    expect(await identities(user.id)).toHaveLength(1);
  });

  it('answers the sign-in page: button shown, and a callback with no sign-in under way refused in French', async () => {
    const status = await fetch(`${t.url}/api/auth/proconnect/status`);
    expect(await status.json()).toEqual({ enabled: true, refusal: null, session: false });

    const callback = await fetch(`${t.url}/api/auth/proconnect/callback?code=abc&state=def`, { redirect: 'manual' });
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/connexion?proconnect=refus');
    const cookie = callback.headers.getSetCookie().find((c) => c.startsWith('tremplin_proconnect_refusal='));
    expect(cookie).toMatch(/HttpOnly/);
    const next = await fetch(`${t.url}/api/auth/proconnect/status`, {
      headers: { cookie: cookie!.split(';')[0] },
    });
    expect(await next.json()).toEqual({ enabled: true, refusal: PROCONNECT_MESSAGES.expired, session: false });
    // Read once: the answer clears it.
    expect(next.headers.getSetCookie().join()).toMatch(/tremplin_proconnect_refusal=;/);
  });

  it('takes a sign-in under way back once only, and not after it expired', async () => {
    const login = {
      state: 's'.repeat(43),
      nonce: 'n'.repeat(43),
      codeVerifier: 'v'.repeat(43),
      returnPath: '/personnes',
    };
    const handle = await service.rememberLogin(login);
    const [taken, again] = await Promise.all([service.takeLogin(handle), service.takeLogin(handle)]);
    expect([taken, again].filter(Boolean)).toEqual([login]);
    const old = await service.rememberLogin(login);
    await expireProConnectLogin(t.db, ProConnectService.hashHandle(old));
    expect(await service.takeLogin(old)).toBeNull();
    expect(await service.takeLogin('pas-un-jeton')).toBeNull();
  });

  it('lets the director stop passwords for the staff once she has used ProConnect; administrators keep theirs', async () => {
    const dir = t.client();
    await dir.signIn(director.email, director.password);
    const set = `mutation($a: Boolean!) { setPasswordSignInAllowed(allowed: $a) { id passwordSignInAllowed } }`;

    // Not bound yet: she would lock herself out.
    const e = await dir.fail(set, { a: false });
    expect(e.message).toBe(SIGN_IN_POLICY_MESSAGES.directorNotBound);
    await service.accountFor(claims({ email: director.email }));
    const res = await dir.ok<{ setPasswordSignInAllowed: { passwordSignInAllowed: boolean } }>(set, { a: false });
    expect(res.setPasswordSignInAllowed.passwordSignInAllowed).toBe(false);

    // The counsellor's right password is refused, pointing to ProConnect; a wrong one still says « incorrect ».
    const refused = await t
      .client()
      .fail(`mutation { signIn(input: {email: "${counsellor.email}", password: "${counsellor.password}"}) { id } }`);
    expect(refused.message).toContain('Votre structure a choisi la connexion avec ProConnect');
    const wrong = await t
      .client()
      .fail(`mutation { signIn(input: {email: "${counsellor.email}", password: "mauvais"}) { id } }`);
    expect(wrong.message).toBe('Adresse e-mail ou mot de passe incorrect.');
    // The administrator is not structure staff.
    await t.client().signIn(admin.email, admin.password);

    // Only the director may choose; the change is in the audit log.
    const c = t.client();
    await dir.ok(set, { a: true });
    await c.signIn(counsellor.email, counsellor.password);
    expect((await c.fail(set, { a: false })).extensions?.['code']).toBe('FORBIDDEN');
    const changes = await t.db.getRepository(AuditLogEntity).find({
      where: { action: AuditAction.SIGN_IN_POLICY_CHANGED, structureId },
      order: { id: 'ASC' },
    });
    expect(changes.map((r) => r.details)).toEqual([{ passwordSignInAllowed: false }, { passwordSignInAllowed: true }]);
  });
});
