import { beforeAll, describe, expect, it } from 'vitest'
import { lngLatToTile } from '../../../../server/src/tiles/tile-math.ts'
import { createTestApp, type TestApp } from '../../../helpers/test-app.ts'
import { useTestDb } from '../../../helpers/test-db.ts'
import { insertDivisions } from '../ogc/divisions-fixture.ts'
import { binaryParser, decodeTile } from './decode-tile.ts'

// Cached versioned tiles of public layers are answered before logging, sessions and routing (issue 6:
// several thousand cached tiles per second). What must still hold: same bytes and headers as the full
// route, immutable content per version, and never a private layer without the caller's rights.

const t = useTestDb()
let app: TestApp
const tile = lngLatToTile(114.3, 29.9, 14)

beforeAll(async () => {
  await insertDivisions(t.db)
  app = createTestApp(t.db)
  await t.db.query(`INSERT INTO place_names (name, specific_name, generic_name, pinyin, category_code, division_code, geom, status, source)
    VALUES ('快速路', '快速', '路', 'Kuaisu Lu', '2530', '421202001000', ST_SetSRID(ST_MakePoint(114.3, 29.9), 4326), 'approved', 'test'),
           ('内部路', '内部', '路', 'Neibu Lu', '2530', '421202001000', ST_SetSRID(ST_MakePoint(114.3001, 29.9001), 4326), 'proposed', 'test')`)
})

/** Anything that GETs: the anonymous agent or a logged-in session. */
type Getter = { get(url: string): ReturnType<TestApp['anon']['get']> }

async function versionedUrl(layer: string, session: Getter = app.anon): Promise<string> {
  const tj = await session.get(`/tiles/${layer}.json`)
  expect(tj.status).toBe(200)
  return new URL(String(tj.body.tiles[0]).replace('{z}', String(tile.z)).replace('{x}', String(tile.x)).replace('{y}', String(tile.y))).pathname
    + new URL(String(tj.body.tiles[0])).search
}

const get = (url: string, session: Getter = app.anon, headers: Record<string, string> = {}) =>
  session.get(url).set(headers).buffer(true).parse(binaryParser as never)

describe('cached versioned tiles', () => {
  it('answers a repeated versioned tile from the cache with the same bytes, ETag and immutable caching', async () => {
    const url = await versionedUrl('place_names')
    const first = await get(url)
    expect(first.status).toBe(200)
    const plain = await get(url.replace(/\?.*$/, ''))
    expect(plain.headers['x-request-id']).toBeTruthy() // without ?v=: the full route (logged)
    expect(Buffer.compare(plain.body, first.body)).toBe(0)
    const second = await get(url)
    expect(second.status).toBe(200)
    expect(first.headers['x-request-id']).toBeUndefined() // a versioned tile, even a miss: the fast path, not routed
    expect(second.headers['x-request-id']).toBeUndefined()
    expect(Buffer.compare(second.body, first.body)).toBe(0)
    expect(second.headers.etag).toBe(first.headers.etag)
    expect(second.headers['cache-control']).toBe('public, max-age=86400, immutable')
    expect(second.headers['content-type']).toBe(first.headers['content-type'])
    expect(second.headers['x-content-type-options']).toBe('nosniff') // security headers still set
    const notModified = await get(url, app.anon, { 'If-None-Match': String(first.headers.etag) })
    expect(notModified.status).toBe(304)
    expect(decodeTile(second.body).place_names!.features.map((f) => f.properties.name)).toEqual(['快速路'])
  })

  it('keeps an old version\'s tile unchanged and gives the new data a new URL after an edit', async () => {
    const before = await versionedUrl('place_names')
    await get(before)
    await t.db.query(`UPDATE place_names SET status = 'approved' WHERE name = '内部路'`)
    const after = await versionedUrl('place_names')
    expect(after).not.toBe(before)
    const old = await get(before)
    expect(decodeTile(old.body).place_names!.features).toHaveLength(1)
    const fresh = await get(after)
    expect(decodeTile(fresh.body).place_names!.features.map((f) => f.properties.name).sort()).toEqual(['内部路', '快速路'])
    await t.db.query(`UPDATE place_names SET status = 'proposed' WHERE name = '内部路'`)
  })

  it('sends a stale or future version, a tile outside the pyramid and unknown parameters to the full route', async () => {
    const url = await versionedUrl('place_names')
    const v = Number(new URL(`http://x${url}`).searchParams.get('v'))
    const future = await get(url.replace(/v=\d+/, `v=${v + 5}`))
    expect(future.status).toBe(200)
    expect(future.headers['x-request-id']).toBeTruthy()
    expect(future.headers['cache-control']).toBe('public, no-cache')
    const outside = await get(`/tiles/place_names/3/9/9.pbf?v=${v}`)
    expect(outside.status).toBe(404)
    expect(outside.headers['content-type']).toContain('application/problem+json')
    const extra = await get(`${url}&colour=red`)
    expect(extra.status).toBe(400)
  })

  it('never serves a private layer from the cache to a caller without the right', async () => {
    const namer = await app.as('namer')
    const url = await versionedUrl('place_names_all', namer)
    expect((await get(url, namer)).status).toBe(200)
    expect((await get(url, namer)).status).toBe(200) // now cached
    const anon = await get(url)
    expect(anon.status).toBe(401)
  })
})
