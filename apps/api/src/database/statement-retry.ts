import { Logger } from '@nestjs/common';
import type { DataSource, ReplicationMode } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { sqlText } from './prepared';

/**
 * SQLSTATEs of a session the server ended or lost (PostgreSQL, appendix A): class 57 « Operator Intervention »
 * (`57P01` admin_shutdown: `pg_terminate_backend`, a restart or a failover; `57P02` crash_shutdown; `57P03`
 * cannot_connect_now) and class 08 « Connection Exception ».
 */
const SESSION_ENDED_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006']);
/** What `pg` itself rejects a statement with when the connection is gone (its messages, `pg/lib/client.js`). */
const CONNECTION_LOST_MESSAGES = new Set([
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
]);
/** Socket errors of a connection closed under the client (Node's error codes). */
const SOCKET_ERROR_CODES = new Set(['ECONNRESET', 'EPIPE']);

interface DriverError {
  code?: string;
  message?: string;
}

function driverErrorOf(e: unknown): DriverError {
  const err = e as { driverError?: DriverError } & DriverError;
  return err?.driverError ?? err ?? {};
}

/** The statement failed because its connection was dead, or died under it (not because of the statement). */
export function isConnectionLost(e: unknown): boolean {
  const { code, message } = driverErrorOf(e);
  return (
    (code !== undefined && (SESSION_ENDED_SQLSTATES.has(code) || SOCKET_ERROR_CODES.has(code))) ||
    (message !== undefined && CONNECTION_LOST_MESSAGES.has(message))
  );
}

/** `pg` refused to send the statement: its client was already in error, or closed, before the statement was written. */
export function wasNeverSent(e: unknown): boolean {
  return /is not queryable$/.test(driverErrorOf(e).message ?? '');
}

/**
 * Something that, whatever it does, might change data or session state if run twice: a write, a lock, a sequence,
 * a setting, a notification… Conservative: a read that merely mentions one of these words is not repeated.
 */
const MAY_WRITE =
  /\b(insert|update|delete|merge|truncate|copy|into|call|do|notify|listen|lock|grant|revoke|create|alter|drop|nextval|setval|set_config|pg_advisory\w*|pg_try_advisory\w*|pg_notify|pg_terminate_backend|pg_cancel_backend|pg_export_snapshot|lo_\w+|dblink\w*)\b/i;

/**
 * A statement that changes nothing if it runs twice: a plain read (`SELECT`, `WITH`, `VALUES`, `TABLE`, `SHOW` with
 * nothing of MAY_WRITE in it), or the opening of a transaction (nothing has run in it yet).
 */
export function isSafeToRepeat(sql: string): boolean {
  const text = sql
    .replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/|\()+/, '')
    .trimEnd()
    .replace(/;$/, '');
  if (/^(begin|start\s+transaction)\b/i.test(text)) return !text.includes(';');
  return /^(select|with|values|table|show)\b/i.test(text) && !MAY_WRITE.test(text) && !text.includes(';');
}

/**
 * TypeORM's PostgreSQL query runner, which runs a statement once more, on a fresh connection, when its connection
 * was found dead — a PostgreSQL restart, a failover or `pg_terminate_backend` leaves the pool's idle connections
 * dead, and the next statements on them fail at once (`57P01`, « Connection terminated unexpectedly »). Only:
 * - the first statement of the connection's checkout: its session held nothing yet (no transaction, no setting) — the
 *   statements of a transaction after its opening are never run again, the transaction is lost with its connection;
 * - and a statement that `pg` never sent (the client was already in error), or one that changes nothing if it runs
 *   twice (a read, the opening of a transaction). A write that may have reached the server is never run again: the
 *   connection may have died after the server committed it. It fails, and the person sees the usual message.
 * See docs/operations.md (« Base de données : connexions perdues »).
 */
export class RetryingPostgresQueryRunner extends PostgresQueryRunner {
  private static readonly logger = new Logger('Database');
  /** Statements sent on this runner's connection (a runner holds one connection from `connect` to `release`). */
  private statements = 0;

  override async query(
    query: string,
    parameters?: unknown[],
    useStructuredResult = false,
  ): ReturnType<PostgresQueryRunner['query']> {
    const first = this.statements++ === 0;
    try {
      return await super.query(query, parameters, useStructuredResult);
    } catch (e) {
      if (!isConnectionLost(e)) throw e;
      this.releaseAsBroken(e);
      if (!(first && (wasNeverSent(e) || isSafeToRepeat(sqlText(query))))) throw e;
      RetryingPostgresQueryRunner.logger.warn(
        `Connexion à la base perdue (${driverErrorOf(e).code ?? driverErrorOf(e).message}) : instruction relancée une fois sur une nouvelle connexion`,
      );
      // A fresh connection for this runner.
      this.databaseConnection = undefined;
      this.databaseConnectionPromise = undefined as unknown as Promise<unknown>;
      this.isReleased = false;
      // The pool's other connections died with this one (a restart ends them all): one turn of the event loop reads
      // what their sockets received, and the pool drops them, before it hands one out for the second try.
      await new Promise((resolve) => setImmediate(resolve));
      return super.query(query, parameters, useStructuredResult);
    }
  }

  /**
   * Gives the connection back to the pool as broken, so that the pool closes it instead of handing it out again
   * (TypeORM would give it back as sound when its client has not yet reported the end of its connection), and marks
   * this runner released — what TypeORM does itself once the client reports the end.
   */
  private releaseAsBroken(error: unknown): void {
    if (this.isReleased) return; // already done on the client's 'error' event
    this.isReleased = true;
    this.releaseCallback?.(error);
    this.releaseCallback = undefined;
    const index = this.driver.connectedQueryRunners.indexOf(this);
    if (index !== -1) this.driver.connectedQueryRunners.splice(index, 1);
  }
}

/** Every query runner of `db` (requests, transactions, repositories) retries as `RetryingPostgresQueryRunner` says. */
export function retryStatementsOnLostConnections(db: DataSource): void {
  const driver = db.driver as PostgresDriver;
  driver.createQueryRunner = (mode: ReplicationMode) => new RetryingPostgresQueryRunner(driver, mode);
}
