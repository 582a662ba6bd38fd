import { DISPLAY_DECIMALS, PLACE_COLUMNS } from './places.queries.ts'

/** What a register search asks for; every value is bound as a parameter. */
export interface PlaceSearchParams {
  /** The text as typed ('' = no text filter). */
  text: string
  /** Toneless pinyin of the text: the letters typed, or the reading of the characters typed. */
  pinyin: string
  /** Whether the text was typed in Latin letters (pinyin or initials). */
  latin: boolean
  categoryPrefixes: string[] | null
  statuses: string[] | null
  divisionPrefix: string | null
  bbox: [number, number, number, number] | null
  limit: number
  offset: number
  withGeometry: boolean
}

/**
 * Most rows read from one index set (and counted). A city's register never reaches it, so there the search
 * and `total` are exact; at provincial scale a one-character query matching tens of thousands of names
 * ranks the first `SEARCH_CANDIDATE_CAP` of each set and reports `total` as a lower bound (`total_exact`).
 */
export const SEARCH_CANDIDATE_CAP = 1000

/** Browsing without text counts up to this many names exactly (a city's whole register), then reports a lower bound. */
export const BROWSE_COUNT_CAP = 10_000

/** Most rows read from one typo set (one character off, similar pinyin). */
export const FUZZY_CANDIDATE_CAP = 50

/**
 * Typo sets are searched only when the direct sets (characters, prefix, homophones, pinyin, initials) found
 * fewer candidates than this: enough direct matches mean the user typed something that exists. The rule
 * depends on the query and filters only, never on the page, so `total` is the same on every page.
 */
export const FUZZY_WHEN_FEWER_THAN = 50

/**
 * Scores one name (register or alias) against the query ($1 text, $2 pinyin, $3 latin):
 * exact 100, prefix 90, same initials 88, same pinyin 95 typed / 60 as a homophone of characters typed,
 * contains 75, one character off 55, pinyin within two letters 45, similar pinyin 30.
 */
function score(name: string, pinyin: string, initials: string): string {
  return `GREATEST(
    CASE WHEN $1 = '' THEN 1 WHEN ${name} = $1 THEN 100 WHEN ${name} LIKE $1 || '%' THEN 90
      WHEN strpos(${name}, $1) > 0 THEN 75 ELSE 0 END,
    CASE WHEN $2 = '' THEN 0
      WHEN ${pinyin} = $2 THEN CASE WHEN $3 THEN 95 ELSE 60 END
      WHEN $3 AND ${initials} = $2 THEN 88
      WHEN $3 AND ${pinyin} LIKE $2 || '%' THEN 80
      WHEN $3 AND length($2) >= 2 AND ${initials} LIKE $2 || '%' THEN 70
      ELSE 0 END,
    CASE WHEN NOT $3 AND $1 <> '' AND length($1) >= 2 AND levenshtein(${name}, $1) = 1 THEN 55 ELSE 0 END,
    CASE WHEN $2 <> '' AND length($2) >= 5 AND levenshtein(${pinyin}, $2) <= 2 THEN 45
      WHEN $2 <> '' AND length($2) >= 4 AND similarity(${pinyin}, $2) >= 0.45 THEN 30 ELSE 0 END)`
}

/** The filters of the search on a place row ($4 classes, $5 statuses, $6 division, $7–$10 bbox). */
const filters = (p: string) => `($4::text[] IS NULL OR ${p}.category_code LIKE ANY ($4::text[]))
        AND ($5::text[] IS NULL OR ${p}.status = ANY ($5::text[]))
        AND ($6::text IS NULL OR ${p}.division_code LIKE $6)
        AND ($7::float8 IS NULL OR ${p}.geom && ST_MakeEnvelope($7, $8, $9, $10, 4326))`

/** Direct sets, each served by one index (migrations 0010, 0021): name prefix, contained characters, pinyin, initials. */
function directSets(latin: boolean): string[] {
  return [
    `t.name LIKE $1 || '%'`,
    `place_name_grams(t.name) @> place_name_grams($1)`,
    latin ? `$2 <> '' AND t.search_pinyin LIKE $2 || '%'` : `$2 <> '' AND t.search_pinyin = $2`,
    ...(latin ? [`$2 <> '' AND t.search_initials LIKE $2 || '%'`] : []),
  ]
}

/**
 * Near typo sets, searched when the direct sets found few: one character off (same first character) for
 * characters typed, pinyin a letter or two off (same first two letters) for pinyin typed.
 */
function nearSets(latin: boolean): string[] {
  return latin
    ? [`length($2) >= 5 AND t.search_pinyin LIKE left($2, 2) || '%' AND abs(length(t.search_pinyin) - length($2)) <= 2 AND levenshtein(t.search_pinyin, $2) <= 2`]
    : [`length($1) >= 2 AND t.name LIKE left($1, 1) || '%' AND abs(length(t.name) - length($1)) <= 1 AND levenshtein(t.name, $1) = 1`]
}

/** Similar pinyin (trigrams), searched when direct and near sets together found few (its index scan costs most). */
const SIMILAR_SET = `length($2) >= 4 AND t.search_pinyin % $2`

/**
 * One capped candidate set of the register or of the aliases, with what scoring and ordering need.
 * `$13` caps direct sets, `$14` typo sets; near typo sets run only when the direct sets found fewer than
 * `$15` candidates, the similar-pinyin set only when direct and near sets together did.
 */
