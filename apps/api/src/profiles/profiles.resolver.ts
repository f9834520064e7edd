import { EXPERTISE_SOURCES, OFFER_TYPES } from '@deelwijs/taxonomy';
import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentMember, ViewerLocale } from '../common/auth.decorators';
import { GraphQLContext, Locale, requestLoader } from '../common/request-context';
import { Member } from '../members/dto/member.type';
import { showsAsFormerMember } from '../members/former-member';
import { MemberEntity } from '../members/member.entity';
import { Domain, Subtopic } from '../taxonomy/dto/taxonomy.types';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { Expertise, ExpertiseProfile } from './dto/profile.types';
import { UpdateProfileInput } from './dto/update-profile.input';
import { ExpertiseEntryEntity, ExpertiseProfileEntity } from './profile.entities';
import { profileCompleteness } from './profile-rules';
import { ProfilesService } from './profiles.service';

const entriesOf = (ctx: GraphQLContext, profiles: ProfilesService, memberId: string) =>
  requestLoader(ctx, 'expertise-entries', () => profiles.createEntriesLoader()).load(memberId);

@Resolver(() => Member)
export class MemberProfileResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @ResolveField(() => ExpertiseProfile, {
    nullable: true,
    description: 'Null until the member fills it in, and for a former member (oud-lid).',
  })
  profile(
    @Parent() member: MemberEntity,
    @Context() ctx: GraphQLContext,
    @CurrentMember() viewer?: MemberEntity,
  ) {
    if (showsAsFormerMember(member, viewer)) return null;
    return requestLoader(ctx, 'expertise-profile', () => this.profiles.createProfileLoader()).load(
      member.id,
    );
  }

  @Mutation(() => Member, {
    description: 'Saves your expertise profile; a refused update changes nothing.',
  })
  updateMyProfile(@CurrentMember() member: MemberEntity, @Args('input') input: UpdateProfileInput) {
    return this.profiles.updateMyProfile(member, input);
  }
}

@Resolver(() => ExpertiseProfile)
export class ExpertiseProfileResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @ResolveField(() => [Expertise])
  expertise(@Parent() profile: ExpertiseProfileEntity, @Context() ctx: GraphQLContext) {
    return entriesOf(ctx, this.profiles, profile.memberId);
  }

  @ResolveField(() => Int)
  async completeness(@Parent() profile: ExpertiseProfileEntity, @Context() ctx: GraphQLContext) {
    const entries = await entriesOf(ctx, this.profiles, profile.memberId);
    return profileCompleteness({ ...profile, entries });
  }
}

@Resolver(() => Expertise)
export class ExpertiseResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => Domain)
  async domain(@Parent() entry: ExpertiseEntryEntity) {
    return (await this.taxonomy.snapshot()).domainBySlug.get(entry.domainSlug);
  }

  @ResolveField(() => [Subtopic])
  async subtopics(@Parent() entry: ExpertiseEntryEntity) {
    const snapshot = await this.taxonomy.snapshot();
    return entry.subtopicSlugs.flatMap((slug) => snapshot.subtopicBySlug.get(slug) ?? []);
  }

  @ResolveField(() => String, { nullable: true })
  sourceLabel(@Parent() entry: ExpertiseEntryEntity, @ViewerLocale() locale: Locale) {
    const source = EXPERTISE_SOURCES.find((s) => s.slug === entry.source);
    return source ? (locale === 'en' ? source.label_en : source.label_nl) : null;
  }

  @ResolveField(() => [String])
  offerLabels(@Parent() entry: ExpertiseEntryEntity, @ViewerLocale() locale: Locale) {
    return entry.offers.map((slug) => {
      const offer = OFFER_TYPES.find((o) => o.slug === slug);
      return offer ? (locale === 'en' ? offer.label_en : offer.label_nl) : slug;
    });
  }
}
