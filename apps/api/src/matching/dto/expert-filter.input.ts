import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const MAX_SEARCH_PAGE = 50;

@InputType('ExpertFilter')
export class ExpertFilter {
  @Field(() => [ID], { nullable: true, description: 'Domain slugs (any of).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  domains?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Subtopic slugs (any of).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  subtopics?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'School ids (any of).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  schools?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Board ids (any of).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  boards?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Job-role slugs (any of).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  roles?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Offer-type slugs (any of).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  offers?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only colleagues open for questions.' })
  @IsOptional()
  @IsBoolean()
  availableOnly?: boolean | null;
}

@ArgsType()
export class SearchExpertsArgs {
  @Field({
    description:
      'The question in the member’s own words (1–1000 characters): a search term or a pasted question, analysed like a routed question.',
  })
  @IsString()
  @MaxLength(1000)
  query!: string;

  @Field(() => ExpertFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExpertFilter)
  filter?: ExpertFilter | null;

  @Field(() => Int, { defaultValue: 10, description: `Page size, 1–${MAX_SEARCH_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string | null;
}

@ArgsType()
export class SubtopicSuggestionsArgs {
  @Field({ description: 'What the member typed so far (1–100 characters).' })
  @IsString()
  @MaxLength(100)
  prefix!: string;

  @Field(() => Int, { defaultValue: 8, description: 'At most 20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  first!: number;
}
