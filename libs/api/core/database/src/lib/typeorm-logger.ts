import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * A comment that starts a statement whose parameters must never reach the log (the statement text
 * still does): anonymous survey answers, written in a request that also names the respondent.
 */
export const UNLOGGED_PARAMETERS = '/* parameters not logged */';

/**
 * Sends TypeORM's output through the application logger (pino), so it honours LOG_LEVEL and lands
 * in the structured log. A failed statement is usually a refused constraint the domain turns into a
 * clear error (duplicate name, capacity), so it is logged as a warning, not printed to the console.
 */
export class AppTypeOrmLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  constructor(private readonly logQueries: boolean) {}

  logQuery(query: string, parameters?: unknown[]): void {
    if (!this.logQueries) return;
    if (query.trimStart().startsWith(UNLOGGED_PARAMETERS)) this.logger.debug({ query, parameters: `${parameters?.length ?? 0} not logged` });
    else this.logger.debug({ query, parameters });
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn({ error: error instanceof Error ? error.message : error, query });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ slowMs: time, query });
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.debug(message);
  }
}
