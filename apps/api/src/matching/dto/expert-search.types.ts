import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { Member } from '../../members/dto/member.type';
import { MemberEntity } from '../../members/member.entity';
import { SchoolEntity } from '../../organisation/school.entity';
import { ExpertiseEntryEntity, ExpertiseProfileEntity } from '../../profiles/profile.entities';
import { Domain, Subtopic } from '../../taxonomy/dto/taxonomy.types';
import { TaxonomyDomainEntity, TaxonomySubtopicEntity } from '../../taxonomy/taxonomy.entities';

@ObjectType('ExpertMatch')
export class ExpertMatch {
  /** Internal: the member is loaded by the resolver (batched). */
  memberId!: string;

  /**
   * Internal: the rows of the result card, read by the ranking statement; the resolver primes
   * the request's loaders with them, so a page of results costs no further queries.
   */
  preload?: {
    member: MemberEntity;
    school: SchoolEntity | null;
    profile: ExpertiseProfileEntity | null;
    entries: ExpertiseEntryEntity[];
  };

  @Field(() => Member)
  member?: Member;

  @Field(() => Float, { description: 'Relevance; only comparable within one search.' })
  score!: number;

  @Field(() => [String], {
    description: 'Why this colleague was found, in the viewer’s language.',
  })
  reasons!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Part of the bio, HTML-escaped, with matched words in <mark>…</mark>.',
  })
  snippet!: string | null;

  @Field(() => [Subtopic], { description: 'The asked-for subtopics this colleague has.' })
  matchedSubtopics!: TaxonomySubtopicEntity[];
}

@ObjectType('FacetValue')
export class FacetValue {
  @Field({ description: 'Slug or id, as used in ExpertFilter.' })
  value!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Facet')
export class Facet {
  @Field({ description: 'domain | subtopic | school | board | role | offer' })
  field!: string;

  @Field(() => [FacetValue], { description: 'Most frequent first (at most 30).' })
  values!: FacetValue[];
}

@ObjectType('ExpertPageInfo')
export class ExpertPageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}

@ObjectType('ExpertSearchResult')
export class ExpertSearchResult {
  @Field(() => Int, {
    description:
      'Number of matching colleagues (after filters). The ranking considers the best few hundred candidates per query, so very broad questions count at most that many.',
  })
  total!: number;

  @Field(() => [ExpertMatch])
  nodes!: ExpertMatch[];

  @Field(() => [Facet], {
    description:
      'Counts per value over the matches of this search and filter; a filtered field is counted without its own filter, so the counts say what adding a value would give.',
  })
  facets!: Facet[];

  @Field(() => ExpertPageInfo)
  pageInfo!: ExpertPageInfo;
}

@ObjectType('SubtopicSuggestion')
export class SubtopicSuggestion {
  @Field(() => Subtopic)
  subtopic!: TaxonomySubtopicEntity;

  @Field(() => Domain)
  domain!: TaxonomyDomainEntity;

  @Field({ description: 'The label or synonym that matched what was typed.' })
  matched!: string;
}
