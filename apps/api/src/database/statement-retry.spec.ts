import { isConnectionLost, isSafeToRepeat, wasNeverSent } from './statement-retry';

describe('what a lost connection lets run again', () => {
  it('runs again plain reads and the opening of a transaction only', () => {
    for (const sql of [
      'SELECT 1',
      '  -- a comment\n  select * from person where id = $1',
      '/* x */ (SELECT a FROM t) UNION (SELECT b FROM u)',
      'WITH x AS (SELECT 1) SELECT * FROM x',
      'START TRANSACTION',
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
      'SELECT created_at, locked_by FROM report_job;',
    ])
      expect({ sql, safe: isSafeToRepeat(sql) }).toEqual({ sql, safe: true });
    for (const sql of [
      'INSERT INTO t VALUES (1)',
      'UPDATE t SET a = 1',
      'WITH d AS (DELETE FROM t RETURNING id) SELECT * FROM d',
      'SELECT id FROM t FOR UPDATE',
      "SELECT nextval('s')",
      'SELECT pg_advisory_lock(1)',
      "SELECT set_config('x', 'y', false)",
      'SELECT * INTO copy_of_t FROM t',
      'SELECT 1; DELETE FROM t',
      'BEGIN; DELETE FROM t',
      'COMMIT',
      "SET TRANSACTION SNAPSHOT 'x'",
    ])
      expect({ sql, safe: isSafeToRepeat(sql) }).toEqual({ sql, safe: false });
  });

  it('knows a connection ended by the server or lost, and a statement pg never sent', () => {
    const pg = (message: string, code?: string) => ({ driverError: Object.assign(new Error(message), { code }) });
    expect(isConnectionLost(pg('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isConnectionLost(pg('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionLost(pg('read ECONNRESET', 'ECONNRESET'))).toBe(true);
    expect(isConnectionLost(pg('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isConnectionLost(pg('canceling statement due to statement timeout', '57014'))).toBe(false);
    expect(wasNeverSent(pg('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(wasNeverSent(pg('terminating connection due to administrator command', '57P01'))).toBe(false);
  });
});
