/**
 * The expert-ranking statement (one round trip: candidates, scores, page, total and facets).
 * Each row of the page also carries the rows its result card shows (member, school, profile,
 * expertise entries, as `to_jsonb`), which prime the request's DataLoaders.
 * Everything query-specific is a bind parameter built by MatchingService from `analyseQuery`;
 * the weights come from RANKING (@deelwijs/taxonomy). See docs/ARCHITECTURE.md (Matching).
 *
 *  $1 text[]  subtopic hits        $2 float8[] their confidences
 *  $3 text[]  domain hits          $4 float8[] their confidences
 *  $5 text[]  query terms          $6 float8[] weights   $7 bool[] prefix flags
 *  $8 text[]  expansion terms      $9 float8[] weights
 *  $10 float8[] level factor by rank [0,1,2,3]
 *  $11 float8[] weights [subtopic, inferred, domain, text, expansion, available, saturation,
 *               subtopicExtra, sameSchool, sameBoard]
 *  $12 float8[] ts_rank weights {D,C,B,A}
 *  $13 int    candidates per source
 *  $14 float8[] [rare-term share of documents, rare-term minimum df, minimum relevance,
 *               relative cut-off]
 *  $15 uuid   searcher (excluded)  $16 uuid searcher's school (same board: via school)
 *  $17 text[] filter domains       $18 text[] subtopics   $19 uuid[] schools  $20 uuid[] boards
 *  $21 text[] roles                $22 text[] offers      $23 bool   available only
 *  $24 int    offset               $25 int    page size      $26 bool   any filter set
 *  $27 int    expansion terms scored (the most informative ones)
 */

/** Always: active members other than the searcher (search_document row `d`). */
const BASE = /* sql */ `d.active AND ($15::uuid IS NULL OR d.member_id <> $15::uuid)`;

/** One condition per filter field on a search_document row `d` (true when the field is unset). */
const FILTER = {
  domain: `($17::text[] IS NULL OR d.domain_levels ?| $17::text[])`,
  subtopic: `($18::text[] IS NULL OR d.subtopic_levels ?| $18::text[])`,
  school: `($19::uuid[] IS NULL OR d.school_id = ANY($19::uuid[]))`,
  board: `($20::uuid[] IS NULL OR d.board_id = ANY($20::uuid[]))`,
  role: `($21::text[] IS NULL OR d.role = ANY($21::text[]))`,
  offer: `($22::text[] IS NULL OR d.offers && $22::text[])`,
  available: `(NOT $23::boolean OR d.open_for_questions)`,
};
type FilterField = keyof typeof FILTER;
const FILTER_FIELDS = Object.keys(FILTER) as FilterField[];

/** All filters (applied while collecting candidates). */
const FILTERS = [BASE, ...FILTER_FIELDS.map((f) => FILTER[f])].join(' AND ');

/**
 * The same for a search_topic row `st`: the document is read only when a filter is set, by
 * primary key per topic row (a scalar subquery: as EXISTS, PostgreSQL may hash the filtered
 * documents instead, reading the whole table for a filter most members pass).
 */
const TOPIC_FILTERS = /* sql */ `
  ($15::uuid IS NULL OR st.member_id <> $15::uuid)
  AND (NOT $26::boolean
       OR coalesce((SELECT ${FILTERS} FROM search_document d WHERE d.member_id = st.member_id), false))`;
const TOPIC_BASE = /* sql */ `($15::uuid IS NULL OR st.member_id <> $15::uuid)`;

/** No school or board filter (those candidates come through the school or board index). */
const ORG_UNSET = /* sql */ `($19::uuid[] IS NULL AND $20::uuid[] IS NULL)`;
/** No subtopic or domain filter either: the topic index leads, each holder's document tested. */
const TOPIC_LED = /* sql */ `(${ORG_UNSET} AND $17::text[] IS NULL AND $18::text[] IS NULL)`;

/** The filter flags of a row aliased `alias`, all of them or all but one field's, ANDed. */
const FLAGS = (alias: string, except?: FilterField) =>
  FILTER_FIELDS.filter((f) => f !== except)
    .map((f) => `${alias}.f_${f}`)
    .join(' AND ');

/**
 * BM25-like text relevance: saturated weighted term frequency (ts_rank of a one-word query)
 * times idf, normalised by the idf mass of all the query's terms (`norm`).
 */
