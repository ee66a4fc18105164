import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import argon2 from 'argon2';
import { buildPartnerOrganisation, buildStructure, buildUser, type BuiltUser } from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { PersonEntity } from '../../modules/persons/person.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { forgetSignInAttempts, idleSessionsOfUser } from '../../testing/repositories/core-auth.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { SignInAttemptEntity } from './sign-in-attempt.entity';
import { UserSessionEntity } from './user-session.entity';
import { SignInThrottle } from './sign-in-throttle';

/** A value of the given input type, good enough to pass GraphQL validation (the guard must refuse first). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  if (isScalarType(type))
    return (
      ({ Int: 1, Float: 1, Boolean: true } as Record<string, unknown>)[type.name] ??
      '00000000-0000-4000-8000-000000000000'
    );
  return null;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const t = getNamedType(field.type);
  if (isScalarType(t) || isEnumType(t)) return '';
  return '{ __typename }';
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
  const args = field.args.map((a) => `${a.name}: $${a.name}`);
  const query = `${kind}${vars.length ? `(${vars.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(field)} }`;
  const variables = Object.fromEntries(
    field.args.map((a) => [a.name, sample(getNullableType(a.type) as GraphQLInputType)]),
  );
  return { query, variables };
}

describe('sign-in, sessions and access', () => {
  let t: TestApp;
  let counsellor: BuiltUser;
  let reviewer: BuiltUser;
  let admin: BuiltUser;

  beforeAll(async () => {
    t = await startTestApp({
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3',
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: '8',
      SIGN_IN_MAX_DELAY_SECONDS: '1',
      // The client's address is read from X-Forwarded-For: the tests sign in "from" several addresses.
      TRUST_PROXY: 'true',
      GRAPHQL_MAX_DEPTH: '3',
    });
    const s = await buildStructure(t.db);
    const partner = await buildPartnerOrganisation(t.db);
    counsellor = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: s.id });
    reviewer = await buildUser(t.db, { role: Role.PARTNER_REVIEWER, partnerOrganisationId: partner.id });
    admin = await buildUser(t.db, { role: Role.ADMINISTRATOR });
  });
  afterAll(() => t?.close());

  it('refuses every operation but signIn to an anonymous caller', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const roots = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const;
    const checked: string[] = [];
    for (const [kind, type] of roots) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        // Public: sign-in, and the set-password and « mot de passe oublié » steps (issue 15).
        // Public by design: sign-in, the account links, and an urgent replacement's offer read and answered from its
        // single-use link (no account: replacements.int-spec.ts tests its refusals).
        const publicOperations = [
          'signIn',
          'accountLink',
          'setPasswordWithLink',
          'requestPasswordReset',
          'replacementOffer',
          'answerReplacementOffer',
        ];
        if (publicOperations.includes(field.name)) continue;
        const { query, variables } = operationFor(kind, field);
        const error = await t.client().fail(query, variables);
        expect({ op: field.name, code: error.extensions?.code }).toEqual({ op: field.name, code: 'UNAUTHENTICATED' });
        checked.push(field.name);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining(['me', 'person', 'persons', 'counsellors', 'createPerson', 'updatePerson', 'signOut']),
    );
  });

  it('signs in with an httpOnly SameSite cookie and an argon2id hash in the database', async () => {
    const c = t.client();
    const res = await c.request(`mutation($i: SignInInput!) { signIn(input: $i) { email role permissions } }`, {
      i: { email: counsellor.email.toUpperCase(), password: counsellor.password },
    });
    expect(res.errors).toBeUndefined();
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tremplin_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const { passwordHash } = await t.db.getRepository(UserEntity).findOneByOrFail({ id: counsellor.id });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    const me = await c.ok<{ me: { email: string } }>(`{ me { email } }`);
    expect(me.me.email).toBe(counsellor.email);
    // The token is never stored as such.
    const token = c.cookie!.split('=')[1];
    expect(await t.db.getRepository(UserSessionEntity).countBy({ id: token })).toBe(0);
  });

  it('refuses a wrong password with a French message', async () => {
    const e = await t.client().fail(`mutation { signIn(input: {email: "${admin.email}", password: "faux"}) { id } }`);
    expect(e.extensions?.code).toBe('UNAUTHENTICATED');
    expect(e.message).toBe('Adresse e-mail ou mot de passe incorrect.');
  });

  it('ends the session server-side on sign-out', async () => {
    const c = t.client();
    await c.signIn(counsellor.email, counsellor.password);
    const stolen = c.cookie;
    await c.ok(`mutation { signOut }`);
    const replay = t.client();
    replay.cookie = stolen;
    expect((await replay.fail(`{ me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session after inactivity', async () => {
    const c = t.client();
    await c.signIn(counsellor.email, counsellor.password);
    await idleSessionsOfUser(t.db, counsellor.id, 31);
    expect((await c.fail(`{ me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('denies persons to a partner reviewer and to an administrator', async () => {
    for (const user of [reviewer, admin]) {
      const c = t.client();
      await c.signIn(user.email, user.password);
      for (const q of [
        `{ persons { totalCount } }`,
        `{ counsellors { id } }`,
        `{ person(id: "${counsellor.id}") { id } }`,
      ]) {
        expect((await c.fail(q)).extensions?.code).toBe('FORBIDDEN');
      }
      expect(
        (
          await c.fail(
            `mutation { createPerson(input: {firstName: "A", lastName: "B", birthDate: "1990-01-01"}) { id } }`,
          )
        ).extensions?.code,
      ).toBe('FORBIDDEN');
    }
    expect(await t.db.getRepository(PersonEntity).count()).toBe(0);
  });

  /** A sign-in "from" the given client address (the app trusts X-Forwarded-For in this suite). */
  const signInFrom = async (ip: string, email: string, password: string) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({
        query: `mutation($i: SignInInput!) { signIn(input: $i) { email } }`,
        variables: { i: { email, password } },
      }),
    });
    const body = (await res.json()) as {
      data?: { signIn: { email: string } } | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return {
      email: body.data?.signIn.email,
      code: body.errors?.[0]?.extensions?.code,
      message: body.errors?.[0]?.message,
    };
  };
  const forgetAttempts = () => forgetSignInAttempts(t.db);
  const tally = (codes: (string | undefined)[]) =>
    codes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c ?? 'OK']: (acc[c ?? 'OK'] ?? 0) + 1 }), {});

  it('blocks an account from the address that failed repeatedly, even with the right password', async () => {
    const victim = await buildUser(t.db, { role: Role.ADMINISTRATOR });
    for (let i = 0; i < 3; i++)
      await t.client().fail(`mutation { signIn(input: {email: "${victim.email}", password: "mauvais${i}"}) { id } }`);
    const e = await t
      .client()
      .fail(`mutation { signIn(input: {email: "${victim.email}", password: "${victim.password}"}) { id } }`);
    expect(e.extensions?.code).toBe('RATE_LIMITED');
    expect(e.message).toMatch(/Trop de tentatives de connexion. Réessayez dans \d+ minutes?\./);
  });

  it('blocks an address after repeated failures across accounts', async () => {
    await forgetAttempts();
    for (let i = 0; i < 8; i++)
      await t.client().fail(`mutation { signIn(input: {email: "inconnu${i}@test.fr", password: "x"}) { id } }`);
    const e = await t
      .client()
      .fail(`mutation { signIn(input: {email: "${counsellor.email}", password: "${counsellor.password}"}) { id } }`);
    expect(e.extensions?.code).toBe('RATE_LIMITED');
    await forgetAttempts();
  });

  it('counts 200 parallel wrong passwords before checking any: 3 checks, the pair locked, the same answers for an unknown account', async () => {
    await forgetAttempts();
    const victim = await buildUser(t.db, { role: Role.ADMINISTRATOR });
    const verify = jest.spyOn(argon2, 'verify');
    let known: Awaited<ReturnType<typeof signInFrom>>[];
    try {
      known = await Promise.all(
        Array.from({ length: 200 }, (_, i) => signInFrom('203.0.113.7', victim.email, `mauvais-${i}`)),
      );
      // Only the first 3 attempts (SIGN_IN_MAX_FAILURES_PER_ACCOUNT) reach the password check.
      expect(verify).toHaveBeenCalledTimes(3);
    } finally {
      verify.mockRestore();
    }
    expect(tally(known.map((r) => r.code))).toEqual({ UNAUTHENTICATED: 3, RATE_LIMITED: 197 });
    expect(await t.db.getRepository(SignInAttemptEntity).countBy({ email: victim.email })).toBe(3);
    // The pair (account, address) is locked, even with the right password.
    const locked = await signInFrom('203.0.113.7', victim.email, victim.password);
    expect(locked.code).toBe('RATE_LIMITED');
    expect(locked.message).toMatch(/^Trop de tentatives de connexion\. Réessayez dans 15 minutes\.$/);

    // An account that does not exist gets exactly the same answers: nothing tells whether it exists.
    const unknown = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signInFrom('203.0.113.8', 'personne@inconnu.test', `mauvais-${i}`)),
    );
    expect(tally(unknown.map((r) => r.code))).toEqual({ UNAUTHENTICATED: 3, RATE_LIMITED: 47 });
    expect(new Set(unknown.map((r) => r.message))).toEqual(new Set(known.map((r) => r.message)));
    await forgetAttempts();
  });

  it('lets the owner in from their own address while other addresses hammer the account: slowed (capped), not locked out', async () => {
    await forgetAttempts();
    const owner = await buildUser(t.db, { role: Role.ADMINISTRATOR });
    const throttle = t.app.get(SignInThrottle);
    const wait = jest.spyOn(throttle, 'wait');
    try {
      // 6 addresses × 3 wrong passwords: 18 failures on the account, and every attacking pair locked.
      await Promise.all(
        Array.from({ length: 6 }, async (_, a) => {
          for (let i = 0; i < 3; i++) await signInFrom(`198.51.100.${a + 1}`, owner.email, `mauvais-${i}`);
        }),
      );
      expect((await signInFrom('198.51.100.1', owner.email, owner.password)).code).toBe('RATE_LIMITED');
      // Past 3 failures on the account, each further checked attempt waited: 1 s, then capped at 1 s here.
      expect(wait.mock.calls.map(([ms]) => ms).filter((ms) => ms > 0)).toEqual(Array(15).fill(1000));

      wait.mockClear();
      const signedIn = await signInFrom('192.0.2.10', owner.email, owner.password);
      expect(signedIn).toEqual({ email: owner.email, code: undefined, message: undefined });
      // The owner waited the capped delay (SIGN_IN_MAX_DELAY_SECONDS), once, and was let in.
      expect(wait.mock.calls).toEqual([[1000]]);
    } finally {
      wait.mockRestore();
    }
    await forgetAttempts();
  });

  it('rejects requests that could be cross-site (Apollo CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(400);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
  });

  it('refuses queries nested beyond the depth limit before running them', async () => {
    // This suite runs with GRAPHQL_MAX_DEPTH=3.
    expect((await t.client().fail(`{ me { structure { id } } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    const e = await t.client().fail(`{ persons { edges { node { id } } } }`);
    expect(e.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.message).toBe('Requête trop imbriquée : 3 niveaux au plus. Demandez ces données en plusieurs requêtes.');
    const viaFragment = await t
      .client()
      .fail(`query { persons { ...F } } fragment F on PersonConnection { edges { node { id } } }`);
    expect(viaFragment.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers health probes without a session', async () => {
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
    expect(ready.headers.get('x-request-id')).toBeTruthy();
  });
});
