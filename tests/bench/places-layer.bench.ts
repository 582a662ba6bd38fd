/**
 * The place-name layer at 10k / 100k / 1M names, per engine: register search (characters incl. two-
 * character queries, pinyin, initials, typo) against a plain ILIKE scan; z12 tiles through the API
 * against the same ST_AsMVT SQL run directly and against the GeoJSON bbox endpoint; and requests per
 * second under load for a cached tile, an items page and a search.
 */
import type { Db } from '../../server/src/db/db.ts'
import { collections } from '../../server/src/ogc/collections.ts'
import { buildMvtSql } from '../../server/src/tiles/tile.sql.ts'
import { lngLatToTile, tileToBbox4326 } from '../../server/src/tiles/tile-math.ts'
import type { TileCoord } from '../../server/src/tiles/tile-coord.ts'
import { createRandom, openBenchDb, startApp, summarize, timeEach, type BenchContext, type BenchFile, type Engine } from './bench-kit.ts'
import { loadTest } from './load-test.ts'
import { loadPlaces, PlacesExtent } from './synthetic-places.ts'

const placeNames = collections.find((c) => c.id === 'place_names')!

/** Search queries by kind; the vocabulary makes each match many names at every size. */
const SEARCHES: [kind: string, q: string][] = [
  ['2 characters', '桂花'],
  ['3 characters', '温泉路'],
  ['full pinyin', 'guihua'],
  ['initials', 'ghl'],
  ['typo (homophone character)', '桂化路'],
  ['typo (pinyin, no direct match)', 'guihuilu'],
  ['typo (other character)', '桂树路'],
  ['1 character', '山'],
]

function sampleTiles(n: number, z: number): TileCoord[] {
  const random = createRandom(12)
  const { west, south, east, north } = PlacesExtent
  return Array.from({ length: n }, () => lngLatToTile(west + (east - west) * random(), south + (north - south) * random(), z))
}

async function fetchOk(url: string): Promise<number> {
  const res = await fetch(url)
  const body = await res.arrayBuffer()
  if (!res.ok) throw new Error(`${url} → ${res.status} ${Buffer.from(body).toString('utf8').slice(0, 200)}`)
  return body.byteLength
}

async function benchSearch(ctx: BenchContext, db: Db, base: string, engine: Engine, size: number) {
  for (const [kind, q] of SEARCHES) {
    const urls = Array.from({ length: 60 }, () => `${base}/api/places?q=${encodeURIComponent(q)}&limit=20`)
    const ours = summarize(await timeEach(urls, fetchOk))
    // The baseline of issue 6: a plain ILIKE '%…%' scan of the same table (indexes off, so the trigram
    // indexes cannot serve it), all matches by name, first 20.
    const scan = summarize(await timeEach(Array.from({ length: size >= 1_000_000 ? 5 : 15 }, () => q), (text) =>
      db.transaction(async (tx) => {
        // PostgreSQL's default parallelism (the API's own sessions run without parallel workers).
        await tx.query('SET LOCAL max_parallel_workers_per_gather = 2')
        await tx.query('SET LOCAL enable_indexscan = off')
        await tx.query('SET LOCAL enable_bitmapscan = off')
        return tx.query("SELECT id, name FROM place_names WHERE name ILIKE '%' || $1 || '%' OR search_pinyin ILIKE '%' || $1 || '%' ORDER BY name LIMIT 20", [text])
      })))
    ctx.record({ suite: 'search', case: kind, engine, size, median: ours.median, p95: ours.p95, unit: 'ms', baseline: { name: 'ILIKE scan (SQL)', median: scan.median } })
  }
}

