import {
  STATEMENTS_NOT_SAFE_TO_REPEAT,
  STATEMENTS_SAFE_TO_REPEAT,
} from '../testing/repositories/database-statements.repository';
import { isConnectionLost, isSafeToRepeat, wasNeverSent } from './statement-retry';

describe('what a lost connection lets run again', () => {
  it('runs again plain reads and the opening of a transaction only', () => {
    for (const sql of STATEMENTS_SAFE_TO_REPEAT)
      expect({ sql, safe: isSafeToRepeat(sql) }).toEqual({ sql, safe: true });
    for (const sql of STATEMENTS_NOT_SAFE_TO_REPEAT)
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
