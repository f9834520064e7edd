import { AbstractLogger, DataSource, LogLevel, LogMessage } from 'typeorm';

/** Counts the SQL statements TypeORM sends, for N+1 tests. */
export class QueryCounter extends AbstractLogger {
  readonly queries: string[] = [];

  override logQuery(query: string) {
    this.queries.push(query);
  }

  protected override writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]) {}

  static async count<T>(
    dataSource: DataSource,
    run: () => Promise<T>,
  ): Promise<{ result: T; queries: string[] }> {
    const counter = new QueryCounter();
    const original = dataSource.logger;
    Object.assign(dataSource, { logger: counter });
    try {
      const result = await run();
      return { result, queries: counter.queries };
    } finally {
      Object.assign(dataSource, { logger: original });
    }
  }
}
