import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { sqlText } from './prepared';

/**
 * TypeORM logger that counts the SQL statements sent, so that tests and benchmarks can check that a page costs a
 * constant number of statements, and logs slow or failed ones through the application logger.
 */
export class QueryCounter implements TypeOrmLogger {
  private readonly logger = new NestLogger('SQL');
  count = 0;
  private readonly logSql = process.env['LOG_SQL'] === 'true';

  reset(): number {
    const c = this.count;
    this.count = 0;
    return c;
  }

  logQuery(query: string): void {
    this.count++;
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