function candidateSet(no: number, where: string, alias: boolean, stage: 'direct' | 'near' | 'similar'): string {
  const fuzzy = stage !== 'direct'
  const gate = stage === 'near' ? '(SELECT n FROM direct_count) < $15 AND '
    : stage === 'similar' ? '(SELECT n FROM direct_count) + (SELECT n FROM near_count) < $15 AND ' : ''
  const from = alias ? `place_name_aliases t JOIN place_names p ON p.id = t.place_id` : `place_names t`
  const select = alias
    ? `${no} AS s, t.place_id AS id, 'alias' AS match, t.name AS matched_name, ${score('t.name', 't.search_pinyin', 't.search_initials')} - 3 AS score, p.name AS place_name`
    : `${no} AS s, t.id, 'name' AS match, t.name AS matched_name, ${score('t.name', 't.search_pinyin', 't.search_initials')} AS score, t.name AS place_name`
  return `(SELECT ${select} FROM ${from} WHERE ${gate}${where} AND ${filters(alias ? 'p' : 't')} LIMIT ${fuzzy ? '$14' : '$13'})`
}

/**
 * Build the ranked register search: characters, full pinyin, initials ("ghl" → 桂花路), former and other
 * names (aliases), and typos (one character off, a homophone, pinyin a letter or two off).
 *
 * Every set is read through an index with its filters and a cap, and only those candidates are scored, so
 * the cost follows the number of matches, not the size of the register (docs/performance.md).
 * @returns the SQL and its values; rows carry `score`, `match` ('name' | 'alias'), `matched_name`, `total`
 *   (names matched) and `total_exact` (false when a set reached its cap: `total` is then a lower bound)
 * @example buildPlaceSearch({ text: 'ghl', pinyin: 'ghl', latin: true, … }).values[0] // = 'ghl'
 */
export function buildPlaceSearch(p: PlaceSearchParams): { text: string; values: unknown[] } {
  const cap = Math.max(SEARCH_CANDIDATE_CAP, p.limit + p.offset)
  const values: unknown[] = [p.text, p.pinyin, p.latin, p.categoryPrefixes?.map((c) => `${c}%`) ?? null,
    p.statuses, p.divisionPrefix ? `${p.divisionPrefix}%` : null,
    p.bbox?.[0] ?? null, p.bbox?.[1] ?? null, p.bbox?.[2] ?? null, p.bbox?.[3] ?? null, p.limit, p.offset, cap]
  const geometry = p.withGeometry ? `, ST_AsGeoJSON(p.geom, ${DISPLAY_DECIMALS})::json AS geometry` : ''
  if (p.text === '') {
    values[12] = Math.max(BROWSE_COUNT_CAP, cap)
    // Browse: every name passing the filters, shortest and then alphabetical first (index 0022); counted up to the cap.
    const text = `
    WITH counted AS (SELECT count(*) AS n FROM (SELECT 1 FROM place_names p WHERE ${filters('p')} LIMIT $13 + 1) c)
    SELECT ${PLACE_COLUMNS}, 1 AS score, 'name' AS match, p.name AS matched_name,
      least(counted.n, $13) AS total, counted.n <= $13 AS total_exact${geometry}
    FROM place_names p CROSS JOIN counted
    WHERE ${filters('p')} AND $1 = '' AND $2 = '' AND $3::boolean IS NOT NULL
    ORDER BY length(p.name), p.name, p.id
    LIMIT $11 OFFSET $12`
    return { text, values }
  }
  values.push(FUZZY_CANDIDATE_CAP, FUZZY_WHEN_FEWER_THAN)
  const sets: string[] = []
  const add = (wheres: string[], stage: 'direct' | 'near' | 'similar') => {
    for (const w of wheres) sets.push(candidateSet(sets.length + 1, w, false, stage), candidateSet(sets.length + 2, w, true, stage))
    return sets.length
  }
  const directEnd = add(directSets(p.latin), 'direct')
  const nearEnd = add(nearSets(p.latin), 'near')
  add([SIMILAR_SET], 'similar')
  const text = `
    WITH direct AS MATERIALIZED (
      ${sets.slice(0, directEnd).join('\n      UNION ALL ')}
    ), direct_count AS (
      SELECT count(*) AS n FROM direct
    ), near AS MATERIALIZED (
      ${sets.slice(directEnd, nearEnd).join('\n      UNION ALL ')}
    ), near_count AS (
      SELECT count(*) AS n FROM near
    ), cand AS (
      SELECT * FROM direct
      UNION ALL SELECT * FROM near
      UNION ALL ${sets.slice(nearEnd).join('\n      UNION ALL ')}
    ), best AS (
      SELECT DISTINCT ON (id) id, score, match, matched_name, place_name FROM cand WHERE score > 0
      ORDER BY id, score DESC, match DESC
    ), counted AS (
      SELECT (SELECT count(*) FROM best) AS n,
        NOT EXISTS (SELECT 1 FROM cand GROUP BY s HAVING count(*) >= CASE WHEN s <= ${directEnd} THEN $13 ELSE $14 END) AS exact
    ), page AS (
      SELECT * FROM best ORDER BY score DESC, length(place_name), place_name, id LIMIT $11 OFFSET $12
    )
    SELECT ${PLACE_COLUMNS}, f.score, f.match, f.matched_name, counted.n AS total, counted.exact AS total_exact${geometry}
    FROM page f JOIN place_names p ON p.id = f.id CROSS JOIN counted
    ORDER BY f.score DESC, length(p.name), p.name, p.id`
  return { text, values }
}
