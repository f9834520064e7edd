/**
 * The matching SQL: search_document schema and ranking queries.
 *
 * This module is meant to move into apps/api/src/matching/ (schema -> a
 * migration, queries -> the matching service). Everything query-specific is a
 * bind parameter built by `analyseQuery()` from @deelwijs/taxonomy; all scoring
 * constants come from RANKING (libs/taxonomy/src/ranking.ts).
 */
import { type QueryAnalysis, RANKING, type RankingWeights } from '../../libs/taxonomy/src/index';

/** Extensions, the IMMUTABLE unaccent wrapper, the table and its indexes. */
export const SCHEMA_SQL = /* sql */ `
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- unaccent() is STABLE; this wrapper pins the dictionary so it may be used in
-- generated columns and indexes.
CREATE OR REPLACE FUNCTION public.immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE IF NOT EXISTS search_document (
  member_id          text PRIMARY KEY,            -- uuid in the app
  school_id          text,
  board_id           text,
  role               text,
  -- A: labels + synonyms of the member's subtopics; B: domain labels, tags,
  -- expertise descriptions, headline, labels of inferred subtopics; C: bio
  text_a             text NOT NULL DEFAULT '',
  text_b             text NOT NULL DEFAULT '',
  text_c             text NOT NULL DEFAULT '',
  tsv                tsvector GENERATED ALWAYS AS (
                       setweight(to_tsvector('dutch', public.immutable_unaccent(text_a)), 'A') ||
                       setweight(to_tsvector('dutch', public.immutable_unaccent(text_b)), 'B') ||
                       setweight(to_tsvector('dutch', public.immutable_unaccent(text_c)), 'C')
                     ) STORED,
  subtopics          text[] NOT NULL DEFAULT '{}', -- declared + inferred subtopic slugs
  domains            text[] NOT NULL DEFAULT '{}',
  subtopic_levels    jsonb  NOT NULL DEFAULT '{}', -- {"selectief-mutisme": 3}  declared, rank 1..3
  inferred_subtopics jsonb  NOT NULL DEFAULT '{}', -- {"prikkelverwerking": 2} from tags/bio
  domain_levels      jsonb  NOT NULL DEFAULT '{}', -- {"spraak-taal": 3}
  offers             text[] NOT NULL DEFAULT '{}',
  open_for_questions boolean NOT NULL DEFAULT true,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS search_document_tsv_idx ON search_document USING gin (tsv);
CREATE INDEX IF NOT EXISTS search_document_subtopics_idx ON search_document USING gin (subtopics);
CREATE INDEX IF NOT EXISTS search_document_domains_idx ON search_document USING gin (domains);

-- Document frequencies for the BM25-like idf; refresh after bulk changes
-- (REFRESH MATERIALIZED VIEW CONCURRENTLY search_term_stats) or nightly.
CREATE MATERIALIZED VIEW IF NOT EXISTS search_term_stats AS
  SELECT word, ndoc FROM ts_stat('SELECT tsv FROM search_document');
CREATE UNIQUE INDEX IF NOT EXISTS search_term_stats_word_idx ON search_term_stats (word);
CREATE INDEX IF NOT EXISTS search_term_stats_prefix_idx ON search_term_stats (word COLLATE "C");
`;

export const INSERT_SQL = /* sql */ `
INSERT INTO search_document
  (member_id, school_id, board_id, role, text_a, text_b, text_c, subtopics, domains,
   subtopic_levels, inferred_subtopics, domain_levels, offers, open_for_questions)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
ON CONFLICT (member_id) DO UPDATE SET
  school_id = EXCLUDED.school_id, board_id = EXCLUDED.board_id, role = EXCLUDED.role,
  text_a = EXCLUDED.text_a, text_b = EXCLUDED.text_b, text_c = EXCLUDED.text_c,
  subtopics = EXCLUDED.subtopics, domains = EXCLUDED.domains,
  subtopic_levels = EXCLUDED.subtopic_levels, inferred_subtopics = EXCLUDED.inferred_subtopics,
  domain_levels = EXCLUDED.domain_levels, offers = EXCLUDED.offers,
  open_for_questions = EXCLUDED.open_for_questions, updated_at = now()`;

/**
 * Expert ranking. Bind parameters:
 *  $1 text[]   matched subtopic slugs        $2 float8[] their confidences
 *  $3 text[]   matched domain slugs          $4 float8[] their confidences
 *  $5 text[]   query terms (normalised)      $6 float8[] term weights   $7 bool[] prefix flags
 *  $8 text[]   expansion terms               $9 float8[] weights        $10 bool[] prefix flags
 *  $11 float8[] level factor by rank [0,1,2,3] (specialist variant when asked for)
 *  $12 float8[] weights [subtopic, inferred, domain, text, expansion, available, saturation, subtopicExtra]
 *  $13 int      limit                        $14 int      candidates per source
 * Candidates come from the GIN indexes (see below); each candidate is scored once.
 */
