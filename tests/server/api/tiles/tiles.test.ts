import { beforeAll, describe, expect, it } from 'vitest'
import { lngLatToTile } from '../../../../server/src/tiles/tile-math.ts'
import { createTestApp, type TestApp } from '../../../helpers/test-app.ts'
import { useTestDb } from '../../../helpers/test-db.ts'
import { insertDivisions } from '../ogc/divisions-fixture.ts'
import { binaryParser, decodeTile } from './decode-tile.ts'

const t = useTestDb()
let app: TestApp

beforeAll(async () => {
  await insertDivisions(t.db)
  app = createTestApp(t.db)
})

// z10 tile over 温泉街道 (114.2–114.4, 29.8–30.0).
const tile = lngLatToTile(114.3, 29.9, 10)
const tileUrl = (layer: string, z = tile.z, x = tile.x, y = tile.y) => `/tiles/${layer}/${z}/${x}/${y}.pbf`

async function fetchTile(url: string, headers: Record<string, string> = {}) {
  return app.anon.get(url).set(headers).buffer(true).parse(binaryParser as never)
}

describe('GET /tiles/{layer}.json', () => {
  it('returns TileJSON 3.0 with a versioned tile URL, zoom range, fields and data bounds', async () => {
    const res = await app.anon.get('/tiles/divisions_township.json')
    expect(res.status).toBe(200)
    expect(res.body.tilejson).toBe('3.0.0')
    expect(res.body.tiles[0]).toMatch(/\/tiles\/divisions_township\/\{z\}\/\{x\}\/\{y\}\.pbf\?v=\d+$/)
    expect(res.body.vector_layers[0]).toMatchObject({ id: 'divisions_township', fields: { name: 'String', code: 'String' } })
    expect(res.body.bounds.map((n: number) => Math.round(n * 10) / 10)).toEqual([113.8, 29.6, 114.4, 30.1])
  })
  it('answers 404 for a layer that does not exist', async () => {
    expect((await app.anon.get('/tiles/nope.json')).status).toBe(404)
  })
  it('lists the layers at /tiles', async () => {
    const res = await app.anon.get('/tiles')
    expect(res.body.layers.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining(['divisions_county', 'divisions_village']))
  })
})

describe('GET /tiles/{layer}/{z}/{x}/{y}.pbf', () => {
  it('returns an MVT with the layer, its features and their attributes', async () => {
    const z8 = lngLatToTile(114.3, 29.9, 8)
    const res = await fetchTile(tileUrl('divisions_township', z8.z, z8.x, z8.y))
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/vnd\.mapbox-vector-tile/)
    const layers = decodeTile(res.body)
    expect(Object.keys(layers)).toEqual(['divisions_township'])
    const names = layers.divisions_township!.features.map((f) => f.properties.name).sort()
    expect(names).toEqual(['<b>汀泗桥</b>镇', '温泉街道', '鱼岳镇'].sort())
    const wq = layers.divisions_township!.features.find((f) => f.properties.name === '温泉街道')!
    expect(wq.type).toBe(3)
    expect(wq.properties).toMatchObject({ code: '421202001000', level: 'township', parent_code: '421202000000' })
    expect(layers.divisions_township!.extent).toBe(4096)
  })
  it('omits features outside the tile', async () => {
    const far = lngLatToTile(100, 20, 10)
    const res = await fetchTile(tileUrl('divisions_township', far.z, far.x, far.y))
    expect(res.status).toBe(200)
    expect(res.body.length).toBe(0)
  })
  it('draws every village, with or without a boundary polygon, at its label point (divisions_village_points)', async () => {
    const z9 = lngLatToTile(114.3, 29.9, 9)
    const res = await fetchTile(tileUrl('divisions_village_points', z9.z, z9.x, z9.y))
    expect(res.status).toBe(200)
    const features = decodeTile(res.body).divisions_village_points!.features
    expect(features.map((f) => f.properties.name).sort()).toEqual(['无界村', '温泉社区'].sort())
    expect(features.every((f) => f.type === 1)).toBe(true)
    expect(features.find((f) => f.properties.name === '无界村')!.properties).toMatchObject({ code: '421202100201', level: 'village' })
  })
  it('returns an empty tile below the layer minzoom', async () => {
    const low = lngLatToTile(114.3, 29.9, 4)
    const res = await fetchTile(tileUrl('divisions_village', low.z, low.x, low.y))
    expect(res.status).toBe(200)
    expect(res.body.length).toBe(0)
  })
  it('sends an ETag and answers 304 to If-None-Match', async () => {
    const first = await fetchTile(tileUrl('divisions_county'))
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^"divisions_county-\d+-[0-9a-f]{8}"$/)
    const second = await fetchTile(tileUrl('divisions_county'), { 'If-None-Match': etag })
    expect(second.status).toBe(304)
  })
  it('changes the ETag and the content when the layer data changes', async () => {
    const before = await fetchTile(tileUrl('divisions_county'))
    await t.db.query("UPDATE divisions SET name = '咸安区（新）' WHERE code = '421202000000'")
    const after = await fetchTile(tileUrl('divisions_county'), { 'If-None-Match': before.headers.etag as string })
    expect(after.status).toBe(200)
    expect(after.headers.etag).not.toBe(before.headers.etag)
    const names = decodeTile(after.body).divisions_county!.features.map((f) => f.properties.name)
    expect(names).toContain('咸安区（新）')
  })
  it('lets caches keep a tile requested at the current version, and revalidate otherwise', async () => {
    const tj = await app.anon.get('/tiles/divisions_county.json')
    const v = new URL(tj.body.tiles[0]).searchParams.get('v')
    const current = await fetchTile(`${tileUrl('divisions_county')}?v=${v}`)
    expect(current.headers['cache-control']).toBe('public, max-age=86400, immutable')
    const stale = await fetchTile(`${tileUrl('divisions_county')}?v=0`)
    expect(stale.headers['cache-control']).toBe('public, no-cache')
  })
  it.each([
    ['/tiles/divisions_county/a/1/1.pbf', 400],
    ['/tiles/divisions_county/3/8/1.pbf', 404],
    ['/tiles/divisions_county/30/1/1.pbf', 404],
    ['/tiles/nope/1/1/1.pbf', 404],
    ['/tiles/divisions/1/1/1.pbf', 404],
    ['/tiles/divisions_county/1/1/1.pbf?foo=1', 400],
  ])('answers %s with %i problem', async (url, status) => {
    const res = await app.anon.get(url)
    expect(res.status).toBe(status)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  })
})
