import { buildStructure, buildUser, createEmbeddedTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { appliedMigrationCount, preparedStatementNames } from '../testing/repositories/database-statements.repository';
import { startTestApp, type TestApp } from '../testing/test-app';
import { MIGRATIONS } from './migrations';
import { detectOwnSessions, hasOwnSessions } from './prepared';

const ME = `{ me { id } }`;

/**
 * Several instances of the application on ONE embedded PostgreSQL (PGlite) that none of them started, given only its
 * URL — as the e2e tests' API processes are. PGlite is a single session shared by all their connections: the
 * applications must find it out from the server and keep nothing in the session (named prepared statements), and
 * still migrate once when they start together. Runs on the embedded server whatever DATABASE_URL says.
 */
describe('instances sharing one embedded database', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    database = await createEmbeddedTestDatabase();
    // Together, on an empty database: one migrates, the other waits for it.
    [a, b] = await Promise.all([startTestApp({}, { database }), startTestApp({}, { database })]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await database?.drop();
  });

  it('find out from the server that their connections share one session, and migrate it once', async () => {
    expect(await detectOwnSessions(database.url)).toBe(false);
    expect([hasOwnSessions(a.db), hasOwnSessions(b.db)]).toEqual([false, false]);
    expect(await appliedMigrationCount(a.db)).toBe(MIGRATIONS.length);
    expect(await b.db.showMigrations()).toBe(false);
  });

  it('honour on each instance, again and again, a session opened on the other, and end it on both', async () => {
    const s = await buildStructure(a.db);
    const user = await buildUser(a.db, { role: Role.COUNSELLOR, structureId: s.id });
    const onA = a.client();
    await onA.signIn(user.email, user.password);
    const onB = b.client();
    onB.cookie = onA.cookie;
    for (let i = 0; i < 3; i++) {
      expect((await onB.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
      expect((await onA.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    }
    expect(await preparedStatementNames(a.db)).toEqual([]);

    const cookie = onA.cookie;
    await onB.ok(`mutation { signOut }`);
    for (const app of [a, b]) {
      const replay = app.client();
      replay.cookie = cookie;
      expect((await replay.fail(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
