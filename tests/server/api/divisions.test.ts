import { describe, expect, it } from 'vitest'
import { useTestDb } from '../../helpers/test-db.ts'
import { createTestApp } from '../../helpers/test-app.ts'

const t = useTestDb({ seed: 'divisions' })
const XIANAN = '421202000000'
const WENQUAN = '421202001000'

describe('seed: divisions', () => {
  it('loads the real Xianning lists: 1 city, 6 counties, 89 townships, 1096 villages', async () => {
    const { rows } = await t.db.query<{ level: string; n: number }>('SELECT level, count(*)::int AS n FROM divisions GROUP BY level ORDER BY level')
    expect(Object.fromEntries(rows.map((r) => [r.level, r.n]))).toEqual({ city: 1, county: 6, township: 89, village: 1096 })
  })

  it('marks synthetic geometry and figures as such', async () => {
    const { rows } = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM divisions WHERE level IN ('township', 'village') AND geom_source NOT LIKE 'synthetic%'")
    expect(rows[0]!.n).toBe(0)
    const pop = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM divisions WHERE population_total IS NOT NULL AND population_source NOT LIKE 'synthetic%'")
    expect(pop.rows[0]!.n).toBe(0)
  })

  it('has valid polygons and every village point inside its township polygon', async () => {
    const invalid = await t.db.query("SELECT code FROM divisions WHERE geom IS NOT NULL AND NOT ST_IsValid(geom)")
    expect(invalid.rows).toEqual([])
    const outside = await t.db.query(`SELECT v.code FROM divisions v JOIN divisions t ON t.code = v.parent_code
      WHERE v.level = 'village' AND NOT ST_Intersects(t.geom, v.label_point)`)
    expect(outside.rows).toEqual([])
  })

  it('is idempotent: seeding again loads nothing', async () => {
    const { seed } = await import('../../../server/src/seed/seed.ts')
    const { GIS_DATA_DIR } = await import('../../helpers/test-db.ts')
    expect(await seed(t.db, { gisDataDir: GIS_DATA_DIR, dataset: 'xianning', only: ['divisions'] })).toEqual([])
  })
})

describe('GET /api/divisions', () => {
  it('returns the tree from the city down to townships by default', async () => {
    const { anon } = createTestApp(t.db)
    const res = await anon.get('/api/divisions')
    expect(res.status).toBe(200)
    const [city] = res.body.items
    expect(city).toMatchObject({ code: '421200000000', name: '咸宁市', level: 'city' })
    expect(city.children.map((c: { name: string }) => c.name).sort()).toEqual(['咸安区', '嘉鱼县', '崇阳县', '赤壁市', '通城县', '通山县'].sort())
    const xianan = city.children.find((c: { code: string }) => c.code === XIANAN)
    expect(xianan.children).toHaveLength(17)
    expect(xianan.children[0].children).toEqual([])
  })

  it('returns a subtree with villages from a root', async () => {
    const { anon } = createTestApp(t.db)
    const res = await anon.get(`/api/divisions?root=${WENQUAN}&depth=2`)
    expect(res.status).toBe(200)
    expect(res.body.items[0].name).toBe('温泉街道')
    expect(res.body.items[0].children.length).toBeGreaterThan(5)
  })

  it('rejects bad parameters with problems', async () => {
    const { anon } = createTestApp(t.db)
    for (const q of ['depth=0', 'depth=9', 'root=123', 'root=abc', 'other=1']) {
      const res = await anon.get(`/api/divisions?${q}`)
      expect(res.status, q).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
    }
    expect((await anon.get('/api/divisions?root=421299999000')).status).toBe(404)
  })
})

describe('GET /api/divisions/:code', () => {
  it('returns one division with its ancestors, bbox and label point', async () => {
    const { anon } = createTestApp(t.db)
    const res = await anon.get(`/api/divisions/${WENQUAN}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ code: WENQUAN, name: '温泉街道', level: 'township', parent_code: XIANAN })
    expect(res.body.ancestors.map((a: { name: string }) => a.name)).toEqual(['咸宁市', '咸安区'])
    const [w, s, e, n] = res.body.bbox
    expect(w).toBeLessThan(e)
    expect(s).toBeLessThan(n)
    expect(res.body.label_point.type).toBe('Point')
    expect(res.body.children_count).toBeGreaterThan(0)
  })

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const { anon } = createTestApp(t.db)
    expect((await anon.get('/api/divisions/421299999999')).status).toBe(404)
    expect((await anon.get('/api/divisions/42120')).status).toBe(400)
  })
})

describe('GET /api/divisions/geojson', () => {
  it('returns the six counties as a GeoJSON FeatureCollection with column-named properties', async () => {
    const { anon } = createTestApp(t.db)
    const res = await anon.get('/api/divisions/geojson?level=county')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toContain('application/geo+json')
    const fc = JSON.parse(res.text)
    expect(fc.type).toBe('FeatureCollection')
    expect(fc.features).toHaveLength(6)
    expect(fc.features[0].geometry.type).toBe('MultiPolygon')
    expect(Object.keys(fc.features[0].properties)).toEqual(expect.arrayContaining(['code', 'name', 'level', 'parent_code', 'admin_code']))
  })

  it('filters villages by bbox and by parent', async () => {
    const { anon } = createTestApp(t.db)
    const all = JSON.parse((await anon.get(`/api/divisions/geojson?level=village&parent=${WENQUAN}`)).text)
    expect(all.features.length).toBeGreaterThan(5)
    expect(all.features.every((f: { geometry: { type: string } }) => f.geometry.type === 'Point')).toBe(true)
    const [lng, lat] = all.features[0].geometry.coordinates
    const tiny = JSON.parse((await anon.get(`/api/divisions/geojson?level=village&bbox=${lng - 1e-4},${lat - 1e-4},${lng + 1e-4},${lat + 1e-4}`)).text)
    expect(tiny.features.map((f: { id: string }) => f.id)).toContain(all.features[0].id)
    expect(tiny.features.length).toBeLessThan(all.features.length)
  })

  it('rejects malformed bboxes and unknown levels', async () => {
    const { anon } = createTestApp(t.db)
    for (const q of ['level=province', 'level=county&bbox=1,2,3', 'level=county&bbox=a,b,c,d', 'level=county&bbox=0,95,1,96',
      'level=county&bbox=10,50,20,40', 'level=county&bbox=170,0,-170,10']) {
      const res = await anon.get(`/api/divisions/geojson?${q}`)
      expect(res.status, q).toBe(400)
      expect(res.body.errors?.length ?? 0, q).toBeGreaterThan(0)
    }
  })
})
