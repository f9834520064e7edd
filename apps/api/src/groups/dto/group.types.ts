import {
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  OmitType,
  PartialType,
  registerEnumType,
} from '@nestjs/graphql';
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
import { GroupKind, GroupRole, GroupVisibility, MembershipStatus } from '../group.entities';

registerEnumType(GroupKind, {
  name: 'GroupKind',
  description: 'THEME: thematic; FUNCTION: e.g. IB-netwerk.',
});
registerEnumType(GroupVisibility, { name: 'GroupVisibility' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
registerEnumType(GroupRole, { name: 'GroupRole' });

@ObjectType('Group')
export class Group {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => GroupKind)
  kind!: GroupKind;

  @Field(() => GroupVisibility)
  visibility!: GroupVisibility;

  @Field()
  createdAt!: Date;
}

@ObjectType('GroupMembership')
export class GroupMembership {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipStatus)
  status!: MembershipStatus;

  @Field(() => GroupRole)
  role!: GroupRole;

  @Field()
  createdAt!: Date;
}

@ObjectType('GroupMemberPage')
export class GroupMemberPage {
  @Field(() => Int)
  total!: number;

  @Field(() => [GroupMembership])
  nodes!: GroupMembership[];
}

@InputType()
export class CreateGroupInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => GroupVisibility, { nullable: true, description: 'Default: OPEN.' })
  @IsOptionalNotNull()
  @IsEnum(GroupVisibility)
  visibility?: GroupVisibility;

  @Field(() => GroupKind, { nullable: true, description: 'Default: THEME.' })
  @IsOptionalNotNull()
  @IsEnum(GroupKind)
  kind?: GroupKind;

  @Field(() => [ID], { nullable: true, description: 'Domain slugs.' })
  @IsOptionalNotNull()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  domains?: string[];
}

/** Group admins: name, description, visibility, domains; fields left out stay, null clears the description. */
@InputType()
export class UpdateGroupInput extends PartialType(OmitType(CreateGroupInput, ['kind'] as const), {
  skipNullProperties: false,
}) {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;
}

@InputType()
export class GroupInput {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;
}

@InputType()
export class GroupMemberInput {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;

  @Field(() => ID)
  @IsUUID()
  memberId!: string;
}

@InputType()
export class SetGroupRoleInput extends GroupMemberInput {
  @Field(() => GroupRole)
  @IsEnum(GroupRole)
  role!: GroupRole;
}

@InputType()
export class FollowInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field(() => ID, { nullable: true, description: 'Domain slug.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  domain?: string;

  @Field()
  @IsBoolean()
  follow!: boolean;
}