const TEXT_SCORE = (terms: string) => /* sql */ `
  coalesce((SELECT sum(t.idf * t.weight * r.tf / (r.tf + w.k[7]))
              FROM ${terms} t CROSS JOIN LATERAL (SELECT ts_rank($12::float4[], c.tsv, t.q, 0) AS tf) r
             WHERE c.tsv @@ t.q) / (SELECT ${terms} FROM norm), 0)`;

const LEVEL_HIT = (levels: string) => `w.lf[1 + (c.${levels} ->> h.slug)::int]`;

/**
 * The candidate sources: (1)-(3) always, (4) and (5) when the filters they serve are set. The
 * filtered set is collected under all filters; when a filter is set the unfiltered set (1)-(3)
 * is collected as well (`_all`), so that a field's facet can count the values one could switch
 * to (its counts ignore that field's own filter).
 */
const CANDIDATES = (suffix: string, filtered: boolean) => /* sql */ `
-- (1) members holding a confidently matched subtopic: top-K per subtopic by level from the btree
cand_tax${suffix} AS (
  SELECT t.member_id
    FROM strong h CROSS JOIN w
    CROSS JOIN LATERAL (
      SELECT st.member_id, st.level, st.kind FROM search_topic st
       WHERE st.topic = h.slug AND st.kind <> 'd' AND st.active
         AND ${filtered ? TOPIC_FILTERS : TOPIC_BASE}
       ORDER BY st.rank DESC, st.member_id LIMIT $13) t
   WHERE ${filtered ? TOPIC_LED : '$26::boolean'}
   GROUP BY t.member_id
   ORDER BY max(h.conf * w.lf[1 + t.level] * CASE WHEN t.kind = 'i' THEN w.k[2] ELSE 1 END) DESC
   LIMIT $13
),
-- (2) members whose text has a selective query or expansion term (GIN), best ts_rank first
cand_txt${suffix} AS (
  SELECT d.member_id FROM search_document d
   WHERE ${filtered ? '' : '$26::boolean AND'} (SELECT q FROM rare) IS NOT NULL
     AND d.tsv @@ (SELECT q FROM rare) AND ${filtered ? FILTERS : BASE}
   ORDER BY ts_rank($12::float4[], d.tsv, (SELECT q FROM rare)) DESC
   LIMIT $13
),
-- (3) members in a matched domain, best level first: a few per domain next to (1) and (2),
--     all candidates when the question has no subtopic and no selective word
cand_dom${suffix} AS (
  SELECT t.member_id
    FROM unnest($3::text[], $4::float8[]) AS h(slug, conf) CROSS JOIN fallback f
    CROSS JOIN LATERAL (
      SELECT st.member_id FROM search_topic st
       WHERE st.topic = h.slug AND st.kind = 'd' AND st.active
         AND ${filtered ? TOPIC_FILTERS : TOPIC_BASE}
       ORDER BY st.rank DESC, st.member_id
       LIMIT CASE WHEN f.only_domains THEN $13 ELSE $13 / 3 END) t
   WHERE ${filtered ? `${TOPIC_LED} AND` : '$26::boolean AND'} (f.only_domains OR h.conf >= 0.3)
)${
  filtered
    ? `,
