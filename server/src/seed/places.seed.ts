import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson'
import type { Queryable } from '../db/db.ts'
import { INSERT_ROAD, SELECT_DIVISION_AT } from '../db/places.queries.ts'
import { ensureRuleSets, ruleSetForDivision } from '../db/places.rule-sets.ts'
import { resolveSettings } from '../domain/naming/rule-set-settings.ts'
import { placeNameFields, type NameFieldSettings } from '../domain/places/place-name-fields.ts'
import { readCollection } from './divisions.seed.ts'
import type { SeedContext, SeedStep } from './seed-step.ts'

type DivisionProps = { code: string; name: string; level: string; label_point?: [number, number]; source?: string }

const NBS = 'NBS 2023 统计用区划代码'
/** Units in the NBS town list that are not townships (开发区, 林场 …): class 22, non-administrative areas. */
const NON_TOWNSHIP = /(开发区|林场|农场|管理处|管理局|管理区|示范区|园区|茶场|渔场)$/
/** Living areas the NBS list invents for state farms: not place names. */
const NOT_A_PLACE = /(虚拟生活区|生活区)$/
/** A community named after its street: 万年路社区 → 万年路, 泉口街居委会 → 泉口街. */
const ROAD_IN_COMMUNITY = /^(.{1,6}?(大道|大街|路|街|巷))(社区|居委会|居民委员会)/

/**
 * The place name an NBS village-level unit stands for: 肖桥村村委会 → 肖桥村, 界石村民委员会 → 界石村,
 * 温泉社区居民委员会 → 温泉社区, 凤凰山居委会 → 凤凰山社区.
 */
export function placeNameOfUnit(nbsName: string): { name: string; category_code: string } | null {
  if (NOT_A_PLACE.test(nbsName)) return null
  const village = nbsName.replace(/(村民委员会|村委会)$/, '')
  if (village !== nbsName) return { name: village.endsWith('村') ? village : `${village}村`, category_code: '2310' }
  const community = nbsName.replace(/(居民委员会|居委会|委员会)$/, '')
  if (community.endsWith('村')) return { name: community, category_code: '2310' }
  return { name: community.endsWith('社区') ? community : `${community}社区`, category_code: '2320' }
}

/** FNV-1a: a stable number from a string, so synthetic lines are the same on every seed. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0
  return h
}

/** A synthetic ~800 m straight road through a point, its direction seeded by the name. */
export function syntheticRoad([lng, lat]: [number, number], seed: string, halfLengthDeg = 0.004): LineString {
  const angle = [0, 90, 45, 135][hash(seed) % 4]! * Math.PI / 180
  const dx = Math.cos(angle) * halfLengthDeg
  const dy = Math.sin(angle) * halfLengthDeg * 0.9
  const r = (n: number) => Math.round(n * 1e6) / 1e6
  return { type: 'LineString', coordinates: [[r(lng - dx), r(lat - dy)], [r(lng + dx), r(lat + dy)]] }
}

interface SeedRow { name: string; category_code: string; geometry: Geometry; source: string; location_description?: string }

/**
 * One statement for all rows: each row's division is found by point-in-polygon in SQL, the entry gets its
 * first revision, and line entries get their road row. Rows outside every division are skipped.
 */
const BULK_INSERT = `
  WITH input AS (
    SELECT r.*, ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326) AS g FROM json_to_recordset($1::json) AS r(
      idx int, name text, specific_name text, generic_name text, pinyin text, category_code text, geometry text,
      source text, location_description text, search_pinyin text, search_initials text, normalized_name text)
  ), located AS (
    SELECT i.*, (SELECT d.code FROM divisions d WHERE d.geom IS NOT NULL AND ST_Covers(d.geom, ST_PointOnSurface(i.g))
      ORDER BY CASE d.level WHEN 'village' THEN 1 WHEN 'township' THEN 2 WHEN 'county' THEN 3 ELSE 4 END LIMIT 1) AS division_code
    FROM input i
  ), inserted AS (
    INSERT INTO place_names (name, specific_name, generic_name, pinyin, category_code, division_code, geom, location_description,
      status, source, search_pinyin, search_initials, normalized_name, created_by, updated_by)
    SELECT name, specific_name, generic_name, pinyin, category_code, division_code, g, location_description, 'approved', source,
      search_pinyin, search_initials, normalized_name, 'seed', 'seed'
    FROM located WHERE division_code IS NOT NULL ORDER BY idx
    RETURNING id, name, pinyin, geom, source, division_code
  ), revisions AS (
    INSERT INTO place_name_revisions (place_id, revision, action, reason, after, changed_by, created_by, updated_by)
    SELECT id, 1, 'import', 'seed: ' || source, json_build_object('name', name, 'pinyin', pinyin)::jsonb, 'seed', 'seed', 'seed' FROM inserted
    RETURNING place_id
  ), roads_added AS (
    INSERT INTO roads (place_id, source_name, road_class, division_code, geom, source, created_by, updated_by)
    SELECT id, name, 'street', division_code, geom, source, 'seed', 'seed' FROM inserted WHERE GeometryType(geom) = 'LINESTRING'
    RETURNING id
  )
  SELECT (SELECT count(*)::int FROM inserted) AS places, (SELECT count(*)::int FROM revisions) AS revisions,
    (SELECT count(*)::int FROM roads_added) AS roads`

