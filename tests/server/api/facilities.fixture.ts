import type { Db } from '../../../server/src/db/db.ts'

/**
 * A tiny hand-made city for facility and coverage tests (codes in Xianning's pattern):
 *
 *   T1 421202001000: lng 114.30–114.32, lat 29.84–29.86   T2 421202002000: lng 114.32–114.34, same lat
 *   both in county 421202000000 (咸安区) in city 421200000000; county 421221000000 (嘉鱼县) has T3
 *   421221001000 at lng 114.00–114.02, lat 29.84–29.86.
 *
 * Villages (points, population, urban-rural code):
 *   V11 (114.305, 29.845) 1000 111 urban   V12 (114.305, 29.855) 500 111 urban   V13 (114.315, 29.855) 300 220
 *   V21 (114.325, 29.845) 200 220          V22 (114.335, 29.855) 100 210
 *   V31 (114.010, 29.850) null 220
 */
export const CODES = {
  city: '421200000000', county: '421202000000', county2: '421221000000',
  t1: '421202001000', t2: '421202002000', t3: '421221001000',
  v11: '421202001001', v12: '421202001002', v13: '421202001003', v21: '421202002001', v22: '421202002002', v31: '421221001001',
} as const

const square = (w: number, s: number, e: number, n: number) =>
  JSON.stringify({ type: 'MultiPolygon', coordinates: [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]] })
const point = (lng: number, lat: number) => JSON.stringify({ type: 'Point', coordinates: [lng, lat] })

const INSERT = `INSERT INTO divisions (code, name, level, parent_code, urban_rural_code, population_total, geom, label_point, source)
  VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::text IS NULL THEN NULL ELSE ST_SetSRID(ST_GeomFromGeoJSON($7), 4326) END,
    ST_SetSRID(ST_GeomFromGeoJSON($8), 4326), 'test fixture')`

/** Inserts the fixture divisions (parents first). */
export async function insertFixtureDivisions(db: Db): Promise<void> {
  const rows: [string, string, string, string | null, string | null, number | null, string | null, string][] = [
    [CODES.city, '测试市', 'city', null, null, null, square(113.9, 29.8, 114.4, 29.9), point(114.2, 29.85)],
    [CODES.county, '咸安区', 'county', CODES.city, null, null, square(114.3, 29.84, 114.34, 29.86), point(114.32, 29.85)],
    [CODES.county2, '嘉鱼县', 'county', CODES.city, null, null, square(114.0, 29.84, 114.02, 29.86), point(114.01, 29.85)],
    [CODES.t1, '一镇', 'township', CODES.county, null, null, square(114.3, 29.84, 114.32, 29.86), point(114.31, 29.85)],
    [CODES.t2, '二镇', 'township', CODES.county, null, null, square(114.32, 29.84, 114.34, 29.86), point(114.33, 29.85)],
    [CODES.t3, '三镇', 'township', CODES.county2, null, null, square(114.0, 29.84, 114.02, 29.86), point(114.01, 29.85)],
    [CODES.v11, '一社区', 'village', CODES.t1, '111', 1000, null, point(114.305, 29.845)],
    [CODES.v12, '二社区', 'village', CODES.t1, '111', 500, null, point(114.305, 29.855)],
    [CODES.v13, '三村', 'village', CODES.t1, '220', 300, null, point(114.315, 29.855)],
    [CODES.v21, '四村', 'village', CODES.t2, '220', 200, null, point(114.325, 29.845)],
    [CODES.v22, '五村', 'village', CODES.t2, '210', 100, null, point(114.335, 29.855)],
    [CODES.v31, '六村', 'village', CODES.t3, '220', null, null, point(114.01, 29.85)],
  ]
  for (const r of rows) await db.query(INSERT, r)
}
