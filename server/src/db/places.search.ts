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

/** Candidates per index set before scoring; large enough that a city's register is searched exactly. */
export const SEARCH_CANDIDATE_CAP = 5000

/**
 * Candidate ids of one table for a text search ($1 text, $2 pinyin, $13 cap per set), each set found
 * through an index: name prefix/exact, characters and 2-character substrings contained (grams GIN),
 * same pinyin (homophones), pinyin/initials prefix when Latin was typed, similar pinyin (trigrams) for typos.
 */
function candidates(table: string, latin: boolean): string {
  const sets = [
    `name LIKE $1 || '%'`,
    `place_name_grams(name) @> place_name_grams($1)`,
    latin ? `$2 <> '' AND search_pinyin LIKE $2 || '%'` : `$2 <> '' AND search_pinyin = $2`,
    ...(latin ? [`$2 <> '' AND search_initials LIKE $2 || '%'`]
      : [`length($1) >= 2 AND name LIKE left($1, 1) || '%' AND abs(length(name) - length($1)) <= 1`]),
    `length($2) >= 4 AND search_pinyin % $2`,
  ]
  return sets.map((where) => `(SELECT id FROM ${table} WHERE ${where} LIMIT $13)`)
    .join('\n      UNION ')
}

/**
 * Build the ranked register search: characters, full pinyin, initials ("ghl" → 桂花路), former and other
 * names (aliases), and typos (one character off, a homophone, pinyin a letter or two off).
 * @returns the SQL and its values; rows carry `score`, `match` ('name' | 'alias') and `matched_name`
 * @example buildPlaceSearch({ text: 'ghl', pinyin: 'ghl', latin: true, … }).values[0] // = 'ghl'
 */
export function buildPlaceSearch(p: PlaceSearchParams): { text: string; values: unknown[] } {
  const values: unknown[] = [p.text, p.pinyin, p.latin, p.categoryPrefixes?.map((c) => `${c}%`) ?? null,
    p.statuses, p.divisionPrefix ? `${p.divisionPrefix}%` : null,
    p.bbox?.[0] ?? null, p.bbox?.[1] ?? null, p.bbox?.[2] ?? null, p.bbox?.[3] ?? null, p.limit, p.offset]
  // With text: gather candidates through indexes (migration 0021), each set capped, then score only those.
  // The cap only bites at provincial scale: a city register (thousands of names) is searched exactly,
  // filters included; beyond the cap, filters apply to the capped candidates (documented limit).
  if (p.text !== '') values.push(Math.max(SEARCH_CANDIDATE_CAP, p.limit + p.offset))
  const text = `
    WITH ${p.text === '' ? `hits AS (
      SELECT p.id, ${score('p.name', 'p.search_pinyin', 'p.search_initials')} AS score, 'name' AS match, p.name AS matched_name
      FROM place_names p` : `cand AS (
      ${candidates('place_names', p.latin)}
    ), alias_cand AS (
      ${candidates('place_name_aliases', p.latin)}
    ), hits AS (
      SELECT p.id, ${score('p.name', 'p.search_pinyin', 'p.search_initials')} AS score, 'name' AS match, p.name AS matched_name
      FROM place_names p WHERE p.id IN (SELECT id FROM cand)
      UNION ALL
      SELECT a.place_id, ${score('a.name', 'a.search_pinyin', 'a.search_initials')} - 3, 'alias', a.name
      FROM place_name_aliases a WHERE a.id IN (SELECT id FROM alias_cand)`}
    ), best AS (
      SELECT DISTINCT ON (id) id, score, match, matched_name FROM hits WHERE score > 0
      ORDER BY id, score DESC, match DESC
    ), filtered AS (
      SELECT b.*, count(*) OVER () AS total FROM best b JOIN place_names p ON p.id = b.id
      WHERE ($4::text[] IS NULL OR p.category_code LIKE ANY ($4::text[]))
        AND ($5::text[] IS NULL OR p.status = ANY ($5::text[]))
        AND ($6::text IS NULL OR p.division_code LIKE $6)
        AND ($7::float8 IS NULL OR p.geom && ST_MakeEnvelope($7, $8, $9, $10, 4326))
    )
    SELECT ${PLACE_COLUMNS}, f.score, f.match, f.matched_name, f.total
      ${p.withGeometry ? `, ST_AsGeoJSON(p.geom, ${DISPLAY_DECIMALS})::json AS geometry` : ''}
    FROM filtered f JOIN place_names p ON p.id = f.id
    ORDER BY f.score DESC, length(p.name), p.name, p.id
    LIMIT $11 OFFSET $12`
  return { text, values }
}
