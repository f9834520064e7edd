import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';

import { IsOptionalNotNull } from '../../common/validation';

@InputType()
export class AddSubtopicInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(60)
  domain!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(80)
  labelNl!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(80)
  labelEn?: string;

  @Field(() => [String], { nullable: true })
  @IsOptionalNotNull()
  @ArrayMaxSize(30)
  @MaxLength(60, { each: true })
  synonyms?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Signals: how the problem shows in a classroom, in everyday words.',
  })
  @IsOptional()
  @ArrayMaxSize(40)
  @MaxLength(120, { each: true })
  signals?: string[];
}

@InputType()
export class UpdateSubtopicInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(80)
  slug!: string;

  @Field({ nullable: true })
  @IsOptionalNotNull()
  @IsNotEmpty()
  @MaxLength(80)
  labelNl?: string;

  @Field({ nullable: true })
  @IsOptionalNotNull()
  @IsNotEmpty()
  @MaxLength(80)
  labelEn?: string;

  @Field(() => [String], { nullable: true })
  @IsOptionalNotNull()
  @ArrayMaxSize(30)
  @MaxLength(60, { each: true })
  synonyms?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Signals: how the problem shows in a classroom, in everyday words.',
  })
  @IsOptional()
  @ArrayMaxSize(40)
  @MaxLength(120, { each: true })
  signals?: string[];
}

@InputType()
export class SetSubtopicRetiredInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(80)
  slug!: string;

  @Field()
  @IsBoolean()
  retired!: boolean;
}
