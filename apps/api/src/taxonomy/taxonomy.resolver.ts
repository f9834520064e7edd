import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentMember, Public, Roles, ViewerLocale } from '../common/auth.decorators';
import { Locale } from '../common/request-context';
import { MemberEntity, PlatformRole } from '../members/member.entity';
import {
  AddSubtopicInput,
  SetSubtopicRetiredInput,
  UpdateSubtopicInput,
} from './dto/taxonomy.inputs';
import {
  Domain,
  ExpertiseLevelInfo,
  ExpertiseSource,
  OfferType,
  Subtopic,
} from './dto/taxonomy.types';
import { TaxonomyDomainEntity, TaxonomySubtopicEntity } from './taxonomy.entities';
import { localLabel, TaxonomyService } from './taxonomy.service';

@Resolver(() => Domain)
export class TaxonomyResolver {
  constructor(private readonly taxonomyService: TaxonomyService) {}

  @Public()
  @Query(() => [Domain], {
    description: 'Domains with their subtopics, labels in the viewer’s locale.',
  })
  async taxonomy(): Promise<TaxonomyDomainEntity[]> {
    return (await this.taxonomyService.snapshot()).domains;
  }

  @Public()
  @Query(() => [OfferType])
  offerTypes(@ViewerLocale() locale: Locale) {
    return this.taxonomyService.offerTypes(locale);
  }

  @Public()
  @Query(() => [ExpertiseSource])
  expertiseSources(@ViewerLocale() locale: Locale) {
    return this.taxonomyService.expertiseSources(locale);
  }

  @Public()
  @Query(() => [ExpertiseLevelInfo])
  expertiseLevels(@ViewerLocale() locale: Locale) {
    return this.taxonomyService.levels(locale);
  }

  @ResolveField(() => String)
  label(@Parent() domain: TaxonomyDomainEntity, @ViewerLocale() locale: Locale) {
    return localLabel(domain, locale);
  }

  @ResolveField(() => String)
  description(@Parent() domain: TaxonomyDomainEntity) {
    return domain.descriptionNl;
  }

  @ResolveField(() => [Subtopic], { description: 'Retired subtopics only with includeRetired.' })
  async subtopics(
    @Parent() domain: TaxonomyDomainEntity,
    @Args('includeRetired', { defaultValue: false }) includeRetired: boolean,
  ) {
    const list = (await this.taxonomyService.snapshot()).subtopicsByDomain.get(domain.slug) ?? [];
    return includeRetired ? list : list.filter((s) => !s.retiredAt);
  }

  @Roles(PlatformRole.ADMIN)
  @Mutation(() => Subtopic, { description: 'Admin: add a subtopic to a domain.' })
  addSubtopic(@CurrentMember() actor: MemberEntity, @Args('input') input: AddSubtopicInput) {
    return this.taxonomyService.addSubtopic(actor.id, input);
  }

  @Roles(PlatformRole.ADMIN)
  @Mutation(() => Subtopic, {
    description: 'Admin: rename a subtopic or change its synonyms or signals.',
  })
  updateSubtopic(@CurrentMember() actor: MemberEntity, @Args('input') input: UpdateSubtopicInput) {
    return this.taxonomyService.updateSubtopic(actor.id, input);
  }

  @Roles(PlatformRole.ADMIN)
  @Mutation(() => Subtopic, { description: 'Admin: retire (or restore) a subtopic.' })
  setSubtopicRetired(
    @CurrentMember() actor: MemberEntity,
    @Args('input') input: SetSubtopicRetiredInput,
  ) {
    return this.taxonomyService.setRetired(actor.id, input);
  }
}

@Resolver(() => Subtopic)
export class SubtopicResolver {
  @ResolveField(() => String)
  label(@Parent() subtopic: TaxonomySubtopicEntity, @ViewerLocale() locale: Locale) {
    return localLabel(subtopic, locale);
  }

  @ResolveField(() => [String])
  synonyms(@Parent() subtopic: TaxonomySubtopicEntity) {
    return subtopic.synonymsNl;
  }

  @ResolveField(() => [String])
  signals(@Parent() subtopic: TaxonomySubtopicEntity) {
    return subtopic.signalsNl;
  }

  @ResolveField(() => Boolean)
  retired(@Parent() subtopic: TaxonomySubtopicEntity) {
    return Boolean(subtopic.retiredAt);
  }
}
