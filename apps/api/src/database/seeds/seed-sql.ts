import type { EntityManager } from 'typeorm';

/** `insert(table, row)`: one parameterised INSERT … RETURNING id, for the demo's hand-written rows (snake_case columns). */
export function sqlInserter(tx: EntityManager): (table: string, row: Record<string, unknown>) => Promise<string> {
  return async (table, row) => {
    const cols = Object.keys(row);
    const [{ id }] = await tx.query(
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      cols.map((c) => row[c]),
    );
    return id as string;
  };
}
