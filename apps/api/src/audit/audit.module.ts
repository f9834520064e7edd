import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MembersModule } from '../members/members.module';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditLogEntity } from './audit-log.entity';
import { AuditTargetsService } from './audit-targets.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditLogEntity]), MembersModule],
  providers: [AuditService, AuditTargetsService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
