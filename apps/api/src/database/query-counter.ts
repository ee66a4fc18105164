import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { sqlText } from './prepared';

/** The statements of one unit of work: an HTTP request, or what a test runs itself (`statementsOf`). */
interface Scope {
  count: number;
}

/**
 * TypeORM logger that counts the SQL statements sent, so that tests and benchmarks can check that a page costs a
 * constant number of statements, and logs slow or failed ones through the application logger.
 * `count` is every statement of the process; `statementsOf` only those of one piece of work and of the requests it
 * makes, whatever else runs meanwhile (the report worker, the retention job, another instance's requests).
 */
export class QueryCounter implements TypeOrmLogger {
  private readonly logger = new NestLogger('SQL');
  count = 0;
  private readonly scopes = new AsyncLocalStorage<Scope>();
  /** The scopes of the `statementsOf` calls under way: each collects the requests that start meanwhile. */
  private readonly recordings = new Set<Scope[]>();

  /**
   * Runs `handle` (an HTTP request, from a middleware placed before the others) as a scope of its own: the
   * statements sent while it is handled, and in what it starts, are counted for it.
   */
  request<T>(handle: () => T): T {
    const scope = { count: 0 };
    for (const recording of this.recordings) recording.push(scope);
    return this.scopes.run(scope, handle);
  }

  /**
   * The statements `work` sends itself (directly, or through what it calls) and those of the HTTP requests that start
   * while it runs (the test's client calls), counted when it ends; nothing else of the process.
   */
  async statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const own: Scope = { count: 0 };
    const recording = [own];
    this.recordings.add(recording);
    try {
      const result = await this.scopes.run(own, work);
      return { result, statements: recording.reduce((n, s) => n + s.count, 0) };
    } finally {
      this.recordings.delete(recording);
    }
  }
  private readonly logSql = process.env['LOG_SQL'] === 'true';

  reset(): number {
    const c = this.count;
    this.count = 0;
    return c;
  }

  logQuery(query: string): void {
    this.count++;
    const scope = this.scopes.getStore();
    if (scope) scope.count++;
    if (this.logSql) this.logger.debug(sqlText(query));
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error(`${typeof error === 'string' ? error : error.message} — ${sqlText(query)}`);
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Requête lente (${time} ms) : ${sqlText(query)}`);
  }
  logSchemaBuild(): void {
    /* schema comes from migrations */
  }
  logMigration(message: string): void {
    this.logger.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown, _queryRunner?: QueryRunner): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
