import { Secret, TOTP } from 'otpauth';
import { buildStructure, buildUser, type BuiltUser, type GqlError } from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { IsNull, MoreThan, Not } from 'typeorm';
import {
  expireTwoFactorChallenges,
  twoFactorChallengeLifetimes,
} from '../../../testing/repositories/core-auth.repository';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { AuditLogEntity } from '../../audit/audit-log.entity';
import { SignInAttemptEntity } from '../sign-in-attempt.entity';
import { SignInThrottleEntity } from '../sign-in-throttle.entity';
import { UserSessionEntity } from '../user-session.entity';
import { TwoFactorChallengeEntity, UserRecoveryCodeEntity, UserTwoFactorEntity } from './two-factor.entities';

/**
 * A client that keeps every cookie it is given, as a browser does (the second step of a sign-in sets one cookie and
 * clears another in the same answer).
 */
class Browser {
  private jar = new Map<string, string>();
  constructor(
    private readonly url: string,
    private readonly userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
  ) {}

  get session(): string | undefined {
    return this.jar.get('tremplin_session');
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data: T | null; errors?: GqlError[] }> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': this.userAgent,
        cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return { data: body.data ?? null, errors: body.errors };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.request<T>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL a échoué : ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  async fail(query: string, variables: Record<string, unknown> = {}): Promise<GqlError> {
    const r = await this.request(query, variables);
    if (!r.errors?.length) throw new Error(`Un échec était attendu, reçu : ${JSON.stringify(r.data)}`);
    return r.errors[0];
  }

  /** The password step; returns the error code (TWO_FACTOR_REQUIRED when a code must follow), or null. */
  async password(user: BuiltUser): Promise<string | null> {
    const r = await this.request(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, {
      i: { email: user.email, password: user.password },
    });
    return (r.errors?.[0]?.extensions?.code as string | undefined) ?? null;
  }

  code(code: string) {
    return this.request<{ verifyTwoFactorSignIn: { id: string } }>(
      `mutation($i: TwoFactorCodeInput!) { verifyTwoFactorSignIn(input: $i) { id } }`,
      { i: { code } },
    );
  }
}

const START = `mutation { startTwoFactorEnrolment { secret otpauthUri qrCodeDataUrl } }`;
const CONFIRM = `mutation($i: TwoFactorCodeInput!) { confirmTwoFactorEnrolment(input: $i) }`;
const STATUS = `{ twoFactorStatus { enabled recoveryCodesLeft requiredByStructure } }`;

/** The code of the secret for the time step `offset` steps from now (the server accepts -1, 0 and +1). */
function codeAt(secret: string, offset = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offset * 30_000 });
}

