/**
 * Bulk import of a GeoJSON of N place names (streamed, batched, one transaction, pinyin and division
 * computed per row) against `ogr2ogr` loading the same file into the same PostGIS, with the Node heap
 * sampled during the import to show that memory stays flat as N grows.
 */
import { execFile } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createBatchStore } from '../../server/src/db/bulk.store.ts'
import { importTargets } from '../../server/src/domain/bulk/import-targets.ts'
import { readGeojson } from '../../server/src/domain/bulk/readers/read-geojson.ts'
import { runImport } from '../../server/src/domain/bulk/run-import.ts'
import { insertDivisions } from '../server/api/ogc/divisions-fixture.ts'
import { createRandom, openBenchDb, type BenchFile } from './bench-kit.ts'
import { PlacesExtent, placeVocabulary } from './synthetic-places.ts'

const run = promisify(execFile)

/** Write N deterministic place-name features as a GeoJSON file, streamed (the file can exceed memory). */
async function writePlacesGeojson(file: string, n: number): Promise<void> {
  const vocab = placeVocabulary(5000)
  const random = createRandom(7)
  const { west, south, east, north } = PlacesExtent
  const out = createWriteStream(file)
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())))
  await write('{"type":"FeatureCollection","features":[\n')
  for (let i = 0; i < n; i++) {
    const v = vocab[i % vocab.length]!
    const lng = (west + (east - west) * random()).toFixed(6)
    const lat = (south + (north - south) * random()).toFixed(6)
    await write(`${i ? ',\n' : ''}{"type":"Feature","properties":{"name":"${v.name}","category_code":"${v.category_code}"},"geometry":{"type":"Point","coordinates":[${lng},${lat}]}}`)
  }
  await write('\n]}\n')
  await new Promise<void>((resolve) => out.end(() => resolve()))
}

const bench: BenchFile = {
  name: 'bulk import vs ogr2ogr',
  async run(ctx) {
    const dir = await mkdtemp(path.join(tmpdir(), 'diming-bench-import-'))
    try {
      for (const size of ctx.sizes) {
        const file = path.join(dir, `places-${size}.geojson`)
        await writePlacesGeojson(file, size)
        const mb = (await stat(file)).size / 2 ** 20
        for (const engine of ctx.engines) {
          if (engine === 'pglite' && size > ctx.pgliteImportMaxSize) continue
          const handle = await openBenchDb(ctx, engine, `import_${size}`)
          try {
            await insertDivisions(handle.db)
            global.gc?.()
            const start = process.memoryUsage()
            let peakHeap = start.heapUsed
            let peakRss = start.rss
            const sampler = setInterval(() => {
              const m = process.memoryUsage()
              peakHeap = Math.max(peakHeap, m.heapUsed)
              peakRss = Math.max(peakRss, m.rss)
            }, 100)
            const t0 = performance.now()
            const report = await runImport({
              db: handle.db, target: importTargets.place_names, store: createBatchStore(), open: () => readGeojson(file),
              fileName: path.basename(file), actor: 'bench',
            })
            const seconds = (performance.now() - t0) / 1000
            clearInterval(sampler)
            if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report.fileError ?? report.issues.slice(0, 3))}`)
            let baseline: { name: string; median: number } | undefined
            if (engine === 'pg') {
              const u = new URL(handle.url!)
              const pgConn = `PG:host=${u.hostname} port=${u.port || 5432} user=${decodeURIComponent(u.username) || 'postgres'} dbname=${u.pathname.slice(1)}`
              const b0 = performance.now()
              await run('ogr2ogr', ['-f', 'PostgreSQL', pgConn, file, '-nln', 'ogr_place_names', '-lco', 'GEOMETRY_NAME=geom', '-lco', 'SPATIAL_INDEX=GIST', '-gt', '65536'], { timeout: 3600_000 })
              baseline = { name: 'ogr2ogr → PostGIS', median: (performance.now() - b0) / 1000 }
            }
            ctx.record({
              suite: 'import', case: `GeoJSON place names (${mb.toFixed(0)} MB)`, engine, size, median: seconds, p95: null, unit: 's', baseline,
              note: `${Math.round(size / seconds)} rows/s; heap peak +${((peakHeap - start.heapUsed) / 2 ** 20).toFixed(0)} MB, rss peak +${((peakRss - start.rss) / 2 ** 20).toFixed(0)} MB`,
            })
          } finally {
            await handle.close()
          }
        }
        await rm(file)
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  },
}

export default bench
