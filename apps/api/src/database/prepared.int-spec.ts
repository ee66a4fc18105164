import {
  PREPARED_SPEC_STATEMENTS,
  preparedStatementNames,
} from '../testing/repositories/database-statements.repository';
import { startTestApp, type TestApp } from '../testing/test-app';
import { detectOwnSessions, hasOwnSessions, preparedQuery } from './prepared';

describe('preparedQuery', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('asks the server whether each connection is a session of its own: yes on PostgreSQL, no on the embedded PGlite', async () => {
    const own = t.database.kind === 'postgres';
    expect(await detectOwnSessions(t.database.url)).toBe(own);
    expect(hasOwnSessions(t.db)).toBe(own);
  });

  it('prepares the statement once per connection on PostgreSQL (none on the embedded PGlite), with the same answers', async () => {
    const runner = t.db.createQueryRunner();
    await runner.connect();
    try {
      const sql = PREPARED_SPEC_STATEMENTS.addOne;
      expect(await preparedQuery(runner.manager, 'prepared_spec', sql, [1])).toEqual([{ n: 2 }]);
      expect(await preparedQuery(runner.manager, 'prepared_spec', sql, [41])).toEqual([{ n: 42 }]);
      expect((await preparedStatementNames(runner.manager)).includes('prepared_spec')).toBe(
        t.database.kind === 'postgres',
      );
    } finally {
      await runner.release();
    }
  });

  it('is counted and fails like any statement', async () => {
    const { statements } = await t.statementsOf(() =>
      preparedQuery(t.db, 'prepared_spec_2', PREPARED_SPEC_STATEMENTS.one, []),
    );
    expect(statements).toBe(1);
    await expect(preparedQuery(t.db, 'prepared_spec_3', PREPARED_SPEC_STATEMENTS.missingTable, [])).rejects.toThrow(
      /no_such_table/,
    );
  });
});