describe('two-factor sign-in (TOTP, recovery codes) and « Mes sessions »', () => {
  let t: TestApp;
  let structureId: string;

  beforeAll(async () => {
    t = await startTestApp({ SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '20', SIGN_IN_MAX_FAILURES_PER_ADDRESS: '200' });
    structureId = (await buildStructure(t.db)).id;
  });
  afterAll(() => t?.close());

  /** A signed-in browser of a new user. */
  async function signedIn(role: Role = Role.COUNSELLOR): Promise<{ user: BuiltUser; b: Browser }> {
    const user = await buildUser(t.db, { role, structureId: role === Role.ADMINISTRATOR ? undefined : structureId });
    const b = new Browser(t.url);
    expect(await b.password(user)).toBeNull();
    return { user, b };
  }

  /** Enrols the browser's user: returns the secret and the recovery codes. The confirmation spends step -1. */
  async function enrol(b: Browser): Promise<{ secret: string; codes: string[] }> {
    const { startTwoFactorEnrolment: e } = await b.ok(START);
    const { confirmTwoFactorEnrolment: codes } = await b.ok(CONFIRM, { i: { code: codeAt(e.secret, -1) } });
    return { secret: e.secret, codes };
  }

  it('enrols with a secret shown as QR code and text, stored encrypted; a wrong code confirms nothing', async () => {
    const { user, b } = await signedIn();
    const { startTwoFactorEnrolment: e } = await b.ok(START);
    expect(e.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(e.otpauthUri).toContain(`secret=${e.secret}`);
    expect(e.otpauthUri).toContain('issuer=Tremplin');
    expect(e.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const stored = await t.db.getRepository(UserTwoFactorEntity).findOneByOrFail({ userId: user.id });
    expect(stored.secretEncrypted).toMatch(/^v1\./);
    expect(stored.secretEncrypted).not.toContain(e.secret);
    expect(stored.enabledAt).toBeNull();

    const wrong = await b.fail(CONFIRM, { i: { code: codeAt(e.secret, 5) } });
    expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.message).toMatch(/ne correspond pas/);
    expect((await b.ok(STATUS)).twoFactorStatus.enabled).toBe(false);
    // Without TOTP on, sign-in is one step.
    expect(await new Browser(t.url).password(user)).toBeNull();

    const { confirmTwoFactorEnrolment: codes } = await b.ok(CONFIRM, { i: { code: codeAt(e.secret) } });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect((await b.ok(STATUS)).twoFactorStatus).toEqual({
      enabled: true,
      recoveryCodesLeft: 10,
      requiredByStructure: false,
    });
    const hashes = await t.db.getRepository(UserRecoveryCodeEntity).findBy({ userId: user.id });
    expect(hashes).toHaveLength(10);
    for (const h of hashes) expect(codes.map((c: string) => c.replace(/-/g, ''))).not.toContain(h.codeHash.trim());
    // Once on, starting again is refused (it would replace the secret).
    expect((await b.fail(START)).extensions?.code).toBe('CONFLICT');
  });

  it('asks for the code after the right password: no session until then; a wrong code fails and is counted', async () => {
    const { user, b } = await signedIn();
    const { secret } = await enrol(b);
    const other = new Browser(t.url);
    const sessions = t.db.getRepository(UserSessionEntity);
    const sessionsBefore = await sessions.countBy({ userId: user.id });

    expect(await other.password(user)).toBe('TWO_FACTOR_REQUIRED');
    expect(other.session).toBeUndefined();
    expect((await other.fail(`{ me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sessions.countBy({ userId: user.id })).toBe(sessionsBefore);

    const throttle = t.db.getRepository(SignInThrottleEntity);
    const before = await throttle.findOneBy({ scope: 'ACCOUNT', subject: user.email });
    const wrong = await other.code(codeAt(secret, 4));
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toMatch(/Code incorrect/);
    const after = await throttle.findOneByOrFail({ scope: 'ACCOUNT', subject: user.email });
    expect(after.attempts).toBe((before?.attempts ?? 0) + 1);
    expect(await t.db.getRepository(SignInAttemptEntity).countBy({ email: user.email, succeeded: false })).toBe(1);
    expect(other.session).toBeUndefined();

    const right = await other.code(codeAt(secret));
    expect(right.errors).toBeUndefined();
    expect(right.data?.verifyTwoFactorSignIn.id).toBe(user.id);
    expect(other.session).toBeDefined();
    expect((await other.ok(`{ me { id twoFactorEnrolmentRequired } }`)).me).toEqual({
      id: user.id,
      twoFactorEnrolmentRequired: false,
    });
    // The pending step is spent: nothing left to verify with.
    expect(await t.db.getRepository(TwoFactorChallengeEntity).countBy({ userId: user.id })).toBe(0);
  });

  it('refuses a replayed code: the same time step (or an older one) is never accepted twice, even in parallel', async () => {
    const { user, b } = await signedIn();
    const { secret } = await enrol(b); // spends step -1
    const first = new Browser(t.url);
    await first.password(user);
    const code = codeAt(secret);
    expect((await first.code(code)).errors).toBeUndefined();

    const replay = new Browser(t.url);
    expect(await replay.password(user)).toBe('TWO_FACTOR_REQUIRED');
    const again = await replay.code(code);
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(again.errors?.[0].message).toMatch(/déjà utilisé/);
    // An older code, still inside the ±1 window, is refused too.
    expect((await replay.code(codeAt(secret, -1))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(replay.session).toBeUndefined();

    // The next step's code, sent by two sign-ins at once: exactly one gets in.
    const [x, y] = [new Browser(t.url), new Browser(t.url)];
    await x.password(user);
    await y.password(user);
    const next = codeAt(secret, 1);
    const results = await Promise.all([x.code(next), y.code(next)]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect([x.session, y.session].filter(Boolean)).toHaveLength(1);
  });

  it('accepts a recovery code once, even when two sign-ins send it at the same moment', async () => {
    const { user, b } = await signedIn();
    const { secret, codes } = await enrol(b);
    const [x, y] = [new Browser(t.url), new Browser(t.url)];
    expect(await x.password(user)).toBe('TWO_FACTOR_REQUIRED');
    expect(await y.password(user)).toBe('TWO_FACTOR_REQUIRED');
    // Typed as people do: lower case, spaces instead of dashes.
    const typed = codes[0].toLowerCase().replace(/-/g, ' ');
    const results = await Promise.all([x.code(typed), y.code(codes[0])]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'UNAUTHENTICATED').length).toBe(1);

    const z = new Browser(t.url);
    await z.password(user);
    expect((await z.code(codes[0])).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await z.code(codes[1])).errors).toBeUndefined();
    expect((await z.ok(STATUS)).twoFactorStatus.recoveryCodesLeft).toBe(8);

    // Regenerated: the old codes stop working.
    const { regenerateRecoveryCodes: fresh } = await b.ok(
      `mutation($i: TwoFactorCodeInput!) { regenerateRecoveryCodes(input: $i) }`,
      { i: { code: codeAt(secret) } },
    );
    expect(fresh).toHaveLength(10);
    const w = new Browser(t.url);
    await w.password(user);
    expect((await w.code(codes[2])).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await w.code(fresh[0])).errors).toBeUndefined();
  });

  it('lets the pending second step expire after a few minutes', async () => {
    const { user, b } = await signedIn();
    const { secret } = await enrol(b);
    const late = new Browser(t.url);
    expect(await late.password(user)).toBe('TWO_FACTOR_REQUIRED');
    const [challenge] = await twoFactorChallengeLifetimes(t.db, user.id);
    expect(challenge.seconds).toBe(300);
    await expireTwoFactorChallenges(t.db, user.id);
    const r = await late.code(codeAt(secret));
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].message).toMatch(/expiré/);
    expect(late.session).toBeUndefined();
    // The code was not spent by the expired step: a fresh sign-in can use it.
    const fresh = new Browser(t.url);
    await fresh.password(user);
    expect((await fresh.code(codeAt(secret))).errors).toBeUndefined();
  });

  it('spends a pending step after 5 wrong codes', async () => {
    const { user, b } = await signedIn();
    const { secret } = await enrol(b);
    const c = new Browser(t.url);
    await c.password(user);
    for (let i = 0; i < 5; i++) expect((await c.code('000000')).errors?.[0].message).toMatch(/Code incorrect/);
    const r = await c.code(codeAt(secret));
    expect(r.errors?.[0].message).toMatch(/expiré/);
    expect(c.session).toBeUndefined();
  });

  it('the director requires two-factor sign-in of the direction: until enrolled, only enrolment is open', async () => {
    const own = await buildStructure(t.db);
    const director = await buildUser(t.db, { role: Role.DIRECTOR, structureId: own.id });
    const counsellor = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: own.id });
    const d = new Browser(t.url);
    const c = new Browser(t.url);
    await d.password(director);
    await c.password(counsellor);

    const refused = await c.fail(`mutation { setStructureTwoFactorRequired(required: true) }`);
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect(await d.ok(`mutation { setStructureTwoFactorRequired(required: true) }`)).toEqual({
      setStructureTwoFactorRequired: true,
    });

    // At once, on the director's open session: everything else is closed until she enrols.
    const blocked = await d.fail(`{ persons(first: 5) { totalCount } }`);
    expect(blocked.extensions?.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    expect(blocked.message).toMatch(/exige la double authentification/);
    expect((await d.fail(`mutation { setStructureTwoFactorRequired(required: false) }`)).extensions?.code).toBe(
      'TWO_FACTOR_ENROLMENT_REQUIRED',
    );
    expect((await d.ok(`{ me { twoFactorEnrolmentRequired } }`)).me.twoFactorEnrolmentRequired).toBe(true);
    expect((await d.ok(`{ mySessions { current } }`)).mySessions).toEqual([{ current: true }]);
    // The requirement is the direction's: the counsellor goes on.
    expect((await c.ok(`{ persons(first: 5) { totalCount } }`)).persons.totalCount).toBe(0);
    expect((await c.ok(`{ me { twoFactorEnrolmentRequired } }`)).me.twoFactorEnrolmentRequired).toBe(false);

    const { secret } = await enrol(d);
    expect((await d.ok(`{ persons(first: 5) { totalCount } }`)).persons.totalCount).toBe(0);
    expect((await d.ok(STATUS)).twoFactorStatus.requiredByStructure).toBe(true);
    expect(await d.ok(`{ structureTwoFactorRequired }`)).toEqual({ structureTwoFactorRequired: true });
    // Required: it cannot be turned off.
    const off = await d.fail(`mutation($i: DisableTwoFactorInput!) { disableTwoFactor(input: $i) }`, {
      i: { code: codeAt(secret) },
    });
    expect(off.extensions?.code).toBe('CONFLICT');
    expect(
      await t.db.getRepository(UserTwoFactorEntity).countBy({ userId: director.id, enabledAt: Not(IsNull()) }),
    ).toBe(1);
  });

  it('turns two-factor sign-in off with the password, never with a wrong one', async () => {
    const { user, b } = await signedIn(Role.ADMINISTRATOR);
    await enrol(b);
    const DISABLE = `mutation($i: DisableTwoFactorInput!) { disableTwoFactor(input: $i) }`;
    expect((await b.fail(DISABLE, { i: {} })).extensions?.code).toBe('BAD_USER_INPUT');
    const wrong = await b.fail(DISABLE, { i: { password: 'pas-le-bon' } });
    expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await b.ok(STATUS)).twoFactorStatus.enabled).toBe(true);
    expect(await b.ok(DISABLE, { i: { password: user.password } })).toEqual({ disableTwoFactor: true });
    expect(await t.db.getRepository(UserRecoveryCodeEntity).countBy({ userId: user.id })).toBe(0);
    expect(await new Browser(t.url).password(user)).toBeNull();
  });

  it('« Mes sessions » lists my sessions and ends one, or all the others, at once', async () => {
    const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId });
    const laptop = new Browser(t.url);
    const phone = new Browser(
      t.url,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    );
    const tablet = new Browser(
      t.url,
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
    );
    for (const b of [laptop, phone, tablet]) expect(await b.password(user)).toBeNull();
    const someoneElse = await signedIn();

    const LIST = `{ mySessions { id device address current createdAt lastSeenAt } }`;
    const { mySessions } = await laptop.ok(LIST);
    expect(mySessions).toHaveLength(3);
    expect(mySessions[0]).toMatchObject({ current: true, device: 'Chrome sur Linux', address: '127.0.0.x' });
    expect(mySessions.map((s: { device: string }) => s.device).sort()).toEqual(
      ['Chrome sur Linux', 'Firefox sur Windows', 'Safari sur iOS'].sort(),
    );
    // The handle is not the token, nor what the database keys sessions by.
    const ids = (await t.db.getRepository(UserSessionEntity).findBy({ userId: user.id })).map((r) => r.id);
    for (const s of mySessions) expect(ids).not.toContain(s.id);
    expect(mySessions.map((s: { id: string }) => s.id)).not.toContain(laptop.session);

    // Someone else cannot end my sessions.
    const phoneId = mySessions.find((s: { device: string }) => s.device === 'Safari sur iOS').id;
    expect(
      (await someoneElse.b.fail(`mutation($id: ID!) { endSession(id: $id) }`, { id: phoneId })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await phone.ok(`{ me { id } }`)).me.id).toBe(user.id);

    expect(await laptop.ok(`mutation($id: ID!) { endSession(id: $id) }`, { id: phoneId })).toEqual({
      endSession: true,
    });
    expect((await phone.fail(`{ me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await tablet.ok(`{ me { id } }`)).me.id).toBe(user.id);

    expect(await laptop.ok(`mutation { endOtherSessions }`)).toEqual({ endOtherSessions: 1 });
    expect((await tablet.fail(`{ me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await laptop.ok(LIST)).mySessions).toHaveLength(1);
    expect((await someoneElse.b.ok(`{ me { id } }`)).me.id).toBe(someoneElse.user.id);
  });
});

describe('the account’s security events in the audit trail (docs/security.md, « Journal de sécurité des comptes »)', () => {
  let t: TestApp;
  let structureId: string;
  let director: Browser;
  let elsewhere: Browser;

  beforeAll(async () => {
    t = await startTestApp({ SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '20', SIGN_IN_MAX_FAILURES_PER_ADDRESS: '200' });
    structureId = (await buildStructure(t.db, { name: 'Rouen Insertion' })).id;
    const otherId = (await buildStructure(t.db)).id;
    director = new Browser(t.url);
    expect(await director.password(await buildUser(t.db, { role: Role.DIRECTOR, structureId }))).toBeNull();
    elsewhere = new Browser(t.url);
    expect(await elsewhere.password(await buildUser(t.db, { role: Role.DIRECTOR, structureId: otherId }))).toBeNull();
  });
  afterAll(() => t?.close());

  const trail = (userId: string) =>
    t.db.getRepository(AuditLogEntity).find({ where: { subjectId: userId }, order: { id: 'ASC' } });
  /** The lines written since `after` (an id), for the account. */
  const since = (userId: string, after: string) =>
    t.db
      .getRepository(AuditLogEntity)
      .find({ where: { subjectId: userId, id: MoreThan(after) }, order: { id: 'ASC' } });
  const lastId = async (userId: string) => (await trail(userId)).at(-1)?.id ?? '0';
  async function enrol(b: Browser): Promise<{ secret: string; codes: string[] }> {
    const { startTwoFactorEnrolment: e } = await b.ok(START);
    const { confirmTwoFactorEnrolment: codes } = await b.ok(CONFIRM, { i: { code: codeAt(e.secret, -1) } });
    return { secret: e.secret, codes };
  }
  const SECURITY_LOG = `query($userId: ID!) { staffSecurityLog(userId: $userId) {
    id occurredAt action actionLabel actorLabel actorRole actorRoleLabel actorOrganisation subjectType details } }`;

  async function member() {
    const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId, firstName: 'Inès', lastName: 'Morel' });
    const b = new Browser(t.url);
    expect(await b.password(user)).toBeNull();
    return { user, b };
  }

  /** Exactly one new line, of `action`, by the account itself, about the account, in its structure's trail. */
  async function expectOneLine(userId: string, after: string, action: string) {
    const rows = await since(userId, after);
    expect(rows.map((r) => r.action)).toEqual([action]);
    expect(rows[0]).toMatchObject({
      actorUserId: userId,
      actorRole: 'COUNSELLOR',
      actorLabel: 'Inès Morel',
      actorStructureId: structureId,
      structureId,
      personId: null,
      subjectType: 'account',
      subjectId: userId,
    });
    return rows[0];
  }

  it('writes one line per event, by the account itself, and never a code, a secret or a session token', async () => {
    const { user, b } = await member();
    const secrets: string[] = [];

    let mark = await lastId(user.id);
    const { secret, codes } = await enrol(b);
    secrets.push(secret, ...codes);
    expect((await expectOneLine(user.id, mark, 'TWO_FACTOR_ENABLED')).details).toEqual({ recoveryCodes: 10 });

    mark = await lastId(user.id);
    const { regenerateRecoveryCodes: fresh } = await b.ok(
      `mutation($i: TwoFactorCodeInput!) { regenerateRecoveryCodes(input: $i) }`,
      { i: { code: codeAt(secret) } },
    );
    secrets.push(...fresh);
    await expectOneLine(user.id, mark, 'TWO_FACTOR_RECOVERY_CODES_RENEWED');
    // A wrong code to renew them: refused, one line, nothing renewed.
    const badRenewal = codeAt(secret, 8);
    secrets.push(badRenewal);
    mark = await lastId(user.id);
    const refusedRenewal = await b.fail(`mutation($i: TwoFactorCodeInput!) { regenerateRecoveryCodes(input: $i) }`, {
      i: { code: badRenewal },
    });
    expect(refusedRenewal.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await expectOneLine(user.id, mark, 'TWO_FACTOR_CODE_REFUSED')).details).toEqual({
      step: 'RECOVERY_CODES_RENEWAL',
      codeKind: 'APP',
    });

    // A wrong code at the second step: one line, on its own (the sign-in fails).
    const other = new Browser(t.url);
    expect(await other.password(user)).toBe('TWO_FACTOR_REQUIRED');
    const wrong = codeAt(secret, 6); // a code of the secret, three minutes off: refused
    secrets.push(wrong);
    mark = await lastId(user.id);
    expect((await other.code(wrong)).errors?.[0].message).toMatch(/Code incorrect/);
    expect((await expectOneLine(user.id, mark, 'TWO_FACTOR_CODE_REFUSED')).details).toEqual({
      step: 'SIGN_IN',
      codeKind: 'APP',
    });
    mark = await lastId(user.id);
    const wrongRecovery = 'ABCD-EFGH-JKLM';
    secrets.push(wrongRecovery);
    expect((await other.code(wrongRecovery)).errors?.[0].message).toMatch(/Code incorrect/);
    expect((await expectOneLine(user.id, mark, 'TWO_FACTOR_CODE_REFUSED')).details).toEqual({
      step: 'SIGN_IN',
      codeKind: 'RECOVERY',
    });

    // A recovery code opens the session: one line (a sign-in with the app's code writes none: it is the usual way).
    mark = await lastId(user.id);
    expect((await other.code(fresh[0])).errors).toBeUndefined();
    await expectOneLine(user.id, mark, 'SIGNED_IN_WITH_RECOVERY_CODE');
    const app = new Browser(t.url);
    await app.password(user);
    mark = await lastId(user.id);
    expect((await app.code(codeAt(secret, 1))).errors).toBeUndefined();
    expect(await since(user.id, mark)).toEqual([]);

    // « Mes sessions »: one session ended, then the others.
    const { mySessions } = await b.ok(`{ mySessions { id current } }`);
    const handle = mySessions.find((s: { current: boolean }) => !s.current).id;
    secrets.push(handle, b.session!, other.session!, app.session!);
    mark = await lastId(user.id);
    await b.ok(`mutation($id: ID!) { endSession(id: $id) }`, { id: handle });
    expect((await expectOneLine(user.id, mark, 'SESSIONS_ENDED')).details).toEqual({ scope: 'ONE', count: 1 });
    mark = await lastId(user.id);
    expect(await b.ok(`mutation { endOtherSessions }`)).toEqual({ endOtherSessions: 1 });
    expect((await expectOneLine(user.id, mark, 'SESSIONS_ENDED')).details).toEqual({ scope: 'OTHERS', count: 1 });
    // Nothing left to end: nothing written.
    mark = await lastId(user.id);
    expect(await b.ok(`mutation { endOtherSessions }`)).toEqual({ endOtherSessions: 0 });
    expect(await since(user.id, mark)).toEqual([]);
    // Ending a session that is not there: refused, nothing written.
    expect((await b.fail(`mutation($id: ID!) { endSession(id: $id) }`, { id: handle })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(await since(user.id, mark)).toEqual([]);

    // Turned off with the password (every step of the app's codes is spent by now); a wrong proof writes nothing.
    const DISABLE = `mutation($i: DisableTwoFactorInput!) { disableTwoFactor(input: $i) }`;
    mark = await lastId(user.id);
    expect((await b.fail(DISABLE, { i: { password: 'pas-le-bon' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await since(user.id, mark)).toEqual([]);
    // A wrong code of the app: refused, one line; two-factor stays on.
    const badOff = codeAt(secret, 8);
    secrets.push(badOff);
    expect((await b.fail(DISABLE, { i: { code: badOff } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await expectOneLine(user.id, mark, 'TWO_FACTOR_CODE_REFUSED')).details).toEqual({
      step: 'DISABLE',
      codeKind: 'APP',
    });
    expect((await b.ok(STATUS)).twoFactorStatus.enabled).toBe(true);
    mark = await lastId(user.id);
    secrets.push(user.password);
    expect(await b.ok(DISABLE, { i: { password: user.password } })).toEqual({ disableTwoFactor: true });
    expect((await expectOneLine(user.id, mark, 'TWO_FACTOR_DISABLED')).details).toEqual({ proof: 'PASSWORD' });

    // No secret anywhere in the account's lines (the whole rows, as JSON), nor their normalised forms.
    const all = JSON.stringify(await trail(user.id));
    const normalised = secrets.flatMap((x) => [x, x.replace(/-/g, ''), x.toLowerCase()]);
    for (const x of normalised) expect({ secret: x, found: all.includes(x) }).toEqual({ secret: x, found: false });
    expect(all).not.toMatch(/"(code|secret|token|password|ip|userAgent)":/i);
    expect((await trail(user.id)).map((r) => r.action)).toEqual([
      'TWO_FACTOR_ENABLED',
      'TWO_FACTOR_RECOVERY_CODES_RENEWED',
      'TWO_FACTOR_CODE_REFUSED',
      'TWO_FACTOR_CODE_REFUSED',
      'TWO_FACTOR_CODE_REFUSED',
      'SIGNED_IN_WITH_RECOVERY_CODE',
      'SESSIONS_ENDED',
      'SESSIONS_ENDED',
      'TWO_FACTOR_CODE_REFUSED',
      'TWO_FACTOR_DISABLED',
    ]);

    // The director reads them in French, newest first; nobody else does.
    const { staffSecurityLog } = await director.ok(SECURITY_LOG, { userId: user.id });
    expect(staffSecurityLog.map((e: { actionLabel: string }) => e.actionLabel)).toEqual([
      'Double authentification désactivée',
      'Code de double authentification refusé',
      'Sessions terminées depuis « Mes sessions »',
      'Sessions terminées depuis « Mes sessions »',
      'Connexion avec un code de secours',
      'Code de double authentification refusé',
      'Code de double authentification refusé',
      'Code de double authentification refusé',
      'Codes de secours renouvelés',
      'Double authentification activée',
    ]);
    expect(staffSecurityLog[0]).toMatchObject({
      action: 'TWO_FACTOR_DISABLED',
      actorLabel: 'Inès Morel',
      actorRoleLabel: 'Chargé·e d’insertion',
      actorOrganisation: 'Rouen Insertion',
      subjectType: 'account',
    });
    expect(JSON.parse(staffSecurityLog[0].details)).toEqual({ proof: 'PASSWORD' });
  });

  it('another structure’s director reads the account as unknown; the account itself and a counsellor may not read', async () => {
    const { user, b } = await member();
    await enrol(b);
    expect((await elsewhere.fail(SECURITY_LOG, { userId: user.id })).extensions?.code).toBe('NOT_FOUND');
    for (const userId of ['00000000-0000-4000-8000-000000000000', 'pas-un-identifiant'])
      expect((await director.fail(SECURITY_LOG, { userId })).extensions?.code).toBe('NOT_FOUND');
    const e = await b.fail(SECURITY_LOG, { userId: user.id });
    expect(e.extensions?.code).toBe('FORBIDDEN');
    expect((await director.ok(SECURITY_LOG, { userId: user.id })).staffSecurityLog).toHaveLength(1);
  });

  it('keeps the last 20 events', async () => {
    const { user, b } = await member();
    await enrol(b);
    for (let i = 0; i < 20; i++) {
      const extra = new Browser(t.url);
      await extra.password(user);
      await extra.code('000000');
    }
    const { staffSecurityLog } = await director.ok(SECURITY_LOG, { userId: user.id });
    expect(await trail(user.id)).toHaveLength(21);
    expect(staffSecurityLog).toHaveLength(20); // the enrolment, the oldest, is left out
    expect(new Set(staffSecurityLog.map((e: { action: string }) => e.action))).toEqual(
      new Set(['TWO_FACTOR_CODE_REFUSED']),
    );
  });

  it('5 wrong codes write 5 lines, and the pending step is still spent after them (throttling unchanged)', async () => {
    const { user, b } = await member();
    const { secret } = await enrol(b);
    const c = new Browser(t.url);
    await c.password(user);
    const mark = await lastId(user.id);
    for (let i = 0; i < 5; i++) expect((await c.code('000000')).errors?.[0].message).toMatch(/Code incorrect/);
    const r = await c.code(codeAt(secret));
    expect(r.errors?.[0].message).toMatch(/expiré/);
    expect(c.session).toBeUndefined();
    expect((await since(user.id, mark)).map((row) => row.action)).toEqual(Array(5).fill('TWO_FACTOR_CODE_REFUSED'));
    // Each wrong code was counted by the sign-in throttle as well.
    expect(await t.db.getRepository(SignInAttemptEntity).countBy({ email: user.email, succeeded: false })).toBe(5);
  });
});
