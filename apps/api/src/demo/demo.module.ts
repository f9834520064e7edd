import { Module } from '@nestjs/common';

import { MembersModule } from '../members/members.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { DemoSeederService } from './demo-seeder.service';

@Module({
  imports: [MembersModule, ProfilesModule],
  providers: [DemoSeederService],
  exports: [DemoSeederService],
})
export class DemoModule {}
