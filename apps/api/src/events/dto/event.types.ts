import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { EventStatus, EventType, RegistrationStatus } from '../event.entities';

registerEnumType(EventType, { name: 'EventType' });
registerEnumType(EventStatus, { name: 'EventStatus' });
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });

@ObjectType('Event')
export class Event {
  @Field(() => ID)
  id!: string;

  @Field(() => EventType)
  type!: EventType;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Plain text with line breaks.' })
  description!: string | null;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited.' })
  capacity!: number | null;

  @Field(() => Date, { nullable: true, description: 'Null: until the start.' })
  signupDeadline!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null: until the start.' })
  cancellationDeadline!: Date | null;

  @Field(() => EventStatus)
  status!: EventStatus;

  @Field(() => ID, { nullable: true })
  groupId!: string | null;
}

@ObjectType('Registration')
export class Registration {
  @Field(() => ID)
  id!: string;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field({ description: 'When the member signed up.' })
  createdAt!: Date;
}

@ObjectType('CalendarFeed')
export class CalendarFeed {
  @Field({ description: 'Secret address of your personal calendar (iCalendar).' })
  url!: string;
}
