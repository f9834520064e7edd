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
import { checkPage } from '../common/pagination';
import { GraphQLContext, requestLoader } from '../common/request-context';
import { UuidArg } from '../common/validation';
import { Group } from '../groups/dto/group.types';
import { isModerator } from '../groups/group-access.policy';
import { GroupsService } from '../groups/groups.service';
import { ExpertMatch } from '../matching/dto/expert-search.types';
import { Member } from '../members/dto/member.type';
import { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { Domain, Subtopic } from '../taxonomy/dto/taxonomy.types';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { AnswersService } from './answers.service';
import {
  AcceptAnswerInput,
  Answer,
  AnswerIdInput,
  AnswerQuestionInput,
  AskColleagueInput,
  AskQuestionInput,
  EditAnswerInput,
  EditThreadInput,
  HideContentInput,
  ReportContentInput,
  Thread,
  ThreadFilterInput,
  ThreadIdInput,
  ThreadPage,
  ThreadTopicsInput,
  VoteInput,
} from './dto/thread.types';
import { RoutingService } from './routing.service';
import { AnswerEntity, ThreadEntity } from './thread.entities';
import { ThreadsService } from './threads.service';

const viewerOf = (ctx: GraphQLContext) => ctx.req.user as MemberEntity;

@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly answersService: AnswersService,
    private readonly routing: RoutingService,
    private readonly groups: GroupsService,
    private readonly members: MembersService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Query(() => ThreadPage, {
    name: 'threads',
    description: 'Questions you can read, most recent activity first.',
  })
  listThreads(
    @CurrentMember() viewer: MemberEntity,
    @Args('filter', { nullable: true }) filter?: ThreadFilterInput,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ) {
    checkPage(first, offset, 50);
    return this.threads.list(viewer, filter ?? {}, first, offset);
  }

  @Query(() => Thread, { name: 'thread' })
  findThread(@CurrentMember() viewer: MemberEntity, @UuidArg('id') id: string) {
    return this.threads.requireReadable(viewer, id);
  }

  @Query(() => [Thread], { description: 'Existing questions like the text being typed.' })
  similarQuestions(
    @CurrentMember() viewer: MemberEntity,
    @Args('text') text: string,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ) {
    checkPage(first, 0, 10);
    return this.threads.similar(viewer, text, first);
  }

  @Mutation(() => Thread, {
    description: 'In a group, or on the community board when groupId is null.',
  })
  async askQuestion(@CurrentMember() author: MemberEntity, @Args('input') input: AskQuestionInput) {
    const thread = await this.threads.ask(author, input);
    await this.routing.schedule(thread.id);
    return thread;
  }

  @Mutation(() => Thread)
  editQuestion(@CurrentMember() viewer: MemberEntity, @Args('input') input: EditThreadInput) {
    return this.threads.edit(viewer, input);
  }

  @Mutation(() => Boolean)
  deleteQuestion(@CurrentMember() viewer: MemberEntity, @Args('input') input: ThreadIdInput) {
    return this.threads.remove(viewer, input.threadId);
  }

  @Mutation(() => Thread, {
    description:
      'The asker confirms or corrects the inferred topics; the choice feeds the learned word–subtopic associations.',
  })
  setQuestionTopics(
    @CurrentMember() viewer: MemberEntity,
    @Args('input') input: ThreadTopicsInput,
  ) {
    return this.threads.setTopics(viewer, input);
  }

  @Mutation(() => Answer)
  answerQuestion(@CurrentMember() author: MemberEntity, @Args('input') input: AnswerQuestionInput) {
    return this.answersService.answer(
      author,
      input.threadId,
      input.body,
      input.confirmPrivacyWarning,
    );
  }

  @Mutation(() => Answer)
  editAnswer(@CurrentMember() viewer: MemberEntity, @Args('input') input: EditAnswerInput) {
    return this.answersService.edit(
      viewer,
      input.answerId,
      input.body,
      input.confirmPrivacyWarning,
    );
  }

  @Mutation(() => Boolean)
  deleteAnswer(@CurrentMember() viewer: MemberEntity, @Args('input') input: AnswerIdInput) {
    return this.answersService.remove(viewer, input.answerId);
  }

  @Mutation(() => Thread, { description: 'The asker (or a moderator) only.' })
  acceptAnswer(@CurrentMember() viewer: MemberEntity, @Args('input') input: AcceptAnswerInput) {
    return this.answersService.accept(viewer, input.answerId);
  }

  @Mutation(() => Answer, { description: 'Mark an answer helpful (or take that back).' })
  voteAnswer(@CurrentMember() viewer: MemberEntity, @Args('input') input: VoteInput) {
    return this.answersService.vote(viewer, input.answerId, input.helpful);
  }

  @Mutation(() => Boolean, { description: 'Report abuse to the moderators.' })
  reportContent(@CurrentMember() viewer: MemberEntity, @Args('input') input: ReportContentInput) {
    return this.threads.report(
      viewer,
      input.targetType,
      input.targetId,
      input.reason,
      input.confirmPrivacyWarning,
    );
  }

  @Mutation(() => Boolean, { description: 'Moderators: hide or show a question or answer.' })
  hideContent(@CurrentMember() viewer: MemberEntity, @Args('input') input: HideContentInput) {
    return this.threads.setHidden(viewer, input.targetType, input.targetId, input.hidden);
  }

  @Mutation(() => Boolean, { description: '"Vraag een collega": invite one colleague to answer.' })
  askColleague(@CurrentMember() viewer: MemberEntity, @Args('input') input: AskColleagueInput) {
    return this.routing.askColleague(viewer, input.threadId, input.memberId);
  }

  @ResolveField(() => Member)
  author(@Parent() thread: ThreadEntity, @Context() ctx: GraphQLContext) {
    return requestLoader(ctx, 'member', () => this.members.createLoader()).load(thread.authorId);
  }

  @ResolveField(() => Group, { nullable: true, description: 'Null: the community board.' })
  group(@Parent() thread: ThreadEntity, @Context() ctx: GraphQLContext) {
    if (!thread.groupId) return null;
    return requestLoader(ctx, 'group', () => this.groups.createGroupLoader()).load(thread.groupId);
  }

  @ResolveField(() => [Answer])
  answers(@Parent() thread: ThreadEntity, @Context() ctx: GraphQLContext) {
    const viewer = viewerOf(ctx);
    return requestLoader(ctx, 'thread-answers', () =>
      this.answersService.createAnswersLoader(viewer),
    ).load(thread.id);
  }

  @ResolveField(() => Answer, { nullable: true })
  acceptedAnswer(@Parent() thread: ThreadEntity, @Context() ctx: GraphQLContext) {
    if (!thread.acceptedAnswerId) return null;
    const viewer = viewerOf(ctx);
    return requestLoader(ctx, 'answer', () => this.answersService.createAnswerLoader(viewer)).load(
      thread.acceptedAnswerId,
    );
  }

  @ResolveField(() => [ExpertMatch], {
    description: 'Experts suggested when the question was asked.',
  })
  async suggestedExperts(
    @Parent() thread: ThreadEntity,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<ExpertMatch[]> {
    checkPage(first, 0, 20);
    const rows = await requestLoader(ctx, 'thread-suggestions', () =>
      this.threads.createSuggestionsLoader(),
    ).load(thread.id);
    return rows.slice(0, first).map((row) => ({
      memberId: row.member_id,
      score: row.score,
      reasons: ctx.locale === 'en' ? row.reasons_en : row.reasons_nl,
      snippet: null,
      matchedSubtopics: [],
    }));
  }

  @ResolveField(() => [Domain], {
    description: 'Inferred by the matcher; the asker can correct them.',
  })
  async domains(@Parent() thread: ThreadEntity) {
    const snapshot = await this.taxonomy.snapshot();
    return thread.domainSlugs.flatMap((slug) => snapshot.domainBySlug.get(slug) ?? []);
  }

  @ResolveField(() => [Subtopic])
  async subtopics(@Parent() thread: ThreadEntity) {
    const snapshot = await this.taxonomy.snapshot();
    return thread.subtopicSlugs.flatMap((slug) => snapshot.subtopicBySlug.get(slug) ?? []);
  }

  @ResolveField(() => Boolean, {
    description:
      'The inferred topics were confident. False: no topics are set; show "onderwerp kiezen" with topicSuggestions (setQuestionTopics makes them confident).',
  })
  topicsConfident(@Parent() thread: ThreadEntity) {
    return thread.topicsConfident;
  }

  @ResolveField(() => [Subtopic], {
    description:
      'When the topics were not confident: the best guesses (at most 3) for the asker to choose from; empty otherwise.',
  })
  async topicSuggestions(@Parent() thread: ThreadEntity) {
    if (thread.topicsConfident) return [];
    const snapshot = await this.taxonomy.snapshot();
    return thread.topicSuggestions.flatMap((slug) => {
      const subtopic = snapshot.subtopicBySlug.get(slug);
      return subtopic && !subtopic.retiredAt ? [subtopic] : [];
    });
  }

  @ResolveField(() => Boolean)
  topicsCorrected(@Parent() thread: ThreadEntity) {
    return Boolean(thread.topicsCorrectedAt);
  }

  @ResolveField(() => Boolean)
  hidden(@Parent() thread: ThreadEntity) {
    return Boolean(thread.hiddenAt);
  }

  @ResolveField(() => Boolean, {
    description: 'You asked it: you may edit it, correct topics and accept.',
  })
  isMine(@Parent() thread: ThreadEntity, @Context() ctx: GraphQLContext) {
    return thread.authorId === viewerOf(ctx).id;
  }

  @ResolveField(() => Boolean)
  canAccept(@Parent() thread: ThreadEntity, @Context() ctx: GraphQLContext) {
    const viewer = viewerOf(ctx);
    return thread.authorId === viewer.id || isModerator(viewer);
  }
}

@Resolver(() => Answer)
export class AnswersResolver {
  constructor(
    private readonly answers: AnswersService,
    private readonly threads: ThreadsService,
    private readonly members: MembersService,
  ) {}

  @ResolveField(() => Member)
  author(@Parent() answer: AnswerEntity, @Context() ctx: GraphQLContext) {
    return requestLoader(ctx, 'member', () => this.members.createLoader()).load(answer.authorId);
  }

  @ResolveField(() => Boolean)
  async accepted(@Parent() answer: AnswerEntity, @Context() ctx: GraphQLContext) {
    const thread = await requestLoader(ctx, 'thread', () => this.threads.createThreadLoader()).load(
      answer.threadId,
    );
    return thread?.acceptedAnswerId === answer.id;
  }

  @ResolveField(() => Boolean, { description: 'You marked it helpful.' })
  votedHelpful(@Parent() answer: AnswerEntity, @Context() ctx: GraphQLContext) {
    const viewer = viewerOf(ctx);
    return requestLoader(ctx, 'my-votes', () => this.answers.createMyVotesLoader(viewer.id)).load(
      answer.id,
    );
  }

  @ResolveField(() => Boolean)
  hidden(@Parent() answer: AnswerEntity) {
    return Boolean(answer.hiddenAt);
  }

  @ResolveField(() => Boolean)
  isMine(@Parent() answer: AnswerEntity, @Context() ctx: GraphQLContext) {
    return answer.authorId === viewerOf(ctx).id;
  }
}
