import type { Queryable } from '../../../../server/src/db/db.ts'

/** Place names, roads and facilities on top of DIVISIONS (insertDivisions first): a few rows each. */
export async function insertAreaRows(db: Queryable): Promise<void> {
  const places: [string, string, string, string, string, object, string | null][] = [
    ['温泉路', '温泉', '路', 'Wenquan Lu', 'approved', { type: 'LineString', coordinates: [[114.25, 29.86], [114.3, 29.87]] }, '2019-05-01'],
    ['潜山公园', '潜山', '公园', 'Qianshan Gongyuan', 'approved', { type: 'Point', coordinates: [114.31, 29.84] }, null],
    ['桂花村', '桂花', '村', 'Guihua Cun', 'approved', { type: 'Point', coordinates: [114.12, 29.7] }, '2020-01-15'],
    ['新月湖', '新月', '湖', 'Xinyue Hu', 'proposed', { type: 'Point', coordinates: [114.33, 29.85] }, null],
  ]
  for (const [name, specific, generic, pinyin, status, geom, approvedOn] of places) {
    await db.query(
      `INSERT INTO place_names (name, specific_name, generic_name, pinyin, category_code, division_code, geom, status, approved_on, source, meaning)
       VALUES ($1, $2, $3, $4, '25', '421202001000', ST_SetSRID(ST_GeomFromGeoJSON($5), 4326), $6, $7, 'test', $8)`,
      [name, specific, generic, pinyin, JSON.stringify(geom), status, approvedOn, status === 'approved' ? `${name}的含义 "quoted" & <tag>` : null],
    )
  }
  await db.query(
    `INSERT INTO roads (source_name, road_class, width_m, division_code, geom, source) VALUES
     ('温泉路', 'street', 12.5, '421202001000', ST_SetSRID(ST_GeomFromText('LINESTRING(114.25 29.86, 114.3 29.87)'), 4326), 'test'),
     (NULL, 'lane', NULL, '421202100000', ST_SetSRID(ST_GeomFromText('LINESTRING(114.1 29.7, 114.11 29.71)'), 4326), 'test')`,
  )
  const facilities: [string, string, string, [number, number]][] = [
    ['rural_welfare_home', '汀泗桥镇福利院', 'active', [114.1, 29.7]],
    ['elder_care_institution', '温泉养老院', 'active', [114.3, 29.86]],
    ['elder_care_institution', '旧养老院', 'retired', [114.29, 29.85]],
    ['emergency_shelter', '潜山避难场所', 'active', [114.31, 29.84]],
  ]
  for (const [type, name, status, [lng, lat]] of facilities) {
    await db.query(
      `INSERT INTO facilities (type, name, status, retired_at, division_code, geom, attributes)
       VALUES ($1, $2, $3, CASE WHEN $3 = 'retired' THEN now() END, '421202001000', ST_SetSRID(ST_MakePoint($4, $5), 4326), $6)`,
      [type, name, status, lng, lat, JSON.stringify({ beds: 40 })],
    )
  }
}
