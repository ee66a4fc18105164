import { connect } from 'node:net';
import { Client } from 'pg';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import {
  begin,
  createNoteTable,
  echoInt,
  emptyNotes,
  insertLostNote,
  insertNoteBeside,
  insertNoteInTransaction,
  lengthOfText,
  noteBodies,
  noteCount,
  ORPHAN_STATEMENT,
  rollback,
  selectOne,
  selectServed,
} from './embedded-postgres-spec.repository';

/**
 * The embedded server: several connections (of one process or of several) take turns on PGlite's single session, one
 * whole exchange or transaction at a time. Runs without DATABASE_URL: it is the embedded database itself.
 */
describe('embedded PostgreSQL server', () => {
  let pg: EmbeddedPostgres;
  const clients: Client[] = [];
  const client = async () => {
    const c = new Client({ connectionString: pg.url });
    c.on('error', () => undefined); // a client the test closes abruptly
    await c.connect();
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    pg = await startEmbeddedPostgres({ maxConnections: 6 });
    const c = await client();
    await createNoteTable(c);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
    const c = await client();
    await emptyNotes(c);
    await c.end();
    clients.splice(0);
  });
  afterAll(async () => {
    await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
    await pg?.stop();
  });

  it('binds a parameter that arrives in many packets to its own statement, while another connection queries', async () => {
    const [a, b] = [await client(), await client()];
    const big = 'x'.repeat(2_000_000); // ~30 TCP packets: the other connection's messages arrive in between
    const errors: string[] = [];
    const wrong: unknown[] = [];
    await Promise.all([
      (async () => {
        for (let i = 0; i < 5; i++) {
          const r = await lengthOfText(a, big).catch((e: Error) => errors.push(e.message));
          if (typeof r === 'object' && r.rows[0].n !== big.length) wrong.push(r.rows[0]);
        }
      })(),
      (async () => {
        for (let i = 0; i < 300; i++) {
          const r = await echoInt(b, i).catch((e: Error) => errors.push(e.message.slice(0, 80)));
          if (typeof r === 'object' && r.rows[0].k !== i) wrong.push(r.rows[0]);
        }
      })(),
    ]);
    expect({ errors, wrong }).toEqual({ errors: [], wrong: [] });
  });

  it('keeps the session to a transaction until it ends: another connection neither joins nor sees it', async () => {
    const [a, b] = [await client(), await client()];
    await begin(a);
    await insertNoteInTransaction(a);
    const order: string[] = [];
    const other = insertNoteBeside(b).then(() => order.push('other'));
    await new Promise((r) => setTimeout(r, 200));
    order.push('rollback');
    await rollback(a);
    await other;
    expect(order).toEqual(['rollback', 'other']);
    const { rows } = await noteBodies(a);
    expect(rows).toEqual([{ body: 'à côté' }]); // not rolled back with the transaction it waited for
  });

  it('rolls back the transaction of a connection that goes away, and serves the others', async () => {
    const [a, b] = [await client(), await client()];
    await begin(a);
    await insertLostNote(a);
    const waiting = noteCount(b);
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await waiting).rows).toEqual([{ n: 0 }]);
    expect((await selectOne(b)).rows).toEqual([{ one: 1 }]);
  });

  it('ends the exchange of a connection that goes away in its middle (Parse without Sync)', async () => {
    const b = await client();
    const raw = connect({ host: '127.0.0.1', port: Number(new URL(pg.url).port) });
    await new Promise<void>((r) => raw.once('connect', () => r()));
    const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + params.length, 0);
    startup.writeInt32BE(196608, 4);
    raw.write(Buffer.concat([startup, params]));
    const sql = Buffer.from(`${ORPHAN_STATEMENT}\0\0\0`);
    const parse = Buffer.alloc(6);
    parse.write('P', 0);
    parse.writeInt32BE(4 + 1 + sql.length, 1);
    raw.write(Buffer.concat([parse, sql])); // unnamed statement "", no parameter, then nothing
    await new Promise((r) => setTimeout(r, 200));
    const answer = selectServed(b);
    raw.destroy();
    expect((await answer).rows).toEqual([{ s: 'servi' }]);
  });

  it('refuses a connection over the limit with a French message', async () => {
    for (let i = 0; i < 6; i++) await client();
    const extra = new Client({ connectionString: pg.url });
    await expect(extra.connect()).rejects.toThrow(/Trop de connexions au PostgreSQL embarqué \(6 au plus\)/);
    await Promise.all(clients.splice(0).map((c) => c.end()));
  });
});
