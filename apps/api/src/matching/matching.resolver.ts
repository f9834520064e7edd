import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentMember, ViewerLocale } from '../common/auth.decorators';
import { GraphQLContext, Locale, requestLoader } from '../common/request-context';
import { Member } from '../members/dto/member.type';
import { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { SearchExpertsArgs, SubtopicSuggestionsArgs } from './dto/expert-filter.input';
import { ExpertMatch, ExpertSearchResult, SubtopicSuggestion } from './dto/expert-search.types';
import { MatchingService } from './matching.service';

@Resolver(() => ExpertMatch)
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly members: MembersService,
  ) {}

  @Query(() => ExpertSearchResult, {
    description:
      'Colleagues who can help with a question in plain Dutch, best first, each with reasons.',
  })
  searchExperts(
    @CurrentMember() viewer: MemberEntity,
    @ViewerLocale() locale: Locale,
    @Args() args: SearchExpertsArgs,
  ): Promise<ExpertSearchResult> {
    return this.matching.search(viewer, args, locale);
  }

  @Query(() => [SubtopicSuggestion], {
    description: 'Subtopics for the search box while typing (labels, synonyms, typos).',
  })
  subtopicSuggestions(@ViewerLocale() locale: Locale, @Args() args: SubtopicSuggestionsArgs) {
    return this.matching.suggestions(args.prefix, args.first, locale);
  }

  @ResolveField(() => Member)
  member(@Parent() match: ExpertMatch, @Context() ctx: GraphQLContext) {
    return requestLoader(ctx, 'member', () => this.members.createLoader()).load(match.memberId);
  }
}
