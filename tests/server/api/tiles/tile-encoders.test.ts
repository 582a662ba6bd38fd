import { describe, expect, it, beforeAll } from 'vitest'
import { getCapabilities } from '../../../../server/src/db/capabilities-cache.ts'
import { collections } from '../../../../server/src/ogc/collections.ts'
import { createGeojsonVtTileEncoder } from '../../../../server/src/tiles/geojson-vt-tile-encoder.ts'
import { createSqlTileEncoder } from '../../../../server/src/tiles/sql-tile-encoder.ts'
import { selectTileEncoder } from '../../../../server/src/tiles/select-tile-encoder.ts'
import { lngLatToTile } from '../../../../server/src/tiles/tile-math.ts'
import { TEST_ENGINE, useTestDb } from '../../../helpers/test-db.ts'
import { insertDivisions } from '../ogc/divisions-fixture.ts'
import { decodeTile } from './decode-tile.ts'

const t = useTestDb()
const townships = collections.find((c) => c.id === 'divisions_township')!

beforeAll(async () => {
  await insertDivisions(t.db)
})

describe('selectTileEncoder', () => {
  it('uses ST_AsMVT on PostgreSQL and geojson-vt on PGlite', async () => {
    expect((await selectTileEncoder(t.db)).name).toBe(TEST_ENGINE === 'pg' ? 'st_asmvt' : 'geojson-vt')
    expect((await getCapabilities(t.db)).hasAsMvt).toBe(TEST_ENGINE === 'pg')
  })
})

describe('createGeojsonVtTileEncoder', () => {
  it('encodes the same features as a point query of the tile area', async () => {
    const tile = lngLatToTile(114.3, 29.9, 9)
    const layers = decodeTile(await createGeojsonVtTileEncoder(t.db).encode(townships, tile))
    expect(layers.divisions_township!.features.map((f) => f.properties.code).sort()).toEqual(['421202001000', '421202100000', '421221100000'])
  })
  it('returns zero bytes for an empty tile', async () => {
    const tile = lngLatToTile(0, 0, 9)
    expect((await createGeojsonVtTileEncoder(t.db).encode(townships, tile)).byteLength).toBe(0)
  })
})

describe.runIf(TEST_ENGINE === 'pg')('createSqlTileEncoder', () => {
  it('agrees with the geojson-vt encoder on features, attributes and geometry (within 1 tile unit)', async () => {
    for (const z of [8, 10, 12]) {
      const tile = lngLatToTile(114.25, 29.85, z)
      const sql = decodeTile(await createSqlTileEncoder(t.db).encode(townships, tile)).divisions_township!
      const vt = decodeTile(await createGeojsonVtTileEncoder(t.db).encode(townships, tile)).divisions_township!
      const byCode = (fs: typeof sql.features) => new Map(fs.map((f) => [f.properties.code, f]))
      const a = byCode(sql.features)
      const b = byCode(vt.features)
      expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
      for (const [code, fa] of a) {
        const fb = b.get(code)!
        expect(fa.properties).toEqual(fb.properties)
        const box = (f: typeof fa) => {
          const pts = f.geometry.flat()
          return [Math.min(...pts.map((p) => p.x)), Math.min(...pts.map((p) => p.y)), Math.max(...pts.map((p) => p.x)), Math.max(...pts.map((p) => p.y))]
        }
        box(fa).forEach((v, i) => expect(Math.abs(v - box(fb)[i]!)).toBeLessThanOrEqual(1))
      }
    }
  })
})
