import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';

import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AuthGuard } from './common/auth.guard';
import { graphqlOptions } from './common/graphql.config';
import { GlobalErrorFilter } from './common/graphql-errors';
import { createValidationPipe } from './common/validation';
import { APP_CONFIG, AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { EventsModule } from './events/events.module';
import { GroupsModule } from './groups/groups.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { MatchingModule } from './matching/matching.module';
import { MembersModule } from './members/members.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationModule } from './organisation/organisation.module';
import { ProfilesModule } from './profiles/profiles.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { ThreadsModule } from './threads/threads.module';

/** Feature modules; the CLI reuses them without GraphQL, HTTP or the demo seeder. */
export const FEATURE_MODULES = [
  AuditModule,
  MailModule,
  OrganisationModule,
  MembersModule,
  AuthModule,
  TaxonomyModule,
  ProfilesModule,
  MatchingModule,
  JobsModule,
  NotificationsModule,
  EventsModule,
  GroupsModule,
  ThreadsModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG],
          useFactory: (cfg: AppConfig) => graphqlOptions(cfg),
        }),
        HealthModule,
        ...FEATURE_MODULES,
        DemoModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GlobalErrorFilter },
      ],
    };
  }
}
