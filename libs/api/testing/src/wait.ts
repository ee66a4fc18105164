import { lockWaiterCount } from './test-databases.repository';

/**
 * Awaiting what a test waits for instead of sleeping a fixed time: `check` is read every 20 ms until it returns a
 * truthy value, which is returned; past `timeoutMs`, fails with `what` and the last value read.
 */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  what = 'la condition attendue',
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline)
      throw new Error(`Délai dépassé (${timeoutMs} ms) : ${what} (dernier état ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Waits until `count` sessions of the current database wait for a lock (a row, a table or an advisory lock), e.g. the
 * requests a test holds back behind its own transaction before it lets them go. `db` must read outside that
 * transaction: within one, pg_stat_activity is a snapshot.
 */
export async function waitForLockWaiters(
  db: { query(sql: string): Promise<unknown> },
  count: number,
  timeoutMs = 15_000,
): Promise<void> {
  await waitFor(
    async () => (await lockWaiterCount(db)) >= count,
    `${count} session(s) en attente d’un verrou`,
    timeoutMs,
  );
}
