import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

import { IsOptionalNotNull } from '../../common/validation';
import {
  ConfirmPrivacyWarningField,
  RICH_TEXT_PRIVACY_NOTE,
} from '../../privacy/confirm-privacy-warning.field';

export enum ReportTarget {
  THREAD = 'THREAD',
  ANSWER = 'ANSWER',
}
registerEnumType(ReportTarget, { name: 'ReportTarget' });

@ObjectType('Thread')
export class Thread {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Sanitised HTML.' })
  body!: string;

  @Field({ description: 'Plain text of the body.' })
  bodyText!: string;

  @Field(() => Int)
  answerCount!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field()
  lastActivityAt!: Date;
}

@ObjectType('Answer')
export class Answer {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Sanitised HTML.' })
  body!: string;

  @Field(() => Int)
  helpfulCount!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('ThreadPage')
export class ThreadPage {
  @Field(() => Int)
  total!: number;

  @Field(() => [Thread])
  nodes!: Thread[];
}

@InputType()
export class AskQuestionInput {
  @Field(() => ID, { nullable: true, description: 'Null: the community board (prikbord).' })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field({ description: `Rich text (HTML); sanitised on the server. ${RICH_TEXT_PRIVACY_NOTE}` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  body!: string;

  @ConfirmPrivacyWarningField()
  confirmPrivacyWarning?: boolean;
}

@InputType()
export class EditThreadInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field({ nullable: true })
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true, description: `Rich text (HTML). ${RICH_TEXT_PRIVACY_NOTE}` })
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  body?: string;

  @ConfirmPrivacyWarningField()
  confirmPrivacyWarning?: boolean;
}

@InputType()
export class ThreadTopicsInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field(() => [ID], { description: 'Domain slugs.' })
  @ArrayMaxSize(5)
  @IsString({ each: true })
  domains!: string[];

  @Field(() => [ID], { description: 'Subtopic slugs.' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  subtopics!: string[];
}

@InputType()
export class AnswerQuestionInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field({ description: `Rich text (HTML); sanitised on the server. ${RICH_TEXT_PRIVACY_NOTE}` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  body!: string;

  @ConfirmPrivacyWarningField()
  confirmPrivacyWarning?: boolean;
}

@InputType()
export class EditAnswerInput {
  @Field(() => ID)
  @IsUUID()
  answerId!: string;

  @Field({ description: `Rich text (HTML). ${RICH_TEXT_PRIVACY_NOTE}` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  body!: string;

  @ConfirmPrivacyWarningField()
  confirmPrivacyWarning?: boolean;
}

@InputType()
export class AcceptAnswerInput {
  @Field(() => ID)
  @IsUUID()
  answerId!: string;
}

@InputType()
export class VoteInput {
  @Field(() => ID)
  @IsUUID()
  answerId!: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  helpful!: boolean;
}

@InputType()
export class ThreadIdInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;
}

@InputType()
export class AnswerIdInput {
  @Field(() => ID)
  @IsUUID()
  answerId!: string;
}

@InputType()
export class HideContentInput {
  @Field(() => ReportTarget)
  @IsEnum(ReportTarget)
  targetType!: ReportTarget;

  @Field(() => ID)
  @IsUUID()
  targetId!: string;

  @Field()
  @IsBoolean()
  hidden!: boolean;
}

@InputType()
export class ReportContentInput {
  @Field(() => ReportTarget)
  @IsEnum(ReportTarget)
  targetType!: ReportTarget;

  @Field(() => ID)
  @IsUUID()
  targetId!: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @ConfirmPrivacyWarningField()
  confirmPrivacyWarning?: boolean;
}

@InputType()
export class AskColleagueInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field(() => ID)
  @IsUUID()
  memberId!: string;
}

@InputType()
export class ThreadFilterInput {
  @Field(() => ID, { nullable: true, description: 'One group; leave out for all you can read.' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field({ nullable: true, description: 'Only the community board (prikbord).' })
  @IsOptional()
  @IsBoolean()
  boardOnly?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean;

  @Field({ nullable: true, description: 'Questions you asked.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => ID, { nullable: true, description: 'Domain slug.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  domain?: string;
}
