import {
  aliasFlood,
  buildPerson,
  buildStructure,
  buildUser,
  type BuiltUser,
  deepQuery,
  directiveFlood,
  fragmentChain,
  type GqlResponse,
  tokenFlood,
} from '@tremplin/api-testing';
import { ERROR_MESSAGES, Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { BODY_REFUSALS } from '../http/body-parsers';

/**
 * The limits of one GraphQL request (docs/security.md), over HTTP, with the default settings: refused before
 * anything runs, for anonymous callers too, with a French message. Timings are the benchmark's business
 * (`npm run bench:limits`), not these tests'.
 */

/** The one error of a request refused before anything ran: 400, no data, a French message and its code. */
async function expectRefusal(
  answer: Promise<GqlResponse<unknown>>,
  message: string,
  code = 'GRAPHQL_VALIDATION_FAILED',
): Promise<void> {
  const r = await answer;
  expect({ status: r.status, data: r.data, errors: r.errors }).toEqual({
    status: 400,
    data: null,
    errors: [expect.objectContaining({ message, extensions: { code } })],
  });
}

/** The status and `Cache-Control` of a raw request to /graphql: a POST of `body`, or a GET of `query`. */
async function cacheControlOf(
  url: string,
  request: { body: unknown } | { query: string; headers?: Record<string, string> },
) {
  const res =
    'body' in request
      ? await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request.body),
        })
      : await fetch(`${url}/graphql?query=${encodeURIComponent(request.query)}`, { headers: request.headers });
  await res.arrayBuffer();
  return [res.status, res.headers.get('cache-control')];
}

