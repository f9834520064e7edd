import { DynamicModule, Module } from '@nestjs/common';

import { FEATURE_MODULES } from '../app.module';
import { AppConfig } from '../config/config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';

/** The api's services without HTTP or GraphQL, for `npm run cli`. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, ...FEATURE_MODULES],
    };
  }
}
