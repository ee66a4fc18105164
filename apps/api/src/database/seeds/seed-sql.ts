import type { EntityManager } from 'typeorm';
import { DemoSeedRepository } from './demo-seed.repository';

/** `insert(table, row)`: one parameterised INSERT … RETURNING id, for the demo's hand-written rows (snake_case columns). */
export function sqlInserter(tx: EntityManager): (table: string, row: Record<string, unknown>) => Promise<string> {
  const seeds = new DemoSeedRepository(tx.connection);
  return (table, row) => seeds.insertRow(table, row, tx);
}