-- (4) with a school or board filter: that organisation's members with any of the question's
--     subtopics or domains, through the school or board index (walking the topic index and
--     testing each holder's school would read thousands of rows for a few hits)
cand_org AS (
  SELECT d.member_id FROM search_document d
   WHERE NOT ${ORG_UNSET} AND ${FILTERS}
     AND (d.subtopic_levels ?| (SELECT array_agg(slug) FROM strong)
          OR d.inferred_subtopics ?| (SELECT array_agg(slug) FROM strong)
          OR d.domain_levels ?| $3::text[])
   LIMIT $13 * 10
),
-- (5) with a subtopic or domain filter, the holders of a filtered subtopic or domain are the
--     universe: those who also hold one of the question's subtopics (two topic-index ranges,
--     hash-joined), and the best of them by their filtered topic's level
sel_q AS MATERIALIZED (
  SELECT q.member_id, q.rank FROM search_topic q
   WHERE ${ORG_UNSET} AND NOT ${TOPIC_LED}
     AND q.topic IN (SELECT slug FROM strong) AND q.kind <> 'd' AND q.active
),
sel_f AS MATERIALIZED (
  SELECT f.member_id, max(f.rank) AS rank
    FROM (SELECT member_id, rank FROM search_topic
           WHERE ${ORG_UNSET} AND NOT ${TOPIC_LED}
             AND topic = ANY($18::text[]) AND kind <> 'd' AND active
          UNION ALL
          SELECT member_id, rank FROM search_topic
           WHERE ${ORG_UNSET} AND NOT ${TOPIC_LED} AND topic = ANY($17::text[]) AND kind = 'd' AND active) f
   GROUP BY f.member_id
),
-- (the other filters are tested on a bounded number of the best rows)
cand_sel AS (
  (SELECT st.member_id
     FROM (SELECT q.member_id, max(q.rank) AS rank FROM sel_q q JOIN sel_f USING (member_id)
            GROUP BY q.member_id ORDER BY 2 DESC, 1 LIMIT $13 * 10) st
    WHERE ${TOPIC_FILTERS}
    ORDER BY st.rank DESC, st.member_id
    LIMIT $13 * 2)
  UNION
  (SELECT st.member_id
     FROM (SELECT member_id, rank FROM sel_f ORDER BY rank DESC, member_id LIMIT $13 * 10) st
    WHERE ${TOPIC_FILTERS}
    ORDER BY st.rank DESC, st.member_id
    LIMIT $13)
)`
    : ''
}`;

