import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';

import { IsOptionalNotNull } from '../../common/validation';
import { LOCALES, MemberStatus, PlatformRole } from '../member.entity';
import { IsJobRole } from './job-role.validator';

@InputType()
export class MemberFilterInput {
  @Field({ nullable: true, description: 'Part of a name or e-mail address.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  boardId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsJobRole()
  jobRole?: string;

  @Field(() => PlatformRole, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PlatformRole))
  platformRole?: PlatformRole;

  @Field(() => ID, { nullable: true, description: 'Members with expertise in this domain (slug).' })
  @IsOptional()
  @MaxLength(60)
  domain?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Members with expertise in this subtopic (slug).',
  })
  @IsOptional()
  @MaxLength(80)
  subtopic?: string;

  @Field(() => MemberStatus, { nullable: true, description: 'Admins only.' })
  @IsOptional()
  @IsIn(Object.values(MemberStatus))
  status?: MemberStatus;
}

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @Field()
  @IsJobRole()
  jobRole!: string;

  @Field(() => PlatformRole, { nullable: true })
  @IsOptionalNotNull()
  @IsIn(Object.values(PlatformRole))
  platformRole?: PlatformRole;
}

@InputType()
export class UpdateMemberRoleInput {
  @Field(() => ID)
  @IsUUID()
  memberId!: string;

  @Field(() => PlatformRole, { nullable: true })
  @IsOptionalNotNull()
  @IsIn(Object.values(PlatformRole))
  platformRole?: PlatformRole;

  @Field({ nullable: true })
  @IsOptionalNotNull()
  @IsJobRole()
  jobRole?: string;

  @Field(() => ID, { nullable: true })
  @IsOptionalNotNull()
  @IsUUID()
  schoolId?: string;
}

@InputType()
export class MemberIdInput {
  @Field(() => ID)
  @IsUUID()
  memberId!: string;
}

@InputType()
export class UpdateMyAccountInput {
  @Field({ nullable: true })
  @IsOptionalNotNull()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string;

  @Field({ nullable: true, description: 'nl or en' })
  @IsOptionalNotNull()
  @IsIn(LOCALES)
  locale?: string;
}
