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

import { CurrentMember, Roles } from '../common/auth.decorators';
import { checkPage } from '../common/pagination';
import { GraphQLContext, requestLoader } from '../common/request-context';
import { Member } from '../members/dto/member.type';
import { MemberEntity, PlatformRole } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import {
  ContactAuthorInput,
  ContentReport,
  ModerationCase,
  ModerationCasePage,
  ModerationStatus,
  ModerationTargetInput,
} from './dto/moderation.types';
import { ModerationService } from './moderation.service';

const memberLoader = (ctx: GraphQLContext, members: MembersService) =>
  requestLoader(ctx, 'member', () => members.createLoader());

/** Beheer → Moderatie (moderators and admins). Hiding a post is `hideContent`. */
@Resolver(() => ModerationCase)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly members: MembersService,
  ) {}

  @Roles(PlatformRole.MODERATOR)
  @Query(() => ModerationCasePage, {
    description: 'Reported posts: open ones oldest first, resolved ones newest first.',
  })
  moderationQueue(
    @Args('status', { type: () => ModerationStatus, defaultValue: ModerationStatus.OPEN })
    status: ModerationStatus,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ) {
    checkPage(first, offset, 50);
    return this.moderation.queue(status, first, offset);
  }

  @Roles(PlatformRole.MODERATOR)
  @Query(() => Int, { description: 'Reported posts waiting for a moderator.' })
  openModerationCount() {
    return this.moderation.openCount();
  }

  @Roles(PlatformRole.MODERATOR)
  @Mutation(() => Boolean, { description: 'The post may stay: its open reports are dismissed.' })
  dismissReports(
    @CurrentMember() moderator: MemberEntity,
    @Args('input') input: ModerationTargetInput,
  ) {
    return this.moderation.dismiss(moderator, input);
  }

  @Roles(PlatformRole.MODERATOR)
  @Mutation(() => Boolean, {
    description: "A message to the post's author, in the bell and by e-mail.",
  })
  contactAuthor(
    @CurrentMember() moderator: MemberEntity,
    @Args('input') input: ContactAuthorInput,
  ) {
    return this.moderation.contactAuthor(moderator, input);
  }

  @ResolveField(() => Member, { nullable: true })
  author(@Parent() item: ModerationCase, @Context() ctx: GraphQLContext) {
    return item.authorId ? memberLoader(ctx, this.members).load(item.authorId) : null;
  }

  @ResolveField(() => Member, { nullable: true })
  resolvedBy(@Parent() item: ModerationCase, @Context() ctx: GraphQLContext) {
    return item.resolvedById ? memberLoader(ctx, this.members).load(item.resolvedById) : null;
  }
}

@Resolver(() => ContentReport)
export class ContentReportResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => Member, { nullable: true })
  reporter(@Parent() report: ContentReport, @Context() ctx: GraphQLContext) {
    return memberLoader(ctx, this.members).load(report.reporterId);
  }
}