export const SEARCH_SQL = /* sql */ `
WITH
w AS MATERIALIZED (SELECT $11::float8[] AS k, $10::float8[] AS lf, $14::float8[] AS cut),
n AS MATERIALIZED (
  SELECT greatest(coalesce((SELECT ndoc FROM search_term WHERE lexeme = ''), 0), 1)::float8 AS docs
),
terms AS MATERIALIZED (
  SELECT x.term, x.weight, x.expansion, q.q, least(coalesce(st.df, 0), n.docs) AS df
    FROM (SELECT term, weight, prefix, false AS expansion
            FROM unnest($5::text[], $6::float8[], $7::bool[]) AS u(term, weight, prefix)
          UNION ALL
          SELECT term, weight, false, true FROM unnest($8::text[], $9::float8[]) AS u(term, weight)) x
    CROSS JOIN n
    CROSS JOIN LATERAL (
      SELECT to_tsquery('dutch', x.term || CASE WHEN x.prefix THEN ':*' ELSE '' END) AS q,
             (tsvector_to_array(to_tsvector('dutch', x.term)))[1] AS lexeme) q
    CROSS JOIN LATERAL (
      SELECT CASE WHEN x.prefix
               THEN (SELECT max(s.ndoc) FROM search_term s
                      WHERE s.lexeme >= q.lexeme AND s.lexeme < q.lexeme || '{')
               ELSE (SELECT s.ndoc FROM search_term s WHERE s.lexeme = q.lexeme)
             END AS df) st
   WHERE numnode(q.q) > 0
),
qt AS MATERIALIZED (
  SELECT t.term, t.weight, t.q, t.df, ln(1 + (n.docs - t.df + 0.5) / (t.df + 0.5)) AS idf
    FROM terms t, n WHERE NOT t.expansion
),
qe AS MATERIALIZED (
  SELECT t.term, t.weight, t.q, t.df, ln(1 + (n.docs - t.df + 0.5) / (t.df + 0.5)) AS idf
    FROM terms t, n WHERE t.expansion
   ORDER BY t.weight * ln(1 + (n.docs - t.df + 0.5) / (t.df + 0.5)) DESC, t.term
   LIMIT $27
),
norm AS MATERIALIZED (
  SELECT nullif((SELECT sum(idf * weight) FROM qt), 0) AS qt,
         nullif((SELECT sum(idf * weight) FROM qe), 0) AS qe
),
-- the question's own selective words (expansion words belong to matched subtopics, whose
-- holders come from the taxonomy candidates)
rare AS MATERIALIZED (
  SELECT string_agg(t.q::text, ' | ')::tsquery AS q
    FROM qt t, n, w WHERE t.df <= greatest(w.cut[1] * n.docs, w.cut[2])
),
strong AS MATERIALIZED (
  SELECT h.slug, h.conf FROM unnest($1::text[], $2::float8[]) AS h(slug, conf) WHERE h.conf >= 0.3
),
fallback AS MATERIALIZED (
  SELECT NOT EXISTS (SELECT 1 FROM strong) AND (SELECT q FROM rare) IS NULL AS only_domains
),
${CANDIDATES('', true)},
${CANDIDATES('_all', false)},
cand AS MATERIALIZED (
  SELECT d.member_id, d.school_id, d.board_id, d.role, d.open_for_questions, d.subtopic_levels,
         d.inferred_subtopics, d.domain_levels, d.offers,
         -- a fresh (decompressed) copy: every term test below reads it from memory
         d.tsv || ''::tsvector AS tsv,
         ${FILTER_FIELDS.map((f) => `${FILTER[f]} AS f_${f}`).join(', ')}
    FROM search_document d
   WHERE d.member_id IN (SELECT member_id FROM cand_tax UNION SELECT member_id FROM cand_txt
                         UNION SELECT member_id FROM cand_dom UNION SELECT member_id FROM cand_org
                         UNION SELECT member_id FROM cand_sel
                         UNION SELECT member_id FROM cand_tax_all
                         UNION SELECT member_id FROM cand_txt_all
                         UNION SELECT member_id FROM cand_dom_all)
),
scored AS MATERIALIZED (
  SELECT c.*,
    coalesce((SELECT max(h.conf * ${LEVEL_HIT('subtopic_levels')})
                     + w.k[8] * (sum(h.conf * ${LEVEL_HIT('subtopic_levels')})
                                 - max(h.conf * ${LEVEL_HIT('subtopic_levels')}))
                FROM unnest($1::text[], $2::float8[]) AS h(slug, conf)
               WHERE c.subtopic_levels ? h.slug), 0) AS s_sub,
    coalesce((SELECT max(h.conf * ${LEVEL_HIT('inferred_subtopics')})
                FROM unnest($1::text[], $2::float8[]) AS h(slug, conf)
               WHERE c.inferred_subtopics ? h.slug), 0) AS s_inf,
    coalesce((SELECT max(h.conf * ${LEVEL_HIT('domain_levels')})
                FROM unnest($3::text[], $4::float8[]) AS h(slug, conf)
               WHERE c.domain_levels ? h.slug), 0) AS s_dom,
    ${TEXT_SCORE('qt')} AS s_text,
    ${TEXT_SCORE('qe')} AS s_exp,
    ($16::uuid IS NOT NULL AND c.school_id = $16::uuid) AS same_school,
    (c.board_id = (SELECT board_id FROM school WHERE id = $16::uuid)) IS TRUE AS same_board
  FROM cand c, w
),
rel AS MATERIALIZED (
  SELECT s.*,
         w.k[1] * s.s_sub + w.k[2] * s.s_inf + w.k[3] * s.s_dom + w.k[4] * s.s_text
           + w.k[5] * s.s_exp AS relevance
    FROM scored s, w
),
-- every candidate above the cut-off (relative to the best one passing all filters) with its
-- filter flags: the results pass all of them, a field's facet counts all but its own
above AS MATERIALIZED (
  SELECT r.member_id, r.school_id, r.board_id, r.role, r.open_for_questions, r.subtopic_levels,
         r.inferred_subtopics, r.domain_levels, r.offers, r.same_school, r.same_board,
         ${FILTER_FIELDS.map((f) => `r.f_${f}`).join(', ')}, ${FLAGS('r')} AS ok,
         -- availability ranks above proximity: only colleagues open for questions get the
         -- same-school or same-board boost
         r.relevance + CASE WHEN r.open_for_questions THEN w.k[6]
             + CASE WHEN r.same_school THEN w.k[9] WHEN r.same_board THEN w.k[10] ELSE 0 END
           ELSE 0 END AS score
    FROM rel r, w
   WHERE r.relevance >= greatest(w.cut[3],
           w.cut[4] * (SELECT max(x.relevance) FROM rel x WHERE ${FLAGS('x')}))
),
ranked AS MATERIALIZED (SELECT * FROM above WHERE ok),
-- a colleague who is not open for questions is never first: the best open one leads
lead AS MATERIALIZED (
  SELECT member_id FROM ranked WHERE open_for_questions ORDER BY score DESC, member_id LIMIT 1
),
page AS (
  SELECT r.*, r.member_id IN (SELECT member_id FROM lead) AS lead FROM ranked r
   ORDER BY lead DESC, score DESC, member_id LIMIT $25 OFFSET $24
),
hl AS MATERIALIZED (SELECT string_agg(t.q::text, ' | ')::tsquery AS q FROM qt t)
SELECT json_build_object(
  'total', (SELECT count(*) FROM ranked),
  'rows', (SELECT coalesce(json_agg(json_build_object(
      'id', p.member_id,
      'score', round(p.score::numeric, 4),
      'subtopics', (SELECT coalesce(json_object_agg(h.slug, p.subtopic_levels -> h.slug), '{}')
                      FROM unnest($1::text[]) AS h(slug) WHERE p.subtopic_levels ? h.slug),
      'inferred', (SELECT coalesce(json_object_agg(h.slug, p.inferred_subtopics -> h.slug), '{}')
                     FROM unnest($1::text[]) AS h(slug) WHERE p.inferred_subtopics ? h.slug),
      'domains', (SELECT coalesce(json_object_agg(h.slug, p.domain_levels -> h.slug), '{}')
                    FROM unnest($3::text[]) AS h(slug) WHERE p.domain_levels ? h.slug),
      'terms', (SELECT coalesce(json_agg(t.term), '[]') FROM qt t, cand c
                 WHERE c.member_id = p.member_id AND c.tsv @@ t.q),
      'sameSchool', p.same_school,
      'sameBoard', p.same_board,
      'open', p.open_for_questions,
      'offers', p.offers,
      'card', json_build_object(
        'member', (SELECT to_jsonb(m) - 'password_hash' FROM member m WHERE m.id = p.member_id),
        'school', (SELECT to_jsonb(s) FROM member m JOIN school s ON s.id = m.school_id
                    WHERE m.id = p.member_id),
        'profile', (SELECT to_jsonb(ep) FROM expertise_profile ep WHERE ep.member_id = p.member_id),
        'entries', (SELECT coalesce(jsonb_agg(to_jsonb(e) ORDER BY e.position), '[]')
                      FROM expertise_entry e WHERE e.member_id = p.member_id)),
      'snippet', (SELECT ts_headline('dutch', translate(sd.text_c, E'\\uE000\\uE001', ''), hl.q,
                    'StartSel=' || E'\\uE000' || ', StopSel=' || E'\\uE001'
                    || ', MaxWords=30, MinWords=12, ShortWord=3')
                    FROM search_document sd, hl
                   WHERE sd.member_id = p.member_id AND sd.text_c <> '' AND hl.q IS NOT NULL)
    ) ORDER BY p.lead DESC, p.score DESC, p.member_id), '[]') FROM page p),
  'facets', json_build_object(
    'domain', (SELECT coalesce(json_object_agg(x.v, x.c), '{}') FROM (
                 SELECT k AS v, count(*) AS c FROM above r, jsonb_object_keys(r.domain_levels) k
                  WHERE ${FLAGS('r', 'domain')} GROUP BY k) x),
    'subtopic', (SELECT coalesce(json_object_agg(x.v, x.c), '{}') FROM (
                 SELECT k AS v, count(*) AS c FROM above r, jsonb_object_keys(r.subtopic_levels) k
                  WHERE ${FLAGS('r', 'subtopic')} GROUP BY k) x),
    'role', (SELECT coalesce(json_object_agg(x.v, x.c), '{}') FROM (
                 SELECT r.role AS v, count(*) AS c FROM above r
                  WHERE ${FLAGS('r', 'role')} GROUP BY r.role) x),
    'offer', (SELECT coalesce(json_object_agg(x.v, x.c), '{}') FROM (
                 SELECT k AS v, count(*) AS c FROM above r, unnest(r.offers) k
                  WHERE ${FLAGS('r', 'offer')} GROUP BY k) x),
    'school', (SELECT coalesce(json_agg(json_build_array(x.v, x.c,
                   (SELECT s.name || CASE WHEN s.town <> '' THEN ', ' || s.town ELSE '' END
                      FROM school s WHERE s.id = x.v))), '[]')
                 FROM (SELECT r.school_id AS v, count(*) AS c FROM above r
                        WHERE r.school_id IS NOT NULL AND ${FLAGS('r', 'school')} GROUP BY 1) x),
    'board', (SELECT coalesce(json_agg(json_build_array(x.v, x.c,
                   (SELECT b.name FROM board b WHERE b.id = x.v))), '[]')
                 FROM (SELECT r.board_id AS v, count(*) AS c FROM above r
                        WHERE r.board_id IS NOT NULL AND ${FLAGS('r', 'board')} GROUP BY 1) x)
  )
) AS result`;
