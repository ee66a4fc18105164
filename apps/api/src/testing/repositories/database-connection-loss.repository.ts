/**
 * The statements of `database/connection-loss.int-spec.ts`: what is sent on connections the server ended, each as the
 * retry rule reads it (a read, a transaction's opening, a write), and the ending of sessions itself (ADR 0011: SQL
 * lives in repositories). Each returns what the driver returns, rows as PostgreSQL sends them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Db } from './database-statements.repository';

const ROOT = join(__dirname, '../../../../..');

/**
 * Ends the given sessions of the test database (every one but the caller's when `pids` is empty) and waits until they
 * are gone — from another process, synchronously: this process's event loop does not turn meanwhile, so the pool's
 * clients have not read their end yet, and the next statements are written on the dead connections, as in the
 * milliseconds after a restart.
 */
export function terminateSessions(url: string, pids: number[] = []): number {
  const script = `
    const { Client } = require('pg');
    (async () => {
      const c = new Client({ connectionString: process.argv[1] });
      await c.connect();
      const { rows } = await c.query(
        \`SELECT pg_terminate_backend(pid, 5000) AS ended FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND (cardinality($1::int[]) = 0 OR pid = ANY($1::int[]))\`,
        [JSON.parse(process.argv[2])],
      );
      await c.end();
      process.stdout.write(String(rows.filter((r) => r.ended).length));
    })().catch((e) => { process.stderr.write(String(e)); process.exit(1); });`;
  const out = spawnSync(process.execPath, ['-e', script, url, JSON.stringify(pids)], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`Impossible de couper les connexions : ${out.stderr}`);
  return Number(out.stdout);
}

/** The table and the sequence the probes write to. */
export const createRetryProbe = (db: Db) =>
  db.query(`CREATE TABLE retry_probe (n bigint NOT NULL); CREATE SEQUENCE retry_probe_seq`);

/** A read that holds its connection a moment (four at once fill the pool). */
export const sleepBriefly = (db: Db) => db.query(`SELECT pg_sleep(0.05)`);

/** A plain read. */
export const selectOne = (db: Db) => db.query(`SELECT 1 AS one`);

/** A plain read in a transaction. */
export const selectTwo = (db: Db) => db.query(`SELECT 2 AS two`);

/** A read with one parameter, to prepare. */
export const PREPARED_READ = `SELECT $1::int AS n`;

/** A write of 42, returning it. */
export const insertProbe42 = (db: Db) => db.query(`INSERT INTO retry_probe (n) VALUES (42) RETURNING n`);

/** A write of 7. */
export const insertProbe7 = (db: Db) => db.query(`INSERT INTO retry_probe (n) VALUES (7)`);

/** A write that takes a number of the sequence (the sequence shows whether it ran). */
export const insertProbeFromSequence = (db: Db) =>
  db.query(`INSERT INTO retry_probe (n) VALUES (nextval('retry_probe_seq'))`);

/** A write whose session ends while it runs (the server rolls it back). */
export const insertProbeThenEndOwnSession = (db: Db) =>
  db.query(
    `WITH w AS (INSERT INTO retry_probe (n) VALUES (nextval('retry_probe_seq')) RETURNING n)
     SELECT n, pg_terminate_backend(pg_backend_pid()) FROM w`,
  );

/** The probe's rows. */
export const probeRows = (db: Db) => db.query(`SELECT n FROM retry_probe`);

/** How many rows the probe holds, as `[{ n }]`. */
export const probeCount = (db: Db) => db.query(`SELECT count(*)::int AS n FROM retry_probe`);

/** Empties the probe. */
export const emptyProbe = (db: Db) => db.query(`DELETE FROM retry_probe`);

/** The state of the probe's sequence, as `[{ last_value, is_called }]`. */
export const probeSequenceState = (db: Db) => db.query(`SELECT last_value, is_called FROM retry_probe_seq`);

/** The server process of the session, as `[{ pid }]`. */
export const backendPid = (db: Db) => db.query(`SELECT pg_backend_pid() AS pid`);
