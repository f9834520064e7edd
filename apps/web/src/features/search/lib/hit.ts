import type { ExpertiseLevel, SearchExpertsQuery } from '../../../gql/graphql';

export type ExpertHit = SearchExpertsQuery['searchExperts']['nodes'][number];
type Expertise = NonNullable<ExpertHit['member']['profile']>['expertise'][number];

const LEVEL_RANK: Record<ExpertiseLevel, number> = { BASIS: 1, GEVORDERD: 2, SPECIALIST: 3 };

export interface MatchedExpertise {
  slug: string;
  label: string;
  level: ExpertiseLevel | null;
}

function best(entries: Expertise[]): Expertise | undefined {
  return [...entries].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level])[0];
}

/**
 * The matched subtopics with the colleague's level: from the entry that lists the subtopic, or
 * else from the entry in the subtopic's domain (a match found in the entry's description).
 */
export function matchedExpertise(hit: ExpertHit): MatchedExpertise[] {
  const entries = hit.member.profile?.expertise ?? [];
  return hit.matchedSubtopics.map((subtopic) => {
    const entry =
      best(entries.filter((e) => e.subtopics.some((s) => s.slug === subtopic.slug))) ??
      best(entries.filter((e) => e.domain.slug === subtopic.domainSlug));
    return { slug: subtopic.slug, label: subtopic.label, level: entry?.level ?? null };
  });
}

/** Offer labels of the entries that match; all entries' offers when none matches. */
export function relevantOffers(hit: ExpertHit): string[] {
  const entries = hit.member.profile?.expertise ?? [];
  const slugs = new Set(hit.matchedSubtopics.map((s) => s.slug));
  const domains = new Set(hit.matchedSubtopics.map((s) => s.domainSlug));
  const matching = entries.filter(
    (e) => e.subtopics.some((s) => slugs.has(s.slug)) || domains.has(e.domain.slug),
  );
  return [...new Set((matching.length ? matching : entries).flatMap((e) => e.offerLabels))];
}
