import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { CurrentMember } from '../common/auth.decorators';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { checkPage } from '../common/pagination';
import { GraphQLContext, requestLoader } from '../common/request-context';
import { UuidArg } from '../common/validation';
import { Member } from '../members/dto/member.type';
import { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { Domain } from '../taxonomy/dto/taxonomy.types';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import {
  CreateGroupInput,
  FollowInput,
  Group,
  GroupInput,
  GroupMemberInput,
  GroupMemberPage,
  GroupMembership,
  SetGroupRoleInput,
  UpdateGroupInput,
} from './dto/group.types';
import { GroupEntity, GroupMembershipEntity, MembershipStatus } from './group.entities';
import { GroupsService } from './groups.service';

const viewerOf = (ctx: GraphQLContext) => ctx.req.user as MemberEntity;

@Resolver(() => Group)
export class GroupsResolver {
  constructor(
    private readonly groups: GroupsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Query(() => [Group], { name: 'groups', description: 'Groups you can see; mine: only yours.' })
  listGroups(
    @CurrentMember() viewer: MemberEntity,
    @Args('mine', { defaultValue: false }) mine: boolean,
  ) {
    return this.groups.list(viewer, mine);
  }

  @Query(() => Group, { name: 'group', nullable: true, description: 'By id or slug.' })
  async findGroup(
    @CurrentMember() viewer: MemberEntity,
    @UuidArg('id', { nullable: true }) id?: string,
    @Args('slug', { nullable: true }) slug?: string,
  ) {
    if (!id && !slug) throw new BadUserInputError('id', 'Geef een id of slug.');
    const group = await this.groups.findByIdOrSlug(id, slug);
    if (!group) return null;
    try {
      return (await this.groups.access(viewer, group.id)).group;
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  @Mutation(() => Group, { description: 'You become its first admin.' })
  createGroup(@CurrentMember() actor: MemberEntity, @Args('input') input: CreateGroupInput) {
    return this.groups.create(actor, input);
  }

  @Mutation(() => Group, {
    description: 'Group admins: description, visibility and linked domains.',
  })
  updateGroup(@CurrentMember() actor: MemberEntity, @Args('input') input: UpdateGroupInput) {
    return this.groups.update(actor, input);
  }

  @Mutation(() => GroupMembership, {
    description: 'ON_REQUEST groups: pending until an admin approves.',
  })
  joinGroup(@CurrentMember() member: MemberEntity, @Args('input') input: GroupInput) {
    return this.groups.join(member, input.groupId);
  }

  @Mutation(() => Boolean)
  leaveGroup(@CurrentMember() member: MemberEntity, @Args('input') input: GroupInput) {
    return this.groups.leave(member, input.groupId);
  }

  @Mutation(() => GroupMembership, { description: 'Group admins: approve a request.' })
  approveGroupMember(@CurrentMember() admin: MemberEntity, @Args('input') input: GroupMemberInput) {
    return this.groups.approve(admin, input.groupId, input.memberId);
  }

  @Mutation(() => GroupMembership, { description: 'Group admins: invite a colleague.' })
  inviteToGroup(@CurrentMember() admin: MemberEntity, @Args('input') input: GroupMemberInput) {
    return this.groups.invite(admin, input.groupId, input.memberId);
  }

  @Mutation(() => Boolean, { description: 'Group admins: remove a member or decline a request.' })
  removeFromGroup(@CurrentMember() admin: MemberEntity, @Args('input') input: GroupMemberInput) {
    return this.groups.remove(admin, input.groupId, input.memberId);
  }

  @Mutation(() => GroupMembership, { description: 'Group admins: make someone admin or member.' })
  setGroupRole(@CurrentMember() admin: MemberEntity, @Args('input') input: SetGroupRoleInput) {
    return this.groups.setRole(admin, input.groupId, input.memberId, input.role);
  }

  @Mutation(() => Boolean, { description: 'Follow a group or a domain: new questions reach you.' })
  follow(@CurrentMember() member: MemberEntity, @Args('input') input: FollowInput) {
    return this.groups.follow(member, input);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() group: GroupEntity, @Context() ctx: GraphQLContext) {
    return requestLoader(ctx, 'group-member-count', () =>
      this.groups.createMemberCountLoader(),
    ).load(group.id);
  }

  @ResolveField(() => GroupMembership, { nullable: true, description: 'Your membership, if any.' })
  myMembership(@Parent() group: GroupEntity, @Context() ctx: GraphQLContext) {
    const viewer = viewerOf(ctx);
    return requestLoader(ctx, 'my-group-membership', () =>
      this.groups.createMyMembershipLoader(viewer.id),
    ).load(group.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may read its threads and members.' })
  async canSeeContent(@Parent() group: GroupEntity, @Context() ctx: GraphQLContext) {
    const membership = await this.myMembership(group, ctx);
    return this.groups.describe(viewerOf(ctx), group, membership).canSeeContent;
  }

  @ResolveField(() => Boolean)
  async isGroupAdmin(@Parent() group: GroupEntity, @Context() ctx: GraphQLContext) {
    const membership = await this.myMembership(group, ctx);
    return this.groups.describe(viewerOf(ctx), group, membership).isGroupAdmin;
  }

  @ResolveField(() => [Domain])
  async domains(@Parent() group: GroupEntity) {
    const snapshot = await this.taxonomy.snapshot();
    return group.domainSlugs.flatMap((slug) => snapshot.domainBySlug.get(slug) ?? []);
  }

  @ResolveField(() => GroupMemberPage, {
    description: 'Members only; admins also see requests and invitations.',
  })
  members(
    @Parent() group: GroupEntity,
    @Context() ctx: GraphQLContext,
    @Args('status', { type: () => [MembershipStatus], defaultValue: [MembershipStatus.ACTIVE] })
    status: MembershipStatus[],
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ) {
    checkPage(first, offset);
    return this.groups.members(viewerOf(ctx), group.id, status, first, offset);
  }
}

@Resolver(() => GroupMembership)
export class GroupMembershipResolver {
  constructor(
    private readonly groups: GroupsService,
    private readonly members: MembersService,
  ) {}

  @ResolveField(() => Group)
  group(@Parent() membership: GroupMembershipEntity, @Context() ctx: GraphQLContext) {
    return requestLoader(ctx, 'group', () => this.groups.createGroupLoader()).load(
      membership.groupId,
    );
  }

  @ResolveField(() => Member)
  member(@Parent() membership: GroupMembershipEntity, @Context() ctx: GraphQLContext) {
    return requestLoader(ctx, 'member', () => this.members.createLoader()).load(
      membership.memberId,
    );
  }
}