describe('GraphQL request limits (default settings)', () => {
  let t: TestApp;
  let counsellor: BuiltUser;

  beforeAll(async () => {
    t = await startTestApp();
    const s = await buildStructure(t.db);
    counsellor = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: s.id });
    for (let i = 0; i < 3; i++) await buildPerson(t.db, s.id, { counsellorId: counsellor.id });
  });
  afterAll(() => t?.close());

  it('refuses an anonymous 25-level fragment chain (under 1 KB) before validating it, and still answers after', async () => {
    const query = fragmentChain(25);
    expect(Buffer.byteLength(query)).toBeLessThan(1024);
    await expectRefusal(t.client().request(query), ERROR_MESSAGES.queryTooCostly(100_000));
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
  });

  it('refuses a signed-in request of 1,000 aliases of persons(first: 100), and one of 16, running none of them', async () => {
    const c = t.client();
    await c.signIn(counsellor.email, counsellor.password);
    const { statements } = await t.statementsOf(async () => {
      // Its 17,000 tokens stop the parser first (its aliases and its cost would refuse it next: request-limits.spec.ts).
      await expectRefusal(c.request(aliasFlood(1000)), ERROR_MESSAGES.queryTooLong(2000), 'GRAPHQL_PARSE_FAILED');
      await expectRefusal(c.request(aliasFlood(16)), ERROR_MESSAGES.queryTooManyAliases(15));
    });
    expect(statements).toBe(0); // not even the session was read
    // At the limit, the same request runs.
    const ok = await c.ok<Record<string, { totalCount: number }>>(aliasFlood(15));
    expect(Object.values(ok).map((p) => p.totalCount)).toEqual(Array(15).fill(3));
  });

  it('refuses a request whose nested lists cost more than the ceiling, though few aliases and shallow', async () => {
    // 1 + 10 funders × (1 + 10 agreements × (1 + 500 allocations × 6 fields)) = 300,111.
    const query = `{ funders { agreements { allocations(first: 500) { id quantity unit sourceId sourceKind sourceDate } } } }`;
    await expectRefusal(t.client().request(query), ERROR_MESSAGES.queryTooCostly(100_000));
  });

  it('measures the cost with the request’s variables, also for a document Apollo has already validated', async () => {
    const query = `query($n: Int) { funders { agreements { allocations(first: $n) { id quantity unit sourceId } } } }`;
    // 1 + 10 × (1 + 10 × (1 + 4)) = 511: it runs (and the anonymous caller is refused, by the resolver).
    expect((await t.client().fail(query, { n: 1 })).extensions?.code).toBe('UNAUTHENTICATED');
    // The same text again comes from Apollo's cache, not parsed nor validated again: its cost is measured all the same.
    await expectRefusal(t.client().request(query, { n: 500 }), ERROR_MESSAGES.queryTooCostly(100_000));
  });

  it('refuses a query nested deeper than 10 levels, through fragments too, before checking its fields', async () => {
    // 10 levels: measured, then Apollo's validation finds that these fields do not exist.
    expect((await t.client().fail(deepQuery(10))).message).toMatch(/^Cannot query field "a" on type "Query"/);
    const throughFragments = `{ ...F } fragment F on Query { a { a { ...G } } } fragment G on A { a { a { a { a { a { a { a { a { id } } } } } } } } }`;
    for (const query of [deepQuery(11), throughFragments])
      await expectRefusal(t.client().request(query), ERROR_MESSAGES.queryTooDeep(10));
  });

  it('refuses a flood of directives', async () => {
    await expectRefusal(t.client().request(directiveFlood(21)), ERROR_MESSAGES.queryTooManyDirectives(20));
  });

  it('stops the parser past 2,000 tokens, with a French message', async () => {
    await expectRefusal(
      t.client().request(tokenFlood(2100)),
      ERROR_MESSAGES.queryTooLong(2000),
      'GRAPHQL_PARSE_FAILED',
    );
  });

  it('marks every GraphQL answer Cache-Control: no-store — success, error, refusal, GET, batched, too large', async () => {
    const of = (request: Parameters<typeof cacheControlOf>[1]) => cacheControlOf(t.url, request);
    expect({
      postOk: await of({ body: { query: '{ __typename }' } }),
      postError: await of({ body: { query: '{ me { id } }' } }),
      postRefused: await of({ body: { query: fragmentChain(25) } }),
      postBatched: await of({ body: [{ query: '{ __typename }' }, { query: '{ __typename }' }] }),
      postTooLarge: await of({ body: { query: `{ __typename } # ${'x'.repeat(200_000)}` } }),
      getOk: await of({ query: '{ __typename }', headers: { 'apollo-require-preflight': 'true' } }),
      getCrossSite: await of({ query: '{ __typename }' }),
    }).toEqual({
      postOk: [200, 'no-store'],
      postError: [200, 'no-store'],
      postRefused: [400, 'no-store'],
      postBatched: [400, 'no-store'],
      postTooLarge: [413, 'no-store'],
      getOk: [200, 'no-store'],
      getCrossSite: [400, 'no-store'],
    });
  });
  it('says in French what the body parser refuses (too large, not JSON), and that nothing was saved', async () => {
    const post = async (body: string) => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      return [res.status, await res.json()];
    };
    expect(await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(200_000)}` }))).toEqual([
      413,
      { code: 'BAD_USER_INPUT', message: BODY_REFUSALS['entity.too.large'] },
    ]);
    expect(await post('{"query": ')).toEqual([
      400,
      { code: 'BAD_USER_INPUT', message: 'La requête n’est pas un JSON valide : rien n’a été enregistré.' },
    ]);
  });
});

describe('GraphQL errors in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t?.close());

  it('names nothing of the schema to an anonymous caller: no « Did you mean », no field or type', async () => {
    const misspelt = await t.client().fail(`{ mee { id } }`);
    expect(misspelt).toMatchObject({
      message: ERROR_MESSAGES.queryInvalid,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const noSelection = await t.client().fail(`{ me }`);
    expect(noSelection.message).toBe(ERROR_MESSAGES.queryInvalid);
    const introspection = await t.client().fail(`{ __schema { types { name } } }`);
    expect(introspection.message).toBe(ERROR_MESSAGES.queryInvalid);
    const variables = await t
      .client()
      .fail(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { emial: 'a@b.fr', password: 'x' } });
    expect(variables).toMatchObject({
      message: ERROR_MESSAGES.queryVariablesInvalid,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const all = JSON.stringify([misspelt, noSelection, introspection, variables]);
    for (const schemaWord of ['Did you mean', 'Query', 'CurrentUser', 'SignInInput', 'email', '__schema'])
      expect(all).not.toContain(schemaWord);
  });

  it('keeps the limits’ own French messages, and the French errors of the API', async () => {
    expect((await t.client().fail(fragmentChain(25))).message).toBe(ERROR_MESSAGES.queryTooCostly(100_000));
    expect((await t.client().fail(`{ me { id } }`)).message).toBe(ERROR_MESSAGES.unauthenticated);
  });
});