export const SEARCH_SQL = /* sql */ `
WITH
w AS (SELECT $12::float8[] AS k, $11::float8[] AS lf),
n AS MATERIALIZED (SELECT greatest(reltuples, 1)::float8 AS docs FROM pg_class WHERE oid = 'search_document'::regclass),
qt AS MATERIALIZED (
  SELECT x.term, x.weight, q.q, coalesce(st.df, 0) AS df,
         ln(1 + (n.docs - coalesce(st.df, 0) + 0.5) / (coalesce(st.df, 0) + 0.5)) AS idf
  FROM unnest($5::text[], $6::float8[], $7::bool[]) AS x(term, weight, prefix)
  CROSS JOIN n
  CROSS JOIN LATERAL (SELECT to_tsquery('dutch', x.term || CASE WHEN x.prefix THEN ':*' ELSE '' END) AS q,
                             (tsvector_to_array(to_tsvector('dutch', x.term)))[1] AS lexeme) q
  CROSS JOIN LATERAL (
    SELECT CASE WHEN x.prefix
             THEN (SELECT max(s.ndoc) FROM search_term_stats s
                   WHERE s.word COLLATE "C" >= q.lexeme AND s.word COLLATE "C" < q.lexeme || '{')
             ELSE (SELECT s.ndoc FROM search_term_stats s WHERE s.word = q.lexeme)
           END AS df
  ) st
  WHERE numnode(q.q) > 0
),
qe AS MATERIALIZED (
  SELECT x.term, x.weight, q.q, coalesce(st.df, 0) AS df,
         ln(1 + (n.docs - coalesce(st.df, 0) + 0.5) / (coalesce(st.df, 0) + 0.5)) AS idf
  FROM unnest($8::text[], $9::float8[], $10::bool[]) AS x(term, weight, prefix)
  CROSS JOIN n
  CROSS JOIN LATERAL (SELECT to_tsquery('dutch', x.term) AS q,
                             (tsvector_to_array(to_tsvector('dutch', x.term)))[1] AS lexeme) q
  CROSS JOIN LATERAL (SELECT (SELECT s.ndoc FROM search_term_stats s WHERE s.word = q.lexeme) AS df) st
  WHERE numnode(q.q) > 0
),
-- candidate generation, bounded and index-driven:
--  (1) members with a confidently matched subtopic (GIN on subtopics), best taxonomy score first
--  (2) members matching a selective query or expansion term (GIN on tsv; df <= max(5 %, 5000)), best ts_rank first
--  (3) only when (1) and (2) have nothing to go on: members in a matched domain
strong AS (SELECT coalesce(array_agg(slug), '{}') AS s FROM unnest($1::text[], $2::float8[]) h(slug, conf) WHERE conf >= 0.3),
rare AS (
  SELECT string_agg(t.q::text, ' | ') AS s
  FROM (SELECT q, df FROM qt UNION ALL SELECT q, df FROM qe) t, n
  WHERE t.df <= greatest(0.05 * n.docs, 5000)
),
cand_tax AS (
  SELECT d.member_id FROM search_document d, w
  WHERE d.subtopics && (SELECT s FROM strong)
  ORDER BY (SELECT max(h.conf * w.lf[1 + coalesce(d.subtopic_levels ->> h.slug, d.inferred_subtopics ->> h.slug, '0')::int])
            FROM unnest($1::text[], $2::float8[]) h(slug, conf)) DESC
  LIMIT $14
),
cand_txt AS (
  SELECT d.member_id FROM search_document d
  WHERE (SELECT s FROM rare) IS NOT NULL AND d.tsv @@ (SELECT s FROM rare)::tsquery
  ORDER BY ts_rank('{${RANKING.tsWeights.join(',')}}', d.tsv, (SELECT s FROM rare)::tsquery) DESC
  LIMIT $14
),
cand_dom AS (
  SELECT d.member_id FROM search_document d, w
  WHERE cardinality((SELECT s FROM strong)) = 0 AND (SELECT s FROM rare) IS NULL AND d.domains && $3::text[]
  ORDER BY (SELECT max(h.conf * w.lf[1 + (d.domain_levels ->> h.slug)::int])
            FROM unnest($3::text[], $4::float8[]) h(slug, conf) WHERE d.domain_levels ? h.slug) DESC
  LIMIT $14
),
cand AS (
  SELECT d.* FROM search_document d
  WHERE d.member_id IN (SELECT member_id FROM cand_tax UNION SELECT member_id FROM cand_txt UNION SELECT member_id FROM cand_dom)
),
scored AS (
  SELECT c.member_id, c.open_for_questions,
    -- taxonomy: best declared subtopic hit x level factor, plus a share of further hits
    coalesce((SELECT max(h.conf * w.lf[1 + (c.subtopic_levels ->> h.slug)::int]) + w.k[8] * (sum(h.conf * w.lf[1 + (c.subtopic_levels ->> h.slug)::int]) - max(h.conf * w.lf[1 + (c.subtopic_levels ->> h.slug)::int]))
              FROM unnest($1::text[], $2::float8[]) h(slug, conf) WHERE c.subtopic_levels ? h.slug), 0) AS s_sub,
    coalesce((SELECT max(h.conf * w.lf[1 + (c.inferred_subtopics ->> h.slug)::int])
              FROM unnest($1::text[], $2::float8[]) h(slug, conf) WHERE c.inferred_subtopics ? h.slug), 0) AS s_inf,
    coalesce((SELECT max(h.conf * w.lf[1 + (c.domain_levels ->> h.slug)::int])
              FROM unnest($3::text[], $4::float8[]) h(slug, conf) WHERE c.domain_levels ? h.slug), 0) AS s_dom,
    -- text: BM25-like, saturated weighted term frequency x idf, normalised by the query's idf mass
    coalesce((SELECT sum(t.idf * t.weight * r.tf / (r.tf + w.k[7])) / nullif(sum(t.idf * t.weight), 0)
              FROM qt t CROSS JOIN LATERAL (SELECT ts_rank('{${RANKING.tsWeights.join(',')}}', c.tsv, t.q, 0) AS tf) r), 0) AS s_text,
    coalesce((SELECT sum(t.idf * t.weight * r.tf / (r.tf + w.k[7])) / nullif(sum(t.idf * t.weight), 0)
              FROM qe t CROSS JOIN LATERAL (SELECT ts_rank('{${RANKING.tsWeights.join(',')}}', c.tsv, t.q, 0) AS tf) r), 0) AS s_exp
  FROM cand c, w
)
SELECT s.member_id,
       w.k[1] * s.s_sub + w.k[2] * s.s_inf + w.k[3] * s.s_dom + w.k[4] * s.s_text + w.k[5] * s.s_exp
         + CASE WHEN s.open_for_questions THEN w.k[6] ELSE 0 END AS score,
       s.s_sub, s.s_inf, s.s_dom, s.s_text, s.s_exp
FROM scored s, w
ORDER BY score DESC, s.member_id
LIMIT $13`;

