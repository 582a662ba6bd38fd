import { beforeAll, describe, expect, it } from 'vitest'
import type { Queryable } from '../../../server/src/db/db.ts'
import { BROWSE_COUNT_CAP, FUZZY_WHEN_FEWER_THAN, SEARCH_CANDIDATE_CAP } from '../../../server/src/db/places.search.ts'
import { resolveSettings } from '../../../server/src/domain/naming/rule-set-settings.ts'
import { placeNameFields } from '../../../server/src/domain/places/place-name-fields.ts'
import { createTestApp, type TestApp } from '../../helpers/test-app.ts'
import { TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'
import { insertDivisions } from './ogc/divisions-fixture.ts'

// The register search at scale (issue 6): every set is read through an index with its filters and a cap,
// typo sets only when direct matches are few, `numberMatched` a lower bound once a set reaches its cap.

const settings = resolveSettings({} as never)

/** Insert `copies` names of each given name, in a division and category, spread inside the division's box. */
async function insertNames(db: Queryable, names: string[], copies: number, division: string, category: string, box: [number, number, number, number]) {
  const rows = names.map((name) => {
    const { polyphones: _p, ...f } = placeNameFields(name, { category_code: category }, settings)
    return f
  })
  await db.query(
    `INSERT INTO place_names (name, specific_name, generic_name, pinyin, category_code, division_code, geom, status, source,
       search_pinyin, search_initials, normalized_name)
     SELECT r.name, r.specific_name, r.generic_name, r.pinyin, $2, $3,
       ST_SetSRID(ST_MakePoint($5::float8 + ($7::float8 - $5::float8) * ((g * 0.618034) - floor(g * 0.618034)), $6::float8 + ($8::float8 - $6::float8) * ((g * 0.754878) - floor(g * 0.754878))), 4326),
       'approved', 'search test', r.search_pinyin, r.search_initials, r.normalized_name
     FROM jsonb_to_recordset($1::jsonb) AS r(name text, specific_name text, generic_name text, pinyin text, search_pinyin text,
       search_initials text, normalized_name text), generate_series(1, $4::int) g`,
    [JSON.stringify(rows), category, division, copies, ...box],
  )
}

describe(`register search at scale (${TEST_ENGINE})`, () => {
  const t = useTestDb()
  let app: TestApp

  beforeAll(async () => {
    await insertDivisions(t.db)
    app = createTestApp(t.db)
    // More 桂… roads in 温泉街道 than one set reads, and three 桂… lakes elsewhere (鱼岳镇).
    const many = Array.from({ length: 60 }, (_, i) => `桂${String.fromCodePoint(0x4e00 + i * 7)}路`)
    await insertNames(t.db, many, Math.ceil((SEARCH_CANDIDATE_CAP + 100) / many.length), '421202001000', '2530', [114.21, 29.81, 114.39, 29.99])
    await insertNames(t.db, ['桂湖', '小桂湖', '桂家湖'], 1, '421221100000', '1210', [113.81, 29.91, 113.99, 30.09])
    await insertNames(t.db, ['白沙路'], FUZZY_WHEN_FEWER_THAN + 10, '421202001000', '2530', [114.21, 29.81, 114.39, 29.99])
    await insertNames(t.db, ['白沙街', '青龙路', '青龙街'], 1, '421202001000', '2530', [114.21, 29.81, 114.39, 29.99])
  })

  it('reports a lower bound when a one-character query matches more names than a set reads', async () => {
    const res = await app.anon.get('/api/places').query({ q: '桂', limit: 20 })
    expect(res.status).toBe(200)
    expect(res.body.numberMatched).toBeGreaterThanOrEqual(SEARCH_CANDIDATE_CAP)
    expect(res.body.numberMatchedExact).toBe(false)
    expect(res.body.items).toHaveLength(20)
    // Every item a prefix match (score 90) — which of the 1,143 come first is approximate beyond the cap.
    for (const item of res.body.items) expect(item).toMatchObject({ score: 90, name: expect.stringMatching(/^桂/) })
  })

  it('applies filters inside each set, so rare matches are not lost behind the cap', async () => {
    const res = await app.anon.get('/api/places').query({ q: '桂', division: '421221', limit: 20 })
    expect(res.body.numberMatchedExact).toBe(true)
    expect(res.body.numberMatched).toBe(3)
    expect(res.body.items.map((i: { name: string }) => i.name).sort()).toEqual(['小桂湖', '桂家湖', '桂湖'].sort())
    const lakes = await app.anon.get('/api/places').query({ q: '桂', category: '12', limit: 20 })
    expect(lakes.body.numberMatched).toBe(3)
  })

  it('adds typo suggestions only when direct matches are few, the same on every page', async () => {
    const few = await app.anon.get('/api/places').query({ q: '青龙路' })
    expect(few.body.items.map((i: { name: string }) => i.name)).toEqual(['青龙路', '青龙街'])
    expect(few.body.items[1]).toMatchObject({ score: 55 })

    const page1 = await app.anon.get('/api/places').query({ q: '白沙路', limit: 50 })
    const page2 = await app.anon.get('/api/places').query({ q: '白沙路', limit: 50, offset: 50 })
    expect(page1.body.numberMatched).toBe(FUZZY_WHEN_FEWER_THAN + 10)
    expect(page2.body.numberMatched).toBe(page1.body.numberMatched)
    const names = [...page1.body.items, ...page2.body.items].map((i: { name: string }) => i.name)
    expect(names).toHaveLength(FUZZY_WHEN_FEWER_THAN + 10)
    expect(names).not.toContain('白沙街')
  })

  it('browses without text, shortest names first, counted exactly under the cap', async () => {
    const res = await app.anon.get('/api/places').query({ category: '12', limit: 2 })
    expect(res.body).toMatchObject({ numberMatched: 3, numberMatchedExact: true, numberReturned: 2 })
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual(['桂湖', '小桂湖'])
    const all = await app.anon.get('/api/places').query({ limit: 5 })
    const stored = (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM place_names')).rows[0]!.n
    expect(stored).toBeLessThan(BROWSE_COUNT_CAP)
    expect(all.body).toMatchObject({ numberMatched: stored, numberMatchedExact: true })
  })
})
