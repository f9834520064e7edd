import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { IsOptionalNotNull } from '../../common/validation';
import { ConfirmPrivacyWarningField } from '../../privacy/confirm-privacy-warning.field';
import { ExpertiseLevel } from '../../taxonomy/dto/taxonomy.types';

export const PROFILE_LIMITS = {
  headline: 140,
  bio: 2000,
  tags: 20,
  tag: 40,
  availability: 100,
  entries: 12,
  subtopicsPerEntry: 10,
  offersPerEntry: 8,
  description: 500,
} as const;

@InputType()
export class ExpertiseInput {
  @Field(() => ID, { description: 'Domain slug.' })
  @IsString()
  @MaxLength(60)
  domain!: string;

  @Field(() => [ID], { nullable: true, description: 'Subtopic slugs of that domain.' })
  @IsOptionalNotNull()
  @ArrayMaxSize(PROFILE_LIMITS.subtopicsPerEntry)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  subtopics?: string[];

  @Field(() => ExpertiseLevel)
  @IsEnum(ExpertiseLevel)
  level!: ExpertiseLevel;

  @Field(() => String, { nullable: true, description: 'Expertise-source slug.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  source?: string | null;

  @Field(() => [String], { nullable: true, description: 'Offer-type slugs.' })
  @IsOptionalNotNull()
  @ArrayMaxSize(PROFILE_LIMITS.offersPerEntry)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  offers?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROFILE_LIMITS.description)
  description?: string | null;
}

/**
 * Fields left out stay as they are; `expertise` replaces all entries. Null clears headline,
 * bio and availability and is refused on the other fields.
 */
@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROFILE_LIMITS.headline)
  headline?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '1–2,000 characters of plain text; null clears it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(PROFILE_LIMITS.bio)
  bio?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptionalNotNull()
  @ArrayMaxSize(PROFILE_LIMITS.tags)
  @IsString({ each: true })
  @MaxLength(PROFILE_LIMITS.tag, { each: true })
  tags?: string[];

  @Field({ nullable: true })
  @IsOptionalNotNull()
  @IsBoolean()
  openForQuestions?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROFILE_LIMITS.availability)
  availability?: string | null;

  @Field(() => [ExpertiseInput], { nullable: true })
  @IsOptionalNotNull()
  @ArrayMaxSize(PROFILE_LIMITS.entries)
  @ValidateNested({ each: true })
  @Type(() => ExpertiseInput)
  expertise?: ExpertiseInput[];

  @ConfirmPrivacyWarningField()
  confirmPrivacyWarning?: boolean;
}
