import { Module } from '@nestjs/common';

import { MembersModule } from '../members/members.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { DemoContentService } from './demo-content.service';
import { DemoSeederService } from './demo-seeder.service';

@Module({
  imports: [MembersModule, ProfilesModule],
  providers: [DemoSeederService, DemoContentService],
  exports: [DemoSeederService],
})
export class DemoModule {}
