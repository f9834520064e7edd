import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OrganisationModule } from '../organisation/organisation.module';
import { AccountTokenEntity } from './account-token.entity';
import { AccountTokenService } from './account-token.service';
import { MemberEntity } from './member.entity';
import { MemberImportService } from './member-import.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  imports: [TypeOrmModule.forFeature([MemberEntity, AccountTokenEntity]), OrganisationModule],
  providers: [MembersService, MembersResolver, AccountTokenService, MemberImportService],
  exports: [MembersService, AccountTokenService, MemberImportService],
})
export class MembersModule {}
