import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../helpers/test-app.ts'
import { useTestDb } from '../../../helpers/test-db.ts'
import { DIVISIONS, insertDivisions } from './divisions-fixture.ts'

// A real OGC client: GDAL's OAPIF driver (Debian gdal-bin) must list and copy our collections.
const run = promisify(execFile)
const hasGdal = existsSync('/usr/bin/ogr2ogr') && existsSync('/usr/bin/ogrinfo')
const t = useTestDb()
let server: Server
let base = ''
let dir = ''

beforeAll(async () => {
  await insertDivisions(t.db)
  const { app } = createTestApp(t.db)
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  base = `OAPIF:http://127.0.0.1:${(server.address() as AddressInfo).port}/ogc`
  dir = mkdtempSync(path.join(tmpdir(), 'diming-ogc-'))
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  if (dir) rmSync(dir, { recursive: true, force: true })
})

interface GeoJsonOut {
  features: { properties: Record<string, unknown>; geometry: { type: string } | null }[]
}

async function copyToGpkg(collection: string, pageSize: number): Promise<GeoJsonOut> {
  const gpkg = path.join(dir, `${collection}-${pageSize}.gpkg`)
  // GDAL's page size is its own `limit`; a small one makes it follow our `next` links.
  await run('ogr2ogr', ['-f', 'GPKG', gpkg, base, collection, '-oo', `PAGE_SIZE=${pageSize}`], { timeout: 60_000 })
  const { stdout } = await run('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', gpkg, collection], { timeout: 60_000, maxBuffer: 64 << 20 })
  return JSON.parse(stdout) as GeoJsonOut
}

describe.skipIf(!hasGdal)('GDAL OAPIF client', () => {
  it('ogrinfo lists every public collection', async () => {
    const { stdout } = await run('ogrinfo', ['-ro', '-q', base], { timeout: 60_000 })
    for (const id of ['divisions', 'divisions_city', 'divisions_county', 'divisions_township', 'divisions_village']) {
      expect(stdout).toMatch(new RegExp(`: ${id}( |$)`, 'm'))
    }
  })

  it('ogr2ogr copies every feature and attribute into a GeoPackage, across pages', async () => {
    const out = await copyToGpkg('divisions', 3)
    expect(out.features).toHaveLength(DIVISIONS.length)
    const byCode = new Map(out.features.map((f) => [f.properties.code, f]))
    for (const d of DIVISIONS) {
      const f = byCode.get(d.code)
      expect(f, d.code).toBeDefined()
      expect(f!.properties).toMatchObject({ name: d.name, level: d.level, parent_code: d.parent_code })
      expect(f!.properties.population_total ?? null).toBe(d.population_total)
      expect(f!.geometry === null).toBe(d.box === null)
    }
  })

  it('ogr2ogr copies a per-level collection completely', async () => {
    const out = await copyToGpkg('divisions_township', 1000)
    expect(out.features.map((f) => f.properties.code).sort()).toEqual(
      DIVISIONS.filter((d) => d.level === 'township').map((d) => d.code).sort(),
    )
    expect(new Set(out.features.map((f) => f.geometry?.type))).toEqual(new Set(['MultiPolygon']))
  })
})
