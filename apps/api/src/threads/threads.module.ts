import { Module } from '@nestjs/common';

import { GroupsModule } from '../groups/groups.module';
import { MatchingModule } from '../matching/matching.module';
import { MembersModule } from '../members/members.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { AnswersService } from './answers.service';
import { ContentReportResolver, ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { RoutingService } from './routing.service';
import { AnswersResolver, ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';

@Module({
  imports: [GroupsModule, MatchingModule, MembersModule, PrivacyModule, TaxonomyModule],
  providers: [
    ThreadsService,
    AnswersService,
    RoutingService,
    ModerationService,
    ThreadsResolver,
    AnswersResolver,
    ModerationResolver,
    ContentReportResolver,
  ],
  exports: [ThreadsService, RoutingService],
})
export class ThreadsModule {}
