import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';

import { APP_CONFIG, AppConfig } from '../config/config';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

/**
 * Resolves the PostgreSQL URL: DATABASE_URL when set, otherwise an embedded PGlite in DATA_DIR
 * that this service starts and stops with the application.
 */
@Injectable()
export class DatabaseUrlService implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private embedded?: EmbeddedPostgres;
  private url?: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async resolve(): Promise<string> {
    if (this.url) return this.url;
    if (this.config.DATABASE_URL) {
      this.url = this.config.DATABASE_URL;
      return this.url;
    }
    this.logger.log(`No DATABASE_URL: starting embedded PostgreSQL in ${this.config.DATA_DIR}`);
    this.embedded = await startEmbeddedPostgres({
      dataDir: this.config.DATA_DIR,
      port: this.config.EMBEDDED_DB_PORT,
      password: this.config.EMBEDDED_DB_PASSWORD,
    });
    this.url = this.embedded.url;
    return this.url;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.embedded?.stop();
  }
}