async function insertRows(tx: Queryable, rows: SeedRow[], settings: NameFieldSettings): Promise<{ places: number; roads: number }> {
  const input = rows.map((row, idx) => {
    const f = placeNameFields(row.name, { category_code: row.category_code }, settings)
    return { idx, ...f, polyphones: undefined, category_code: row.category_code, geometry: JSON.stringify(row.geometry),
      source: row.source, location_description: row.location_description ?? null }
  })
  const { rows: [counts] } = await tx.query<{ places: number; roads: number }>(BULK_INSERT, [JSON.stringify(input)])
  return counts!
}

const point = (f: Feature<Geometry, DivisionProps>): [number, number] =>
  f.geometry.type === 'Point' ? (f.geometry as Point).coordinates as [number, number] : f.properties.label_point!

/**
 * Seeds the register with real names: townships and villages/communities from the NBS code list (at their
 * synthetic points), and the road names the communities give away (万年路社区 → 万年路) on synthetic lines;
 * plus a few unnamed synthetic roads near each county seat for the 有地无名 queue. Every row says its source.
 */
export const placesSeed: SeedStep = {
  name: 'places',
  async run(tx, ctx: SeedContext) {
    await ensureRuleSets(tx)
    const settings = resolveSettings((await ruleSetForDivision(tx, `${ctx.dataset.city_code}`)).settings)
    const townships = await readCollection<DivisionProps>(ctx, 'townships.geojson')
    const villages = await readCollection<DivisionProps>(ctx, 'villages.geojson')
    const rows: SeedRow[] = townships.features.map((t) => ({
      name: t.properties.name, category_code: NON_TOWNSHIP.test(t.properties.name) ? '22' : '2120',
      geometry: { type: 'Point', coordinates: point(t) }, source: `${NBS}（名称）；位置点为合成数据 synthetic point (generator v1)`,
    }))
    const roadsSeen = new Set<string>()
    for (const v of villages.features) {
      const unit = placeNameOfUnit(v.properties.name)
      if (!unit) continue
      const at = point(v)
      rows.push({ ...unit, geometry: { type: 'Point', coordinates: at }, source: `${NBS}：${v.properties.name}；位置点为合成数据 synthetic point (generator v1)` })
      const road = ROAD_IN_COMMUNITY.exec(v.properties.name)?.[1]
      const county = v.properties.code.slice(0, 6)
      if (!road || roadsSeen.has(`${county}:${road}`)) continue
      roadsSeen.add(`${county}:${road}`)
      rows.push({ name: road, category_code: '2530', geometry: syntheticRoad(at, road), location_description: `${v.properties.name}辖区内（线位示意）`,
        source: `${NBS}：道路名取自“${v.properties.name}”；线位为合成数据 synthetic line (seeded by name)` })
    }
    const counts = await insertRows(tx, rows, settings)
    const unnamed = await seedUnnamedRoads(tx, townships.features)
    ctx.log(`  places: ${counts.places} names (${counts.roads} named roads), ${unnamed} unnamed roads`)
    return counts.places + unnamed
  },
}

/** Three unnamed synthetic roads beside the first township of each county (有地无名 queue). */
async function seedUnnamedRoads(tx: Queryable, townships: Feature<Geometry, DivisionProps>[]): Promise<number> {
  const firstOfCounty = new Map<string, Feature<Geometry, DivisionProps>>()
  for (const t of townships) if (!firstOfCounty.has(t.properties.code.slice(0, 6))) firstOfCounty.set(t.properties.code.slice(0, 6), t)
  let n = 0
  for (const t of firstOfCounty.values()) {
    const [lng, lat] = point(t)
    for (let i = 0; i < 3; i++) {
      const line = syntheticRoad([lng + 0.012 * (i - 1), lat - 0.01], `${t.properties.code}-unnamed-${i}`, 0.003)
      const division = (await tx.query<{ code: string }>(SELECT_DIVISION_AT, [JSON.stringify(line)])).rows[0]
      await tx.query(INSERT_ROAD, [null, null, 'street', null, division?.code ?? null, JSON.stringify(line), 'synthetic: unnamed road for the 有地无名 queue (seeded)', 'seed'])
      n += 1
    }
  }
  return n
}
