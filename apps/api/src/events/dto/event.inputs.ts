import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { NoControlCharacters } from '../../common/no-control-characters';
import { IsOptionalNotNull } from '../../common/validation';
import { ConfirmPrivacyWarningField } from '../../privacy/confirm-privacy-warning.field';
import { EventStatus, EventType } from '../event.entities';

@InputType()
export class CreateEventInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @NoControlCharacters()
  title!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field({ nullable: true, description: 'Default: 2 hours after the start.' })
  @IsOptionalNotNull()
  @IsDate()
  endsAt?: Date;

  @Field(() => EventType, { nullable: true, description: 'Default: bijeenkomst.' })
  @IsOptionalNotNull()
  @IsEnum(EventType)
  type?: EventType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Address.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Domain slugs.' })
  @IsOptionalNotNull()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  domains?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: you.' })
  @IsOptionalNotNull()
  @IsUUID()
  organiserId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats; null: unlimited.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @Field(() => Date, { nullable: true, description: 'Default: the start.' })
  @IsOptional()
  @IsDate()
  signupDeadline?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Default: the start.' })
  @IsOptional()
  @IsDate()
  cancellationDeadline?: Date | null;

  @Field(() => EventStatus, { nullable: true, description: 'DRAFT or PUBLISHED (default).' })
  @IsOptionalNotNull()
  @IsEnum(EventStatus)
  status?: EventStatus;

  @ConfirmPrivacyWarningField()
  confirmPrivacyWarning?: boolean;
}

/**
 * Every field of CreateEventInput except organiser and group, all optional; fields left out
 * stay, null clears the fields that may be empty and is refused on the others.
 */
@InputType()
export class UpdateEventInput extends PartialType(
  OmitType(CreateEventInput, ['organiserId', 'groupId'] as const),
  { skipNullProperties: false },
) {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class EventRegistrationInput {
  @Field(() => ID)
  @IsUUID()
  eventId!: string;
}

@InputType()
export class CancelEventInput {
  @Field(() => ID)
  @IsUUID()
  eventId!: string;

  @Field(() => String, { nullable: true, description: 'Shown to everyone who signed up.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;

  @ConfirmPrivacyWarningField()
  confirmPrivacyWarning?: boolean;
}

@InputType()
export class MarkAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  registrationId!: string;

  @Field()
  @IsBoolean()
  attended!: boolean;
}

@InputType()
export class EventFilterInput {
  @Field(() => [EventType], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(EventType, { each: true })
  types?: EventType[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  domains?: string[];

  @Field({ nullable: true, description: 'Only events you signed up for.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}
