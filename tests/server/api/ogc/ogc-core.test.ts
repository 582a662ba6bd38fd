import { describe, expect, it, beforeAll } from 'vitest'
import { createTestApp, type TestApp } from '../../../helpers/test-app.ts'
import { useTestDb } from '../../../helpers/test-db.ts'
import { DIVISIONS, insertDivisions } from './divisions-fixture.ts'

const t = useTestDb()
let app: TestApp

beforeAll(async () => {
  await insertDivisions(t.db)
  app = createTestApp(t.db)
})

const geojson = /^application\/geo\+json/

describe('GET /ogc', () => {
  it('answers the landing page with the required links', async () => {
    const res = await app.anon.get('/ogc').set('Accept', 'application/json')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    expect(res.body.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'alternate', 'service-desc', 'conformance', 'data'])
    expect(res.body.links[2].href).toMatch(/\/api\/openapi\.json$/)
  })
  it('serves HTML to a browser', async () => {
    const res = await app.anon.get('/ogc').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.text).toContain('<html lang="zh-CN">')
  })
  it('rejects an unknown parameter with a problem', async () => {
    const res = await app.anon.get('/ogc?colour=red')
    expect(res.status).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.body.errors).toEqual([expect.objectContaining({ parameter: 'colour' })])
  })
})

describe('GET /ogc/conformance', () => {
  it('declares core, geojson, html and oas30', async () => {
    const res = await app.anon.get('/ogc/conformance?f=json')
    expect(res.status).toBe(200)
    expect(res.body.conformsTo).toEqual(expect.arrayContaining([
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
    ]))
  })
})

describe('GET /ogc/collections', () => {
  it('lists the division collections with items links', async () => {
    const res = await app.anon.get('/ogc/collections?f=json')
    expect(res.status).toBe(200)
    const ids = res.body.collections.map((c: { id: string }) => c.id)
    expect(ids).toEqual(expect.arrayContaining(['divisions', 'divisions_city', 'divisions_county', 'divisions_township', 'divisions_village']))
    const county = res.body.collections.find((c: { id: string }) => c.id === 'divisions_county')
    expect(county.links.find((l: { rel: string }) => l.rel === 'items').href).toMatch(/\/ogc\/collections\/divisions_county\/items$/)
  })
  it('answers 404 problem for an unknown collection', async () => {
    const res = await app.anon.get('/ogc/collections/nope')
    expect(res.status).toBe(404)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  })
})

describe('GET /ogc/collections/{id}/items', () => {
  it('returns a GeoJSON FeatureCollection with counts and ordered links', async () => {
    const res = await app.anon.get('/ogc/collections/divisions_township/items?limit=2')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(geojson)
    expect(res.body.type).toBe('FeatureCollection')
    expect(res.body.numberMatched).toBe(3)
    expect(res.body.numberReturned).toBe(2)
    expect(typeof res.body.timeStamp).toBe('string')
    expect(res.body.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'alternate', 'collection', 'next'])
    expect(res.body.features.map((f: { id: string }) => f.id)).toEqual(['421202001000', '421202100000'])
  })
  it('follows next links to the end, keeping the other parameters', async () => {
    const seen: string[] = []
    let url: string | null = '/ogc/collections/divisions/items?limit=3&parent_code=421202000000'
    while (url) {
      const res = await app.anon.get(url)
      expect(res.status).toBe(200)
      seen.push(...res.body.features.map((f: { id: string }) => f.id))
      const next = res.body.links.find((l: { rel: string }) => l.rel === 'next')
      url = next ? new URL(next.href).pathname + new URL(next.href).search : null
      if (next) expect(new URL(next.href).searchParams.get('parent_code')).toBe('421202000000')
    }
    expect(seen).toEqual(DIVISIONS.filter((d) => d.parent_code === '421202000000').map((d) => d.code).sort())
  })
  it('returns the properties allow-list with the geometry rounded to 6 decimals', async () => {
    const res = await app.anon.get('/ogc/collections/divisions_county/items?code=421202000000')
    expect(res.body.features).toHaveLength(1)
    const f = res.body.features[0]
    expect(f.properties).toMatchObject({ code: '421202000000', admin_code: '421202', name: '咸安区', level: 'county', population_total: 600000 })
    expect(Object.keys(f.properties)).not.toContain('created_by')
    expect(f.geometry.type).toBe('MultiPolygon')
  })
  it('filters by bbox (intersects)', async () => {
    const res = await app.anon.get('/ogc/collections/divisions_township/items?bbox=114.21,29.81,114.22,29.82')
    expect(res.body.features.map((f: { id: string }) => f.id)).toEqual(['421202001000'])
  })
  it('splits a bbox crossing the antimeridian (nothing in Xianning matches)', async () => {
    const res = await app.anon.get('/ogc/collections/divisions/items?bbox=170,-10,-170,10')
    expect(res.status).toBe(200)
    expect(res.body.numberMatched).toBe(0)
    expect(res.body.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'alternate', 'collection'])
  })
  it('keeps features without geometry as geometry null', async () => {
    const res = await app.anon.get('/ogc/collections/divisions_village/items')
    const noGeom = res.body.features.find((f: { id: string }) => f.id === '421202100201')
    expect(noGeom.geometry).toBeNull()
  })
  it('clamps a limit above the maximum instead of rejecting it', async () => {
    const res = await app.anon.get('/ogc/collections/divisions/items?limit=999999999')
    expect(res.status).toBe(200)
    expect(res.body.numberReturned).toBe(DIVISIONS.length)
  })
  it.each([
    ['bbox=1,2,3', 'bbox'],
    ['bbox=0,10,1,5', 'bbox'],
    ['limit=0', 'limit'],
    ['offset=-1', 'offset'],
    ['population_total=abc', 'population_total'],
    ['sortby=name', 'sortby'],
    ['limit=1&limit=2', 'limit'],
  ])('rejects %s with a 400 problem naming %s', async (qs, parameter) => {
    const res = await app.anon.get(`/ogc/collections/divisions/items?${qs}`)
    expect(res.status).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toContain(parameter)
  })
  it('reports every invalid parameter at once', async () => {
    const res = await app.anon.get('/ogc/collections/divisions/items?limit=x&offset=y&foo=1')
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(['foo', 'limit', 'offset'])
  })
  it('renders HTML with escaped values and no raw markup from data', async () => {
    const res = await app.anon.get('/ogc/collections/divisions_township/items?f=html').set('Accept-Language', 'en')
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.text).toContain('&lt;b&gt;汀泗桥&lt;/b&gt;镇')
    expect(res.text).not.toContain('<b>汀泗桥')
    expect(res.text).toContain('<html lang="en">')
  })
})

describe('GET /ogc/collections/{id}/items/{featureId}', () => {
  it('returns one feature with links', async () => {
    const res = await app.anon.get('/ogc/collections/divisions/items/421221000000')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(geojson)
    expect(res.body).toMatchObject({ type: 'Feature', id: '421221000000', properties: { name: '嘉鱼县' } })
    expect(res.body.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'alternate', 'collection'])
  })
  it('answers 404 for a feature outside the collection level', async () => {
    const res = await app.anon.get('/ogc/collections/divisions_county/items/421202001000')
    expect(res.status).toBe(404)
  })
})
