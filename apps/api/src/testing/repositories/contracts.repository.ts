import type { DataSource } from 'typeorm';

/**
 * Test-only SQL of the contracts' specs: states the API would refuse to reach, set behind its back. Raw on purpose:
 * the entity API's update would also bump the optimistic-lock `version`, which the tests then send.
 */

/** Sets a contract's status without touching its version (e.g. a renewal put back to ACTIVE). */
export async function forceContractStatus(db: DataSource, contractId: string, status: string): Promise<void> {
  await db.query(`UPDATE professionalisation_contract SET status = $2 WHERE id = $1`, [contractId, status]);
}
