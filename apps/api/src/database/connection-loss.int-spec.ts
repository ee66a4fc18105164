import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildStructure, buildUser, type GraphqlClient } from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { UserEntity } from '../modules/users/user.entity';
import { startTestApp, type TestApp } from '../testing/test-app';
import { preparedQuery } from './prepared';

/**
 * A PostgreSQL restart or failover ends the sessions of the pool's idle connections: the next statements go out on
 * dead connections. PostgreSQL only — the embedded PGlite is a single session shared by every connection: ending it
 * ends the database.
 */
const onPostgresServer = Boolean(process.env['DATABASE_URL']);
if (!onPostgresServer)
  process.stderr.write(
    '\n⚠ connection-loss.int-spec.ts IGNORÉ : PGlite n’a qu’une session pour toutes les connexions, on ne peut pas en couper une. ' +
      'Lancez ce test avec DATABASE_URL (un vrai PostgreSQL).\n\n',
  );

const ROOT = join(__dirname, '../../../..');

/**
 * Ends the given sessions of the test database (every one but the caller's when `pids` is empty) and waits until they
 * are gone — from another process, synchronously: this process's event loop does not turn meanwhile, so the pool's
 * clients have not read their end yet, and the next statements are written on the dead connections, as in the
 * milliseconds after a restart.
 */
function terminate(url: string, pids: number[] = []): number {
  const script = `
    const { Client } = require('pg');
    (async () => {
      const c = new Client({ connectionString: process.argv[1] });
      await c.connect();
      const { rows } = await c.query(
        \`SELECT pg_terminate_backend(pid, 5000) AS ended FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND (cardinality($1::int[]) = 0 OR pid = ANY($1::int[]))\`,
        [JSON.parse(process.argv[2])],
      );
      await c.end();
      process.stdout.write(String(rows.filter((r) => r.ended).length));
    })().catch((e) => { process.stderr.write(String(e)); process.exit(1); });`;
  const out = spawnSync(process.execPath, ['-e', script, url, JSON.stringify(pids)], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`Impossible de couper les connexions : ${out.stderr}`);
  return Number(out.stdout);
}

(onPostgresServer ? describe : describe.skip)('statements on connections killed under the pool', () => {
  let t: TestApp;
  let user: { id: string; email: string; password: string };
  let client: GraphqlClient;

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '4' });
    const s = await buildStructure(t.db);
    user = await buildUser(t.db, { role: Role.DIRECTOR, structureId: s.id });
    client = t.client();
    await client.signIn(user.email, user.password);
    await t.db.query(`CREATE TABLE retry_probe (n bigint NOT NULL); CREATE SEQUENCE retry_probe_seq`);
  });
  afterAll(() => t?.close());

  /** Four idle connections in the pool (DB_POOL_SIZE), all ended by the server. */
  const killThePool = async () => {
    await Promise.all(Array.from({ length: 4 }, () => t.db.query(`SELECT pg_sleep(0.05)`)));
    expect(terminate(t.database.url)).toBe(4);
  };

  it('runs again, on a fresh connection, the reads and transaction openings sent on dead connections', async () => {
    await killThePool();
    // Sent at once, each on one of the four dead connections.
    const answers = Promise.all([
      t.db.query(`SELECT 1 AS one`),
      t.db.getRepository(UserEntity).findOneBy({ id: user.id }),
      preparedQuery(t.db, 'connection_loss_spec', `SELECT $1::int AS n`, [7]),
      // The opening of the transaction meets the dead connection; its write then runs once, on a live one.
      t.db.transaction((tx) => tx.query(`INSERT INTO retry_probe (n) VALUES (42) RETURNING n`)),
    ]);
    // And requests to the API meanwhile.
    const requests = Promise.all([client.request(`{ me { email } }`), client.request(`{ persons { totalCount } }`)]);
    const [one, found, prepared, inserted] = await answers;
    expect(one).toEqual([{ one: 1 }]);
    expect(found?.email).toBe(user.email);
    expect(prepared).toEqual([{ n: 7 }]);
    expect(inserted).toEqual([{ n: '42' }]);
    const [me, persons] = await requests;
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: { email: user.email } });
    expect(persons.errors).toBeUndefined();
    expect(await t.db.query(`SELECT n FROM retry_probe`)).toEqual([{ n: '42' }]);
    await t.db.query(`DELETE FROM retry_probe`);
  });

  it('never runs a write again: not one sent on a dead connection, not one whose connection died as it ran', async () => {
    await killThePool();
    // Sent on a dead connection: it did not run, but nothing can tell it from a write that ran and whose answer was
    // lost. It fails; it is not run again.
    await expect(t.db.query(`INSERT INTO retry_probe (n) VALUES (nextval('retry_probe_seq'))`)).rejects.toMatchObject({
      driverError: { code: '57P01' },
    });
    // (One turn of the event loop: the pool reads the end of its three other dead connections and drops them.)
    await new Promise((resolve) => setImmediate(resolve));
    // Its connection dies while it runs: the server rolls it back; the sequence shows it ran once.
    await expect(
      t.db.query(
        `WITH w AS (INSERT INTO retry_probe (n) VALUES (nextval('retry_probe_seq')) RETURNING n)
         SELECT n, pg_terminate_backend(pg_backend_pid()) FROM w`,
      ),
    ).rejects.toThrow(/terminating connection due to administrator command|Connection terminated unexpectedly/);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM retry_probe`)).toEqual([{ n: 0 }]);
    const [{ last_value, is_called }] = await t.db.query(`SELECT last_value, is_called FROM retry_probe_seq`);
    expect({ last_value, is_called }).toEqual({ last_value: '1', is_called: true });
  });

  it('never runs again a statement of a transaction after its opening: the transaction fails whole', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query(`INSERT INTO retry_probe (n) VALUES (7)`);
        const [{ pid }] = await tx.query(`SELECT pg_backend_pid() AS pid`);
        expect(terminate(t.database.url, [pid])).toBe(1);
        await tx.query(`SELECT 2 AS two`);
      }),
    ).rejects.toMatchObject({ driverError: { code: '57P01' } });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM retry_probe`)).toEqual([{ n: 0 }]);
  });
});
