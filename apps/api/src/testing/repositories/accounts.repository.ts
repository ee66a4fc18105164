// Test repository of the accounts module (ADR 0011): the SQL the accounts spec sends beyond what the production
// repositories and TypeORM's entity API offer (a timestamp computed in SQL, row locks held by the test).
// Not part of the application build.
import type { DataSource, QueryRunner } from 'typeorm';

/** Expires a user's account links: a second ago, in the database's time. */
export async function expireAccountTokens(db: DataSource, userId: string): Promise<void> {
  await db.query(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [userId]);
}

/**
 * Opens a transaction that holds the rows of these accounts (`FOR UPDATE`), so that requests changing them wait;
 * the caller commits and releases the returned runner.
 */
export async function lockUserRows(db: DataSource, userIds: string[]): Promise<QueryRunner> {
  const runner = db.createQueryRunner();
  await runner.startTransaction();
  await runner.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[]) FOR UPDATE`, [userIds]);
  return runner;
}
