import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../helpers/test-app.ts'
import { useTestDb } from '../../../helpers/test-db.ts'
import { insertAreaRows } from './area-fixtures.ts'
import { DIVISIONS, insertDivisions } from './divisions-fixture.ts'

// A real OGC client: GDAL's OAPIF driver (Debian gdal-bin) must list and copy our collections.
const run = promisify(execFile)
const hasGdal = existsSync('/usr/bin/ogr2ogr') && existsSync('/usr/bin/ogrinfo')
const t = useTestDb()
let app: TestApp
let server: Server
let base = ''
let dir = ''

beforeAll(async () => {
  await insertDivisions(t.db)
  await insertAreaRows(t.db)
  app = createTestApp(t.db)
  server = await new Promise<Server>((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s))
  })
  base = `OAPIF:http://127.0.0.1:${(server.address() as AddressInfo).port}/ogc`
  dir = mkdtempSync(path.join(tmpdir(), 'diming-ogc-'))
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  if (dir) rmSync(dir, { recursive: true, force: true })
})

interface Feature {
  id?: string | number
  properties: Record<string, unknown>
  geometry: { type: string } | null
}

async function copyToGpkg(collection: string, pageSize: number): Promise<Feature[]> {
  const gpkg = path.join(dir, `${collection}-${pageSize}.gpkg`)
  // GDAL's page size is its own `limit`; a small one makes it follow our `next` links.
  await run('ogr2ogr', ['-f', 'GPKG', gpkg, base, collection, '-oo', `PAGE_SIZE=${pageSize}`], { timeout: 60_000 })
  const { stdout } = await run('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', gpkg, collection], { timeout: 60_000, maxBuffer: 64 << 20 })
  return (JSON.parse(stdout) as { features: Feature[] }).features
}

/** GDAL writes JSON objects as JSON strings and may drop null fields; compare on that footing. */
function normalise(v: unknown): unknown {
  if (v === undefined || v === null) return null
  if (typeof v === 'object') return JSON.stringify(v)
  return v
}

describe.skipIf(!hasGdal)('GDAL OAPIF client', () => {
  it('ogrinfo lists every public collection', async () => {
    const { stdout } = await run('ogrinfo', ['-ro', '-q', base], { timeout: 60_000 })
    const listed = (await app.anon.get('/ogc/collections?f=json')).body.collections.map((c: { id: string }) => c.id) as string[]
    expect(listed).toEqual(expect.arrayContaining(['divisions', 'place_names', 'roads', 'facilities', 'facilities_elder_care_institution']))
    expect(listed).not.toContain('boundary_lines')
    for (const id of listed) expect(stdout, id).toMatch(new RegExp(`: ${id}( |$)`, 'm'))
  })

  it('ogr2ogr copies every public collection completely, every attribute included, across pages', async () => {
    const listed = (await app.anon.get('/ogc/collections?f=json')).body.collections.map((c: { id: string }) => c.id) as string[]
    for (const id of listed) {
      const api = (await app.anon.get(`/ogc/collections/${id}/items?limit=10000`)).body as { features: Feature[]; numberMatched: number }
      // Small pages on the larger collections make GDAL follow `next` links; one page elsewhere keeps it quick.
      const copied = await copyToGpkg(id, ['divisions', 'place_names', 'facilities'].includes(id) ? 2 : 1000)
      expect(copied.length, id).toBe(api.numberMatched)
      const idKey = id.startsWith('divisions') ? 'code' : 'id'
      const byId = new Map(copied.map((f) => [String(f.properties[idKey]), f]))
      for (const f of api.features) {
        const g = byId.get(String(f.properties[idKey]))
        expect(g, `${id} ${f.id}`).toBeDefined()
        for (const [key, value] of Object.entries(f.properties)) {
          const got = normalise(g!.properties[key])
          const want = normalise(value)
          if (typeof want === 'string' && want.startsWith('{')) expect(JSON.parse(got as string), `${id}.${key}`).toEqual(JSON.parse(want))
          else expect(got, `${id} ${f.id} ${key}`).toEqual(want)
        }
        expect(g!.geometry?.type ?? null, `${id} ${f.id} geometry`).toBe(f.geometry?.type ?? null)
      }
    }
  })

  it('copies the divisions with the fixture values (not just the API echo)', async () => {
    const out = await copyToGpkg('divisions', 3)
    expect(out).toHaveLength(DIVISIONS.length)
    const byCode = new Map(out.map((f) => [f.properties.code, f]))
    for (const d of DIVISIONS) {
      expect(byCode.get(d.code)!.properties).toMatchObject({ name: d.name, level: d.level })
      expect(byCode.get(d.code)!.properties.population_total ?? null).toBe(d.population_total)
    }
  })
})
