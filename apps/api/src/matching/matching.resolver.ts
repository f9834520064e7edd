import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentMember, ViewerLocale } from '../common/auth.decorators';
import { GraphQLContext, Locale, requestLoader } from '../common/request-context';
import { Member } from '../members/dto/member.type';
import { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { OrganisationService } from '../organisation/organisation.service';
import { ProfilesService } from '../profiles/profiles.service';
import { SearchExpertsArgs, SubtopicSuggestionsArgs } from './dto/expert-filter.input';
import { ExpertMatch, ExpertSearchResult, SubtopicSuggestion } from './dto/expert-search.types';
import { MatchingService } from './matching.service';

@Resolver(() => ExpertMatch)
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly members: MembersService,
    private readonly organisation: OrganisationService,
    private readonly profiles: ProfilesService,
  ) {}

  @Query(() => ExpertSearchResult, {
    description:
      'Colleagues who can help with a question in plain Dutch, best first, each with reasons.',
  })
  async searchExperts(
    @CurrentMember() viewer: MemberEntity,
    @ViewerLocale() locale: Locale,
    @Args() args: SearchExpertsArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<ExpertSearchResult> {
    const result = await this.matching.search(viewer, args, locale);
    this.primeLoaders(ctx, result.nodes);
    return result;
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

  /**
   * The ranking statement already read each hit's member, school, profile and expertise: hand
   * them to the loaders the Member field resolvers use, so the result cards cost no queries.
   */
  private primeLoaders(ctx: GraphQLContext, nodes: ExpertMatch[]) {
    const members = requestLoader(ctx, 'member', () => this.members.createLoader());
    const schools = requestLoader(ctx, 'school', () => this.organisation.createSchoolLoader());
    const profiles = requestLoader(ctx, 'expertise-profile', () =>
      this.profiles.createProfileLoader(),
    );
    const entries = requestLoader(ctx, 'expertise-entries', () =>
      this.profiles.createEntriesLoader(),
    );
    for (const { memberId, preload } of nodes) {
      if (!preload) continue;
      members.prime(memberId, preload.member);
      if (preload.school) schools.prime(preload.school.id, preload.school);
      profiles.prime(memberId, preload.profile);
      entries.prime(memberId, preload.entries);
    }
  }
}
