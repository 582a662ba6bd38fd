/**
 * A small county for boundary tests: 咸安区 (a 0.1° square) split into four townships that share edges
 * exactly with each other and with the county outline, one of them an enclave (a hole in 永安街道).
 *
 *   29.90 +-----------A------------+---------B------------+
 *         | 温泉街道 (001)          ~ 浮山街道 (002)        |   ~ = wiggly A–B edge
 *   29.85 +-----------------------+-----------------------+   (114.25, 29.85) is a tri-junction
 *         | 永安街道 (003)     +--D--+                      |   D = 汀泗桥镇 (100), enclave
 *   29.80 +--------------------+-----+---------------------+
 *       114.20               114.25                    114.30
 */
import type { Queryable } from '../../../server/src/db/db.ts'

export const CITY = '421200000000'
export const COUNTY = '421202000000'
export const WENQUAN = '421202001000'
export const FUSHAN = '421202002000'
export const YONGAN = '421202003000'
export const TINGSIQIAO = '421202100000'

const AB_EDGE = [[114.25, 29.9], [114.252, 29.88], [114.249, 29.87], [114.25, 29.85]]
const ring = (positions: number[][]) => ({ type: 'Polygon', coordinates: [positions] })

export const COUNTY_POLYGON = ring([[114.2, 29.8], [114.3, 29.8], [114.3, 29.9], [114.2, 29.9], [114.2, 29.8]])
const WENQUAN_POLYGON = ring([[114.2, 29.85], [114.25, 29.85], ...[...AB_EDGE].reverse().slice(1), [114.2, 29.9], [114.2, 29.85]])
const FUSHAN_POLYGON = ring([[114.25, 29.85], [114.3, 29.85], [114.3, 29.9], ...AB_EDGE])
const ENCLAVE = [[114.24, 29.81], [114.26, 29.81], [114.26, 29.83], [114.24, 29.83], [114.24, 29.81]]
const YONGAN_POLYGON = {
  type: 'Polygon',
  coordinates: [[[114.2, 29.8], [114.3, 29.8], [114.3, 29.85], [114.25, 29.85], [114.2, 29.85], [114.2, 29.8]], [...ENCLAVE].reverse()],
}
const TINGSIQIAO_POLYGON = ring(ENCLAVE)

const INSERT = `
  INSERT INTO divisions (code, name, level, parent_code, geom, label_point, source)
  VALUES ($1, $2, $3, $4, CASE WHEN $5::text IS NULL THEN NULL ELSE ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($5), 4326)) END,
    ST_SetSRID(ST_MakePoint($6, $7), 4326), 'synthetic test fixture')`

/** Inserts the city, the county and its four townships. */
export async function insertBoundaryFixture(db: Queryable): Promise<void> {
  const rows: Array<[string, string, string, string | null, object | null, number, number]> = [
    [CITY, '咸宁市', 'city', null, COUNTY_POLYGON, 114.25, 29.85],
    [COUNTY, '咸安区', 'county', CITY, COUNTY_POLYGON, 114.25, 29.85],
    [WENQUAN, '温泉街道', 'township', COUNTY, WENQUAN_POLYGON, 114.22, 29.875],
    [FUSHAN, '浮山街道', 'township', COUNTY, FUSHAN_POLYGON, 114.28, 29.875],
    [YONGAN, '永安街道', 'township', COUNTY, YONGAN_POLYGON, 114.22, 29.82],
    [TINGSIQIAO, '汀泗桥镇', 'township', COUNTY, TINGSIQIAO_POLYGON, 114.25, 29.82],
  ]
  for (const [code, name, level, parent, geom, lng, lat] of rows) {
    await db.query(INSERT, [code, name, level, parent, geom ? JSON.stringify(geom) : null, lng, lat])
  }
}

/** Inserts the fixture and derives its edge topology, as the boundaries seed step does. */
export async function seedBoundaryFixture(db: import('../../../server/src/db/db.ts').Db): Promise<void> {
  const { deriveTopology, rebuildTownships } = await import('../../../server/src/db/boundaries.topology.ts')
  await insertBoundaryFixture(db)
  await db.transaction(async (tx) => {
    await deriveTopology(tx, 'seed')
    await rebuildTownships(tx, [WENQUAN, FUSHAN, YONGAN, TINGSIQIAO], 'seed')
  })
}

/** The id, version and coordinates of a line found by its code. */
export async function lineByCode(db: Queryable, code: string): Promise<{ id: number; version: number; coordinates: number[][] }> {
  const { rows } = await db.query<{ id: number; version: number; geometry: { coordinates: number[][] } }>(
    'SELECT id, version, ST_AsGeoJSON(geom, 8)::json AS geometry FROM boundary_lines WHERE code = $1', [code])
  const row = rows[0]
  if (!row) throw new Error(`fixture has no line ${code}`)
  return { id: row.id, version: row.version, coordinates: row.geometry.coordinates }
}

/**
 * The A–B line with its inner vertex near 29.88°N (`which` = 'upper') or near 29.87°N ('lower') moved to `to`,
 * whatever the stored direction of the line and earlier edits.
 */
export function moveAbVertex(coordinates: number[][], to: [number, number], which: 'upper' | 'lower' = 'upper'): number[][] {
  const northFirst = coordinates[0]![1]! > coordinates[coordinates.length - 1]![1]!
  const index = (which === 'upper') === northFirst ? 1 : coordinates.length - 2
  return coordinates.map((p, i) => (i === index ? to : p))
}
