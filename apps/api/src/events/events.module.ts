import { Module } from '@nestjs/common';

import { MembersModule } from '../members/members.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { CalendarService } from './calendar.service';
import { EventsController } from './events.controller';
import { EventsResolver, RegistrationResolver } from './events.resolver';
import { EventsService } from './events.service';
import { RegistrationsService } from './registrations.service';
import { RemindersService } from './reminders.service';

@Module({
  imports: [MembersModule, PrivacyModule, TaxonomyModule],
  controllers: [EventsController],
  providers: [
    EventsService,
    RegistrationsService,
    CalendarService,
    RemindersService,
    EventsResolver,
    RegistrationResolver,
  ],
  exports: [EventsService, RegistrationsService],
})
export class EventsModule {}