/** Bind parameters for SEARCH_SQL from a query analysis. */
export function searchParams(
  a: QueryAnalysis,
  limit = 10,
  weights: RankingWeights = RANKING,
): unknown[] {
  const lf = a.wantsSpecialist ? weights.specialistLevelFactor : weights.levelFactor;
  return [
    a.subtopics.map((h) => h.slug),
    a.subtopics.map((h) => h.score),
    a.domains.map((h) => h.slug),
    a.domains.map((h) => h.score),
    a.terms.map((t) => t.term),
    a.terms.map((t) => t.weight),
    a.terms.map((t) => t.prefix),
    a.expansionTerms.map((t) => t.term),
    a.expansionTerms.map((t) => t.weight),
    a.expansionTerms.map((t) => t.prefix),
    lf,
    [
      weights.subtopic,
      weights.inferredSubtopic,
      weights.domain,
      weights.text,
      weights.expansion,
      weights.available,
      weights.saturation,
      weights.subtopicExtra,
    ],
    limit,
    weights.candidateLimit,
  ];
}

/** Baseline: naive ts_rank over the same document with websearch_to_tsquery (AND semantics). */
export const NAIVE_TS_RANK_SQL = /* sql */ `
SELECT member_id, ts_rank(tsv, websearch_to_tsquery('dutch', public.immutable_unaccent($1))) AS score
FROM search_document
ORDER BY score DESC, member_id
LIMIT $2`;

/** Baseline: naive ts_rank with OR semantics over the raw query words. */
export const NAIVE_OR_SQL = /* sql */ `
WITH q AS (
  SELECT to_tsquery('dutch', coalesce(nullif(array_to_string(tsvector_to_array(to_tsvector('dutch', public.immutable_unaccent($1))), ' | '), ''), 'xxxx')) AS q
)
SELECT member_id, ts_rank(tsv, q.q) AS score
FROM search_document, q
ORDER BY score DESC, member_id
LIMIT $2`;
