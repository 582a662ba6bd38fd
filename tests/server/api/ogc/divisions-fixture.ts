import type { Queryable } from '../../../../server/src/db/db.ts'

/** A small divisions tree around Xianning: 1 city, 2 counties, 3 townships, 2 villages (one without geometry). */
export interface DivisionRow {
  code: string
  name: string
  level: 'city' | 'county' | 'township' | 'village'
  parent_code: string | null
  population_total: number | null
  /** [west, south, east, north] of a square geometry, or null for no geometry */
  box: [number, number, number, number] | null
}

export const DIVISIONS: DivisionRow[] = [
  { code: '421200000000', name: '咸宁市', level: 'city', parent_code: null, population_total: 2_500_000, box: [113.5, 29.0, 115.0, 30.3] },
  { code: '421202000000', name: '咸安区', level: 'county', parent_code: '421200000000', population_total: 600_000, box: [114.0, 29.6, 114.6, 30.1] },
  { code: '421221000000', name: '嘉鱼县', level: 'county', parent_code: '421200000000', population_total: 300_000, box: [113.6, 29.8, 114.0, 30.2] },
  { code: '421202001000', name: '温泉街道', level: 'township', parent_code: '421202000000', population_total: 90_000, box: [114.2, 29.8, 114.4, 30.0] },
  { code: '421202100000', name: '<b>汀泗桥</b>镇', level: 'township', parent_code: '421202000000', population_total: null, box: [114.0, 29.6, 114.2, 29.8] },
  { code: '421221100000', name: '鱼岳镇', level: 'township', parent_code: '421221000000', population_total: 40_000, box: [113.8, 29.9, 114.0, 30.1] },
  { code: '421202001001', name: '温泉社区', level: 'village', parent_code: '421202001000', population_total: 5_000, box: [114.25, 29.85, 114.3, 29.9] },
  { code: '421202100201', name: '无界村', level: 'village', parent_code: '421202100000', population_total: 800, box: null },
]

function square([w, s, e, n]: [number, number, number, number]) {
  return { type: 'MultiPolygon', coordinates: [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]] }
}

/** Insert DIVISIONS (or `rows`) with bound values, parents first. */
export async function insertDivisions(db: Queryable, rows: DivisionRow[] = DIVISIONS): Promise<void> {
  for (const r of rows) {
    const label = r.box ? [(r.box[0] + r.box[2]) / 2, (r.box[1] + r.box[3]) / 2] : [114.1, 29.7]
    await db.query(
      `INSERT INTO divisions (code, admin_code, name, level, parent_code, population_total, geom, label_point, source)
       VALUES ($1, $2, $3, $4, $5, $6, ST_SetSRID(ST_GeomFromGeoJSON($7), 4326), ST_SetSRID(ST_MakePoint($8, $9), 4326), 'test')`,
      [r.code, r.level === 'village' || r.level === 'township' ? null : r.code.slice(0, 6), r.name, r.level, r.parent_code,
        r.population_total, r.box ? JSON.stringify(square(r.box)) : null, label[0], label[1]],
    )
  }
}
