import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { MemberStatus, PlatformRole } from '../member.entity';

registerEnumType(PlatformRole, { name: 'PlatformRole' });
registerEnumType(MemberStatus, { name: 'MemberStatus' });

@ObjectType('Member')
export class Member {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  /** Resolved by MembersResolver (null for a former member). */
  email!: string | null;

  @Field(() => PlatformRole)
  platformRole!: PlatformRole;

  /** Resolved by MembersResolver (null for a former member). */
  status!: MemberStatus | null;

  @Field({ description: 'nl or en' })
  locale!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('MemberPage')
export class MemberPage {
  @Field(() => Int)
  total!: number;

  @Field(() => [Member])
  nodes!: Member[];
}

@ObjectType('JobRole', { description: 'A job role from the taxonomy.' })
export class JobRole {
  @Field(() => ID)
  slug!: string;

  @Field()
  label!: string;
}
