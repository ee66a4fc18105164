import { Agent, request as httpRequest } from 'node:http';
import { DataSource } from 'typeorm';
import {
  buildPartnerOrganisation,
  buildPerson,
  buildStructure,
  buildUser,
  createTestDatabase,
  GraphqlClient,
  type BuiltUser,
  type TestDatabase,
} from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { countPersonsNamed, personRows } from './support/e2e-database.repository';
import { type ApiProcess, startApiProcess } from './support/api-process';

/**
 * The built API run as several real processes on one database, spoken to over plain HTTP: what a deployment
 * with more than one instance behind a load balancer relies on.
 */

const ME = `{ me { id email } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id lastName } }`;
const PERSONS = `{ persons(first: 100) { totalCount edges { node { id structure { id } } } } }`;
const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`;

interface HttpAnswer {
  status: number;
  body: string;
  /** The response's `Connection` header. */
  connection: string | undefined;
}

/** GET on a fresh connection (no keep-alive pool): a 503/200 status, or the connection error code. */
function probe(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { agent: false, headers: { connection: 'close' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    req.end();
  });
}

/**
 * A GraphQL POST whose headers are sent with `Expect: 100-continue` and whose body is held back: once the server
 * answers "100 Continue" it has accepted the request and handed it to the application, which now waits for the
 * body. The request is in flight for as long as the test wants, without any hook in the server.
 */
async function openHeldRequest(
  baseUrl: string,
  payload: string,
  cookie: string,
  agent: Agent | false = false,
): Promise<{ send(): Promise<HttpAnswer> }> {
  const body = Buffer.from(payload);
  const req = httpRequest(`${baseUrl}/graphql`, {
    method: 'POST',
    agent,
    headers: { 'content-type': 'application/json', 'content-length': body.length, expect: '100-continue', cookie },
  });
  const answer = new Promise<HttpAnswer>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, connection: res.headers.connection }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  await new Promise<void>((resolve, reject) => {
    req.once('continue', () => resolve());
    // A final answer before "100 Continue" (or a connection error) means the request never was in flight.
    answer.then(
      (early) => reject(new Error(`Answered before the body was sent: ${early.status} ${early.body}`)),
      reject,
    );
    req.flushHeaders();
  });
  return {
    send() {
      req.end(body);
      return answer;
    },
  };
}

/**
 * A POST whose headers arrive (the server answers "100 Continue") and whose body stops halfway, for good. Resolves
 * once the server has the request; `outcome` is the status it answers with, or the connection error, once it gives
 * up on the request.
 */
async function openHalfSentRequest(baseUrl: string): Promise<{ outcome: Promise<number | string> }> {
  const req = httpRequest(`${baseUrl}/graphql`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': 1000, expect: '100-continue' },
  });
  const outcome = new Promise<number | string>((resolve) => {
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
  await new Promise<void>((resolve, reject) => {
    req.once('continue', () => resolve());
    void outcome.then((early) => reject(new Error(`Answered before the body was sent: ${early}`)));
    req.flushHeaders();
  });
  req.write('{"query": "{ me { id');
  return { outcome: outcome.finally(() => req.destroy()) };
}

/** `promise`'s value, or 'still waiting' after `ms`. */
function within<T>(ms: number, promise: Promise<T>): Promise<T | 'still waiting'> {
  return Promise.race([promise, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms).unref())]);
}

/** A client of `to` that presents the session cookie another client obtained (as a browser would, whichever instance answers). */
function withCookie(to: ApiProcess, cookie: string | null): GraphqlClient {
  const c = new GraphqlClient(to.url);
  c.cookie = cookie;
  return c;
}

describe('API processes sharing one database', () => {
  let database: TestDatabase;
  let db: DataSource;
  let a: ApiProcess;
  let b: ApiProcess;
  let counsellorA: BuiltUser;
  let reviewer: BuiltUser;
  let structureA: { id: string };
  let personA: { id: string };
  let personB: { id: string };

  beforeAll(async () => {
    database = await createTestDatabase('tremplin_e2e');
    // The first process applies the migrations; the second starts on a migrated database.
    a = await startApiProcess({ databaseUrl: database.url });
    b = await startApiProcess({ databaseUrl: database.url });
    db = new DataSource({ type: 'postgres', url: database.url });
    await db.initialize();

    structureA = await buildStructure(db, { name: 'Structure A' });
    const structureB = await buildStructure(db, { name: 'Structure B' });
    const partner = await buildPartnerOrganisation(db);
    counsellorA = await buildUser(db, { role: Role.COUNSELLOR, structureId: structureA.id });
    const counsellorB = await buildUser(db, { role: Role.COUNSELLOR, structureId: structureB.id });
    reviewer = await buildUser(db, { role: Role.PARTNER_REVIEWER, partnerOrganisationId: partner.id });
    personA = await buildPerson(db, structureA.id, { lastName: 'Visible', counsellorId: counsellorA.id });
    personB = await buildPerson(db, structureB.id, {
      firstName: 'Zoé',
      lastName: 'Secrète',
      counsellorId: counsellorB.id,
    });
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    if (db?.isInitialized) await db.destroy();
    await database?.drop();
  });

  describe('sessions are shared by every instance', () => {
    it('honours on B a session opened on A, and a sign-out on B ends it on both', async () => {
      const onA = new GraphqlClient(a.url);
      await onA.signIn(counsellorA.email, counsellorA.password);
      const cookie = onA.cookie;
      expect(cookie).toMatch(/^tremplin_session=.+/);

      const onB = withCookie(b, cookie);
      expect((await onB.ok<{ me: { id: string; email: string } }>(ME)).me).toEqual({
        id: counsellorA.id,
        email: counsellorA.email,
      });
      expect((await onA.ok<{ me: { id: string } }>(ME)).me.id).toBe(counsellorA.id);

      expect((await onB.ok<{ signOut: boolean }>(`mutation { signOut }`)).signOut).toBe(true);
      expect(onB.cookie).toBeNull(); // the cookie was cleared

      for (const replay of [withCookie(a, cookie), withCookie(b, cookie)]) {
        expect((await replay.fail(ME)).extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('access over plain HTTP', () => {
    it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
      for (const proc of [a, b]) {
        const anonymous = new GraphqlClient(proc.url);
        const calls: [string, string, Record<string, unknown>][] = [
          ['me', ME, {}],
          ['persons', PERSONS, {}],
          ['person', PERSON, { id: personA.id }],
          ['createPerson', CREATE, { input: { firstName: 'Anonyme', lastName: 'Intrus', birthDate: '1990-01-01' } }],
        ];
        for (const [op, query, variables] of calls) {
          const e = await anonymous.fail(query, variables);
          expect({ op, code: e.extensions?.code }).toEqual({ op, code: 'UNAUTHENTICATED' });
        }
      }
      expect(await countPersonsNamed(db, 'Intrus')).toBe(0);
      // Refusals are answers, not incidents: they must not fill the error log.
      for (const proc of [a, b]) expect(proc.output()).not.toMatch(/"level":50/);
    });

    it('refuses the caseload to a partner reviewer with FORBIDDEN', async () => {
      const c = new GraphqlClient(b.url);
      await c.signIn(reviewer.email, reviewer.password);
      expect((await c.ok<{ me: { id: string } }>(ME)).me.id).toBe(reviewer.id);
      expect((await c.fail(PERSONS)).extensions?.code).toBe('FORBIDDEN');
    });

    it('hides another structure’s person from a counsellor: NOT_FOUND by id, absent from the list', async () => {
      const c = new GraphqlClient(a.url);
      await c.signIn(counsellorA.email, counsellorA.password);
      const before = await personRows(db, personB.id);

      expect((await c.fail(PERSON, { id: personB.id })).extensions?.code).toBe('NOT_FOUND');
      const update = await c.fail(UPDATE, {
        input: { id: personB.id, version: 1, firstName: 'Pirate', lastName: 'Pirate', birthDate: '1990-01-01' },
      });
      expect(update.extensions?.code).toBe('NOT_FOUND');
      expect(await personRows(db, personB.id)).toEqual(before);

      const list = await c.ok<{
        persons: { totalCount: number; edges: { node: { id: string; structure: { id: string } } }[] };
      }>(PERSONS);
      const ids = list.persons.edges.map((e) => e.node.id);
      expect(ids).toContain(personA.id);
      expect(ids).not.toContain(personB.id);
      expect(list.persons.edges.every((e) => e.node.structure.id === structureA.id)).toBe(true);
      // Its own person remains readable, through either instance.
      expect((await withCookie(b, c.cookie).ok<{ person: { id: string } }>(PERSON, { id: personA.id })).person.id).toBe(
        personA.id,
      );
    });
  });

  describe('graceful stop', () => {
    it('on SIGTERM, stops taking new requests, finishes the one in flight and exits with code 0', async () => {
      // A third instance, so that the two above stay up for the other tests whatever the order.
      const c = await startApiProcess({ databaseUrl: database.url });
      try {
        const client = new GraphqlClient(c.url);
        await client.signIn(counsellorA.email, counsellorA.password);

        // A client that keeps its connections alive: running, the server keeps them too.
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        const before = await openHeldRequest(c.url, JSON.stringify({ query: ME }), client.cookie ?? '', agent);
        expect((await before.send()).connection).toBe('keep-alive');

        // The server has the request (100 Continue received); its body is not sent yet.
        const held = await openHeldRequest(c.url, JSON.stringify({ query: PERSONS }), client.cookie ?? '', agent);
        const exitCode = c.stop(); // SIGTERM

        // Wait until the signal has been acted on: readiness 503, or no new connection accepted.
        let ready: number | string = 200;
        while (ready === 200 || ready === 'ECONNRESET') ready = await probe(`${c.url}/health/ready`);
        expect([503, 'ECONNREFUSED']).toContain(ready);

        // Only now does the in-flight request complete, after the stop began; it must still be served in full.
        const answer = await held.send();
        expect(answer.status).toBe(200);
        // Stopping: the answer says the connection closes after it, so that the client sends nothing more on it.
        expect(answer.connection).toBe('close');
        const result = JSON.parse(answer.body) as {
          data?: { persons: { edges: { node: { id: string } }[] } };
          errors?: unknown[];
        };
        expect(result.errors).toBeUndefined();
        expect(result.data?.persons.edges.map((e) => e.node.id)).toContain(personA.id);

        expect(await exitCode).toBe(0);
        expect(c.output()).not.toMatch(/"level":50/); // no error logged while stopping
        agent.destroy();
      } finally {
        if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
      }
    });

    it('cuts a half-sent request body after HTTP_REQUEST_TIMEOUT_SECONDS (408), and while stopping too, without holding the stop', async () => {
      const d = await startApiProcess({ databaseUrl: database.url, env: { HTTP_REQUEST_TIMEOUT_SECONDS: '2' } });
      try {
        // Running: answered 408 and closed after 2 s (Node's default: 300 s).
        expect(await within(6_000, (await openHalfSentRequest(d.url)).outcome)).toBe(408);

        // Stopping: the server no longer checks its own timeouts once closed; the request is still cut, and the stop
        // does not wait for it (nor for the GraphQL drain's 10 s, nor the forced stop's 25 s).
        const pending = await openHalfSentRequest(d.url);
        const stoppedAt = Date.now();
        const exitCode = d.stop(); // SIGTERM
        expect(await within(7_000, pending.outcome)).toBe(408);
        expect(await within(7_000, exitCode)).toBe(0);
        expect(Date.now() - stoppedAt).toBeLessThan(7_000);
        // (Nest still logs the body parser's « request aborted » of each cut request, as for any client that leaves.)
      } finally {
        if (d.child.exitCode === null && d.child.signalCode === null) d.child.kill('SIGKILL');
      }
    });
  });
});
