/**
 * Deterministic synthetic place names for benchmarks: a vocabulary of real-looking names (two-character
 * 专名 + 通名) with their stored fields computed once by the places domain, spread over Xianning's
 * extent by a fixed quasi-random sequence computed in SQL (same rows on both engines).
 */
import type { Db } from '../../server/src/db/db.ts'
import { resolveSettings } from '../../server/src/domain/naming/rule-set-settings.ts'
import { placeNameFields } from '../../server/src/domain/places/place-name-fields.ts'
import { insertDivisions } from '../server/api/ogc/divisions-fixture.ts'

const CHARS = '桂花温泉潜山鱼岳汀泗桥咸安嘉赤壁通城崇阳通山马桥横沟贺胜官埠向阳青龙白沙石门金鸡凤凰太平长寿永安新华东升红旗和平幸福光明大兴'
const GENERICS = ['路', '街', '村', '湖', '山', '桥', '巷', '小区', '公园', '港', '湾', '寺']
const CATEGORIES = ['25', '2530', '13', '12', '27']

/** Data extent of the synthetic names (inside the test divisions' city polygon). */
export const PlacesExtent = { west: 113.7, south: 29.05, east: 114.9, north: 30.2 }

/** The name vocabulary: `size` distinct names with their stored fields. */
export function placeVocabulary(size = 20_000) {
  const settings = resolveSettings({} as never)
  const chars = [...CHARS]
  const out = []
  for (let i = 0; out.length < size; i++) {
    const a = chars[i % chars.length]!
    const b = chars[Math.floor(i / chars.length) % chars.length]!
    const g = GENERICS[Math.floor(i / (chars.length * chars.length)) % GENERICS.length]!
    const suffix = i >= chars.length * chars.length * GENERICS.length ? String(Math.floor(i / (chars.length * chars.length * GENERICS.length))) : ''
    const name = `${a}${b}${suffix}${g}`
    const category = CATEGORIES[i % CATEGORIES.length]!
    const { polyphones: _p, ...fields } = placeNameFields(name, { category_code: category }, settings)
    out.push({ ...fields, category_code: category })
  }
  return out
}

/**
 * Load `n` place names (after the test divisions) in one statement per 50k rows, coordinates from a
 * Weyl sequence so the layout is fixed and even.
 */
export async function loadPlaces(db: Db, n: number): Promise<void> {
  await insertDivisions(db)
  const vocab = placeVocabulary()
  await db.exec('CREATE TEMP TABLE IF NOT EXISTS bench_vocab (i int PRIMARY KEY, f jsonb)')
  await db.query('DELETE FROM bench_vocab')
  for (let start = 0; start < vocab.length; start += 5000) {
    await db.query('INSERT INTO bench_vocab SELECT (e.ordinality - 1 + $2)::int, e.value FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY e',
      [JSON.stringify(vocab.slice(start, start + 5000)), start])
  }
  const { west, south, east, north } = PlacesExtent
  for (let from = 1; from <= n; from += 50_000) {
    const to = Math.min(n, from + 49_999)
    await db.query(
      `INSERT INTO place_names (name, specific_name, generic_name, pinyin, category_code, division_code, geom, status, source,
         search_pinyin, search_initials, normalized_name)
       SELECT v.f->>'name', v.f->>'specific_name', v.f->>'generic_name', v.f->>'pinyin', v.f->>'category_code', '421200000000',
         ST_SetSRID(ST_MakePoint($3::float8 + ($4::float8 - $3::float8) * ((g * 0.6180339887498949) - floor(g * 0.6180339887498949)),
                                 $5::float8 + ($6::float8 - $5::float8) * ((g * 0.7548776662466927) - floor(g * 0.7548776662466927))), 4326),
         'approved', 'synthetic bench', v.f->>'search_pinyin', v.f->>'search_initials', v.f->>'normalized_name'
       FROM generate_series($1::int, $2::int) g JOIN bench_vocab v ON v.i = g % $7::int`,
      [from, to, west, east, south, north, vocab.length],
    )
  }
  // Rows of one area sit on the same pages, as after an import county by county; recommended after any
  // big load (docs/performance.md): a z12 tile then reads tens of pages instead of one page per name.
  if (db.engine === 'pg') await db.exec('CLUSTER place_names USING place_names_geom_idx')
  await db.exec('ANALYZE place_names')
}