async function benchTiles(ctx: BenchContext, db: Db, base: string, engine: Engine, size: number) {
  const tiles = sampleTiles(60, 12)
  // The URL MapLibre requests (TileJSON's template, with the data version); the tile cache is off here.
  const template = ((await (await fetch(`${base}/tiles/place_names.json`)).json()) as { tiles: string[] }).tiles[0]!
  const url = (t: TileCoord) => template.replace('{z}', String(t.z)).replace('{x}', String(t.x)).replace('{y}', String(t.y))
  const plainUrl = (t: TileCoord) => `${base}/tiles/place_names/${t.z}/${t.x}/${t.y}.pbf`
  // Interleaved per tile (API, full route, direct SQL) after one untimed pass, so no variant profits from
  // pages the one before it brought into the cache.
  for (const t of tiles) await fetchOk(url(t))
  const direct = (t: TileCoord) => {
    const sql = buildMvtSql(placeNames, t)
    return db.query(sql.text, sql.values)
  }
  const samples = { api: [] as number[], plain: [] as number[], direct: [] as number[] }
  const time = async (into: number[], fn: () => Promise<unknown>) => {
    const t0 = performance.now()
    await fn()
    into.push(performance.now() - t0)
  }
  for (const t of tiles) {
    await time(samples.api, () => fetchOk(url(t)))
    await time(samples.plain, () => fetchOk(plainUrl(t)))
    if (engine === 'pg') await time(samples.direct, () => direct(t))
  }
  const api = summarize(samples.api)
  const plain = summarize(samples.plain)
  const bytes = (await Promise.all(tiles.slice(0, 10).map((t) => fetchOk(url(t))))).reduce((a, b) => a + b, 0) / 10
  const baseline = engine === 'pg' ? { name: 'ST_AsMVT SQL direct', median: summarize(samples.direct).median } : undefined
  ctx.record({ suite: 'tiles', case: 'z12 place-name tile via API (uncached, ?v= URL)', engine, size, median: api.median, p95: api.p95, unit: 'ms', baseline, note: `${Math.round(bytes / 1024)} KB avg` })
  ctx.record({ suite: 'tiles', case: 'z12 place-name tile via API (uncached, no ?v=: full route)', engine, size, median: plain.median, p95: plain.p95, unit: 'ms', baseline })
  const items = summarize(await timeEach(tiles.slice(0, 30), (t) => fetchOk(`${base}/ogc/collections/place_names/items?bbox=${tileToBbox4326(t).join(',')}&limit=10000`)))
  ctx.record({ suite: 'tiles', case: 'z12 tile via API (uncached)', engine, size, median: api.median, p95: api.p95, unit: 'ms', baseline: { name: 'GeoJSON bbox items', median: items.median } })
}

async function benchLoad(ctx: BenchContext, cachedDb: Db, engine: Engine, size: number) {
  // A second Db wrapper gets its own tile cache, created (lazily, at its first tile) with the cache on.
  process.env.DIMING_TILE_CACHE_MB = '64'
  const app = await startApp(cachedDb)
  try {
    const t = sampleTiles(1, 12)[0]!
    const tileUrl = `${app.base}/tiles/place_names/${t.z}/${t.x}/${t.y}.pbf`
    // The URL MapLibre requests: the TileJSON's template carries the data version (?v=).
    const template = ((await (await fetch(`${app.base}/tiles/place_names.json`)).json()) as { tiles: string[] }).tiles[0]!
    const versionedUrl = template.replace('{z}', String(t.z)).replace('{x}', String(t.x)).replace('{y}', String(t.y))
    await fetchOk(tileUrl)
    const cases: [string, string][] = [
      ['cached tile (?v= URL, as the map asks)', versionedUrl],
      ['cached tile without ?v= (full route)', tileUrl],
      ['OGC items page (limit 50, bbox)', `${app.base}/ogc/collections/place_names/items?bbox=${tileToBbox4326(t).join(',')}&limit=50`],
      ['search "桂花" (limit 20)', `${app.base}/api/places?q=${encodeURIComponent('桂花')}&limit=20`],
    ]
    for (const [name, url] of cases) {
      const r = await loadTest(url, ctx.loadSeconds)
      ctx.record({ suite: 'load (autocannon, 10 conn)', case: name, engine, size, median: r.rps, p95: null, unit: 'rps',
        note: `p50 ${r.p50} ms, p97.5 ${r.p97} ms${r.non2xx ? `, ${r.non2xx} non-2xx` : ''}${r.errors ? `, ${r.errors} errors` : ''}` })
    }
  } finally {
    process.env.DIMING_TILE_CACHE_MB = '0'
    await app.close()
  }
}

const bench: BenchFile = {
  name: 'place-name layer: search, tiles, load',
  async run(ctx) {
    for (const engine of ctx.engines) {
      for (const size of ctx.sizes) {
        if (engine === 'pglite' && size > ctx.pgliteMaxSize) {
          ctx.log(`skip pglite at ${size} (BENCH_PGLITE_MAX=${ctx.pgliteMaxSize})`)
          continue
        }
        const handle = await openBenchDb(ctx, engine, `places_${size}`)
        try {
          const t0 = performance.now()
          await loadPlaces(handle.db, size)
          ctx.record({ suite: 'data', case: 'generate + load place names', engine, size, median: (performance.now() - t0) / 1000, p95: null, unit: 's' })
          const app = await startApp(handle.db)
          try {
            await benchSearch(ctx, handle.db, app.base, engine, size)
            await benchTiles(ctx, handle.db, app.base, engine, size)
          } finally {
            await app.close()
          }
          const second = handle.reopen()
          try {
            await benchLoad(ctx, second, engine, size)
          } finally {
            await second.close()
          }
        } finally {
          await handle.close()
        }
      }
    }
  },
}

export default bench
