/**
 * The statements of `embedded-postgres.int-spec.ts`, sent by a `pg` client to the embedded server: each exactly as the
 * spec needs it on the wire (simple query when it has no parameter, extended when it has). ADR 0011: SQL lives in
 * repositories. Test-only: the library's index does not export it.
 */
import type { Client, QueryResult } from 'pg';

type Row = Record<string, unknown>;

/** The table the connections write to. */
export const createNoteTable = (c: Client): Promise<QueryResult<Row>> =>
  c.query(`CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)`);

/** Empties it between cases. */
export const emptyNotes = (c: Client): Promise<QueryResult<Row>> => c.query(`TRUNCATE note`);

/** The length of a text parameter (a large one arrives in many packets), as `{ n }`. */
export const lengthOfText = (c: Client, text: string): Promise<QueryResult<Row>> =>
  c.query(`SELECT length($1::text) AS n`, [text]);

/** An integer parameter sent back, as `{ k }`. */
export const echoInt = (c: Client, k: number): Promise<QueryResult<Row>> => c.query(`SELECT $1::int AS k`, [k]);

/** Opens a transaction. */
export const begin = (c: Client): Promise<QueryResult<Row>> => c.query('BEGIN');

/** Rolls the transaction back. */
export const rollback = (c: Client): Promise<QueryResult<Row>> => c.query('ROLLBACK');

/** Notes written inside a transaction, beside it, and in one that is lost. */
export const insertNoteInTransaction = (c: Client): Promise<QueryResult<Row>> =>
  c.query(`INSERT INTO note (body) VALUES ('dans la transaction')`);
export const insertNoteBeside = (c: Client): Promise<QueryResult<Row>> =>
  c.query(`INSERT INTO note (body) VALUES ('à côté')`);
export const insertLostNote = (c: Client): Promise<QueryResult<Row>> =>
  c.query(`INSERT INTO note (body) VALUES ('perdu')`);

/** The notes' bodies. */
export const noteBodies = (c: Client): Promise<QueryResult<Row>> => c.query(`SELECT body FROM note`);

/** How many notes there are, as `{ n }`. */
export const noteCount = (c: Client): Promise<QueryResult<Row>> => c.query(`SELECT count(*)::int AS n FROM note`);

/** A constant, as `{ one: 1 }`. */
export const selectOne = (c: Client): Promise<QueryResult<Row>> => c.query(`SELECT 1 AS one`);

/** A constant, as `{ s: 'servi' }`. */
export const selectServed = (c: Client): Promise<QueryResult<Row>> => c.query(`SELECT 'servi' AS s`);

/** The text of a Parse message (an unnamed statement, no parameter) that a raw connection leaves without Sync. */
export const ORPHAN_STATEMENT = `SELECT 'orphelin'`;

/** The statement `wire-protocol.spec.ts` frames by hand (Query and Parse messages), and its CommandComplete tag. */
export const PROBE_STATEMENT = 'SELECT 1';
