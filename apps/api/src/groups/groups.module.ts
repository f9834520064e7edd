import { Module } from '@nestjs/common';

import { MembersModule } from '../members/members.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { GroupMembershipResolver, GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';

@Module({
  imports: [MembersModule, TaxonomyModule],
  providers: [GroupsService, GroupsResolver, GroupMembershipResolver],
  exports: [GroupsService],
})
export class GroupsModule {}
