import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, MaxLength } from 'class-validator';

import { ReportTarget } from './thread.types';

export enum ModerationStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ModerationStatus, { name: 'ModerationStatus' });

export enum ReportResolution {
  /** The post was hidden. */
  HIDDEN = 'HIDDEN',
  /** The post may stay: the reports were dismissed. */
  DISMISSED = 'DISMISSED',
}
registerEnumType(ReportResolution, { name: 'ReportResolution' });

@ObjectType('ContentReport')
export class ContentReport {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The reporter's reason, in their own words." })
  reason!: string;

  @Field()
  createdAt!: Date;

  reporterId!: string;
}

@ObjectType('ModerationCase', {
  description:
    'A reported question or answer with its reports: all open ones, or those resolved by one decision.',
})
export class ModerationCase {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportTarget)
  targetType!: ReportTarget;

  @Field(() => ID)
  targetId!: string;

  @Field(() => ID, { nullable: true, description: 'The question (of the answer); null: deleted.' })
  threadId!: string | null;

  @Field(() => String, { nullable: true, description: "The question's title; null: deleted." })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The start of the reported text, as plain text; null: deleted.',
  })
  excerpt!: string | null;

  @Field({ description: 'The post is hidden now.' })
  hidden!: boolean;

  @Field(() => Int)
  reportCount!: number;

  @Field(() => [ContentReport], { description: 'Oldest first.' })
  reports!: ContentReport[];

  @Field()
  firstReportedAt!: Date;

  @Field(() => ReportResolution, { nullable: true })
  resolution!: ReportResolution | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  authorId!: string | null;
  resolvedById!: string | null;
}

@ObjectType('ModerationCasePage')
export class ModerationCasePage {
  @Field(() => Int)
  total!: number;

  @Field(() => [ModerationCase])
  nodes!: ModerationCase[];
}

@InputType()
export class ModerationTargetInput {
  @Field(() => ReportTarget)
  @IsEnum(ReportTarget)
  targetType!: ReportTarget;

  @Field(() => ID)
  @IsUUID()
  targetId!: string;
}

@InputType()
export class ContactAuthorInput extends ModerationTargetInput {
  @Field({ description: 'Shown to the author in the bell and sent by e-mail.' })
  @IsString()
  @MaxLength(2000)
  message!: string;
}
