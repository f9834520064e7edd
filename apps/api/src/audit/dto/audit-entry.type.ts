import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEntry')
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. member.invited, member.role_changed, member.deactivated' })
  action!: string;

  @Field()
  targetType!: string;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field()
  createdAt!: Date;

  actorId!: string | null;
}

@ObjectType('AuditLogPage')
export class AuditLogPage {
  @Field(() => Int)
  total!: number;

  @Field(() => [AuditEntry])
  nodes!: AuditEntry[];
}
