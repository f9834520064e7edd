import { Module } from '@nestjs/common';

import { MembersModule } from '../members/members.module';
import { DemoSeederService } from './demo-seeder.service';

@Module({ imports: [MembersModule], providers: [DemoSeederService], exports: [DemoSeederService] })
export class DemoModule {}
