import { buildStructure, buildUser, type GraphqlClient } from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { UserEntity } from '../modules/users/user.entity';
import {
  backendPid,
  createRetryProbe,
  emptyProbe,
  insertProbe42,
  insertProbe7,
  insertProbeFromSequence,
  insertProbeThenEndOwnSession,
  PREPARED_READ,
  probeCount,
  probeRows,
  probeSequenceState,
  selectOne,
  selectTwo,
  sleepBriefly,
  terminateSessions,
} from '../testing/repositories/database-connection-loss.repository';
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
    await createRetryProbe(t.db);
  });
  afterAll(() => t?.close());

  /** Four idle connections in the pool (DB_POOL_SIZE), all ended by the server. */
  const killThePool = async () => {
    await Promise.all(Array.from({ length: 4 }, () => sleepBriefly(t.db)));
    expect(terminateSessions(t.database.url)).toBe(4);
  };

  it('runs again, on a fresh connection, the reads and transaction openings sent on dead connections', async () => {
    await killThePool();
    // Sent at once, each on one of the four dead connections.
    const answers = Promise.all([
      selectOne(t.db),
      t.db.getRepository(UserEntity).findOneBy({ id: user.id }),
      preparedQuery(t.db, 'connection_loss_spec', PREPARED_READ, [7]),
      // The opening of the transaction meets the dead connection; its write then runs once, on a live one.
      t.db.transaction((tx) => insertProbe42(tx)),
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
    expect(await probeRows(t.db)).toEqual([{ n: '42' }]);
    await emptyProbe(t.db);
  });

  it('never runs a write again: not one sent on a dead connection, not one whose connection died as it ran', async () => {
    await killThePool();
    // Sent on a dead connection: it did not run, but nothing can tell it from a write that ran and whose answer was
    // lost. It fails; it is not run again.
    await expect(insertProbeFromSequence(t.db)).rejects.toMatchObject({
      driverError: { code: '57P01' },
    });
    // (One turn of the event loop: the pool reads the end of its three other dead connections and drops them.)
    await new Promise((resolve) => setImmediate(resolve));
    // Its connection dies while it runs: the server rolls it back; the sequence shows it ran once.
    await expect(insertProbeThenEndOwnSession(t.db)).rejects.toThrow(
      /terminating connection due to administrator command|Connection terminated unexpectedly/,
    );
    expect(await probeCount(t.db)).toEqual([{ n: 0 }]);
    const [{ last_value, is_called }] = await probeSequenceState(t.db);
    expect({ last_value, is_called }).toEqual({ last_value: '1', is_called: true });
  });

  it('never runs again a statement of a transaction after its opening: the transaction fails whole', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await insertProbe7(tx);
        const [{ pid }] = await backendPid(tx);
        expect(terminateSessions(t.database.url, [pid])).toBe(1);
        await selectTwo(tx);
      }),
    ).rejects.toMatchObject({ driverError: { code: '57P01' } });
    expect(await probeCount(t.db)).toEqual([{ n: 0 }]);
  });
});
