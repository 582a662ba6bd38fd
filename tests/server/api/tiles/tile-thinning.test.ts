import { beforeAll, describe, expect, it } from 'vitest'
import { collections } from '../../../../server/src/ogc/collections.ts'
import { selectTileEncoder } from '../../../../server/src/tiles/select-tile-encoder.ts'
import { lngLatToTile, tileToBbox4326 } from '../../../../server/src/tiles/tile-math.ts'
import { TEST_ENGINE, useTestDb } from '../../../helpers/test-db.ts'
import { insertDivisions } from '../ogc/divisions-fixture.ts'
import { decodeTile } from './decode-tile.ts'

// Low-zoom generalisation of the place-name layer (issue 6): a z12 tile keeps the most important names,
// by class, and from z14 every name is in its tile. Same on both encoders (ST_AsMVT and geojson-vt).

const placeNames = collections.find((c) => c.id === 'place_names')!
const maxAt12 = placeNames.tiles!.thin!.maxFeatures[12]!
const z12 = lngLatToTile(114.3, 29.9, 12)

const t = useTestDb()

beforeAll(async () => {
  await insertDivisions(t.db)
  const [w, s, e, n] = tileToBbox4326(z12)
  // maxAt12 + 200 streets and 20 villagers' committees inside one z12 tile; the committees rank first.
  await t.db.query(
    `INSERT INTO place_names (name, specific_name, generic_name, pinyin, category_code, division_code, geom, status, source)
     SELECT CASE WHEN g <= 20 THEN '桂' || g || '村' ELSE '桂' || g || '路' END, '桂' || g, CASE WHEN g <= 20 THEN '村' ELSE '路' END,
       'Gui ' || g, CASE WHEN g <= 20 THEN '2310' ELSE '2530' END, '421202001000',
       ST_SetSRID(ST_MakePoint($1::float8 + ($3::float8 - $1::float8) * (0.05 + 0.9 * ((g * 0.618034) - floor(g * 0.618034))),
                               $2::float8 + ($4::float8 - $2::float8) * (0.05 + 0.9 * ((g * 0.754878) - floor(g * 0.754878)))), 4326),
       'approved', 'thinning test'
     FROM generate_series(1, $5::int) g`, [w, s, e, n, maxAt12 + 220])
})

describe(`place-name tile thinning (${TEST_ENGINE})`, () => {
  it(`keeps at most ${maxAt12} names in a z12 tile, the higher classes first`, async () => {
    const encoder = await selectTileEncoder(t.db)
    const layer = decodeTile(await encoder.encode(placeNames, z12)).place_names!
    expect(layer.features).toHaveLength(maxAt12)
    const villages = layer.features.filter((f) => f.properties.category_code === '2310')
    expect(villages).toHaveLength(20)
  })

  it('keeps every name from z14 on', async () => {
    const encoder = await selectTileEncoder(t.db)
    let total = 0
    const x0 = z12.x * 4
    const y0 = z12.y * 4
    for (let dx = 0; dx < 4; dx++) {
      for (let dy = 0; dy < 4; dy++) {
        const buf = await encoder.encode(placeNames, { z: 14, x: x0 + dx, y: y0 + dy })
        // A point on a shared tile edge would count twice; the fixture keeps points 5 % inside the z12 tile.
        const layer = decodeTile(buf).place_names
        total += layer ? layer.features.filter((f) => f.geometry.flat().every((p) => p.x >= 0 && p.x < 4096 && p.y >= 0 && p.y < 4096)).length : 0
      }
    }
    expect(total).toBe(maxAt12 + 220)
  })
})
