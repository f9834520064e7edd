import { TAXONOMY } from '@deelwijs/taxonomy';
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

import { CurrentMember, Public, Roles, ViewerLocale } from '../common/auth.decorators';
import { NotFoundError } from '../common/errors';
import { checkPage } from '../common/pagination';
import { GraphQLContext, Locale, requestLoader } from '../common/request-context';
import { UuidArg } from '../common/validation';
import { OrganisationService } from '../organisation/organisation.service';
import { School } from '../organisation/organisation.types';
import {
  InviteMemberInput,
  MemberFilterInput,
  MemberIdInput,
  UpdateMemberRoleInput,
  UpdateMyAccountInput,
} from './dto/member.inputs';
import { JobRole, Member, MemberPage } from './dto/member.type';
import { isFormerMember, showsAsFormerMember } from './former-member';
import { MemberEntity, MemberStatus, PlatformRole } from './member.entity';
import { MembersService } from './members.service';

const roleLabel = (slug: string, locale: Locale) => {
  const role = TAXONOMY.roles.find((r) => r.slug === slug);
  return role ? (locale === 'en' ? role.label_en : role.label_nl) : slug;
};

@Resolver(() => Member)
export class MembersResolver {
  constructor(
    private readonly membersService: MembersService,
    private readonly organisation: OrganisationService,
  ) {}

  @Public()
  @Query(() => Member, {
    nullable: true,
    description: 'The signed-in member; null when signed out.',
  })
  me(@CurrentMember() member?: MemberEntity) {
    return member ?? null;
  }

  @Query(() => Member, { nullable: true })
  async member(@UuidArg('id') id: string, @CurrentMember() viewer: MemberEntity) {
    const member = await this.membersService.findById(id);
    if (!member) throw new NotFoundError('Dit lid', 'id');
    if (member.status !== 'ACTIVE' && viewer.platformRole !== PlatformRole.ADMIN) {
      throw new NotFoundError('Dit lid', 'id');
    }
    return member;
  }

  @Query(() => MemberPage)
  members(
    @CurrentMember() viewer: MemberEntity,
    @Args('filter', { nullable: true }) filter?: MemberFilterInput,
    @Args('first', { type: () => Int, defaultValue: 25 }) first = 25,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ) {
    checkPage(first, offset);
    return this.membersService.list(viewer, filter ?? {}, first, offset);
  }

  @Public()
  @Query(() => [JobRole], { description: 'Job roles from the taxonomy, in the viewer’s locale.' })
  jobRoles(@ViewerLocale() locale: Locale): JobRole[] {
    return TAXONOMY.roles.map((role) => ({ slug: role.slug, label: roleLabel(role.slug, locale) }));
  }

  @Roles(PlatformRole.ADMIN)
  @Mutation(() => Member, { description: 'Admin: invite a colleague by e-mail.' })
  inviteMember(@CurrentMember() actor: MemberEntity, @Args('input') input: InviteMemberInput) {
    return this.membersService.invite(actor, input);
  }

  @Roles(PlatformRole.ADMIN)
  @Mutation(() => Member, { description: 'Admin: change platform role, job role or school.' })
  updateMemberRole(
    @CurrentMember() actor: MemberEntity,
    @Args('input') input: UpdateMemberRoleInput,
  ) {
    return this.membersService.updateRole(actor, input);
  }

  @Roles(PlatformRole.ADMIN)
  @Mutation(() => Member, { description: 'Admin: deactivate an account; ends its sessions.' })
  deactivateMember(@CurrentMember() actor: MemberEntity, @Args('input') input: MemberIdInput) {
    return this.membersService.deactivate(actor, input.memberId);
  }

  @Roles(PlatformRole.ADMIN)
  @Mutation(() => Member)
  reactivateMember(@CurrentMember() actor: MemberEntity, @Args('input') input: MemberIdInput) {
    return this.membersService.reactivate(actor, input.memberId);
  }

  @Roles(PlatformRole.ADMIN)
  @Mutation(() => Boolean)
  resendInvitation(@CurrentMember() actor: MemberEntity, @Args('input') input: MemberIdInput) {
    return this.membersService.resendInvitation(actor, input.memberId);
  }

  @Mutation(() => Member, { description: 'Change your own name or language.' })
  updateMyAccount(
    @CurrentMember() member: MemberEntity,
    @Args('input') input: UpdateMyAccountInput,
  ) {
    return this.membersService.updateMyAccount(member, input);
  }

  @ResolveField(() => String, { description: 'Job-role slug from the taxonomy.' })
  role(@Parent() member: MemberEntity) {
    return member.jobRole;
  }

  @ResolveField(() => String)
  roleLabel(@Parent() member: MemberEntity, @ViewerLocale() locale: Locale) {
    return roleLabel(member.jobRole, locale);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Null for a former member (oud-lid), except to admins.',
  })
  email(@Parent() member: MemberEntity, @CurrentMember() viewer?: MemberEntity) {
    return showsAsFormerMember(member, viewer) ? null : member.email;
  }

  @ResolveField(() => MemberStatus, {
    nullable: true,
    description: 'Null for a former member (oud-lid), except to admins.',
  })
  status(@Parent() member: MemberEntity, @CurrentMember() viewer?: MemberEntity) {
    return showsAsFormerMember(member, viewer) ? null : member.status;
  }

  @ResolveField(() => Boolean, {
    description: 'A former member (oud-lid): the account was deactivated; only the name remains.',
  })
  former(@Parent() member: MemberEntity) {
    return isFormerMember(member);
  }

  @ResolveField(() => School, { nullable: true })
  school(
    @Parent() member: MemberEntity,
    @Context() ctx: GraphQLContext,
    @CurrentMember() viewer?: MemberEntity,
  ) {
    if (!member.schoolId || showsAsFormerMember(member, viewer)) return null;
    return requestLoader(ctx, 'school', () => this.organisation.createSchoolLoader()).load(
      member.schoolId,
    );
  }

  @ResolveField(() => Date, { nullable: true, description: 'Visible to admins and the member.' })
  lastLoginAt(@Parent() member: MemberEntity, @CurrentMember() viewer?: MemberEntity) {
    if (viewer?.id === member.id || viewer?.platformRole === PlatformRole.ADMIN) {
      return member.lastLoginAt;
    }
    return null;
  }
}
