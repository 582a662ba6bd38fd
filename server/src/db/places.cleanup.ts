import type { Geometry } from 'geojson'
import { findDuplicateGroups, type NamedEntry } from '../domain/naming/find-duplicate-groups.ts'
import { findMisfits } from '../domain/naming/find-misfits.ts'
import type { Queryable } from './db.ts'
import { DISPLAY_DECIMALS } from './places.queries.ts'
import { ruleSetForDivision } from './places.rule-sets.ts'

const SELECT_UNNAMED_ROADS = `
  SELECT r.id, r.source, r.road_class, r.width_m, r.division_code, d.name AS division_name,
    round(ST_Length(r.geom::geography)::numeric) AS length_m, ST_AsGeoJSON(r.geom, ${DISPLAY_DECIMALS})::json AS geometry,
    (SELECT n.id FROM naming_proposals n WHERE n.road_id = r.id AND n.status IN ('submitted', 'in_notice') LIMIT 1) AS pending_proposal_id
  FROM roads r LEFT JOIN divisions d ON d.code = r.division_code
  WHERE r.place_id IS NULL AND ($1::text IS NULL OR r.division_code LIKE $1 || '%')
  ORDER BY r.division_code, r.id LIMIT 2000`

/** 有地无名: road lines without a register name (and whether a proposal is pending for them). */
export async function unnamedRoads(q: Queryable, divisionPrefix: string | null) {
  return (await q.query<Record<string, unknown> & { id: number; geometry: Geometry }>(SELECT_UNNAMED_ROADS, [divisionPrefix])).rows
}

const SELECT_STANDARD = `
  SELECT p.id, p.name, p.normalized_name, p.category_code, p.division_code, d.name AS division_name,
    ST_AsGeoJSON(p.geom, ${DISPLAY_DECIMALS})::json AS geometry,
    CASE WHEN GeometryType(p.geom) LIKE '%LINESTRING' THEN ST_Length(p.geom::geography) END AS length_m,
    (SELECT r.width_m FROM roads r WHERE r.place_id = p.id AND r.width_m IS NOT NULL LIMIT 1) AS width_m
  FROM place_names p LEFT JOIN divisions d ON d.code = p.division_code
  WHERE p.status = 'approved' AND p.division_code IS NOT NULL AND ($1::text IS NULL OR p.division_code LIKE $1 || '%')
  ORDER BY p.id`

type Standard = NamedEntry & { division_name: string | null; geometry: Geometry; length_m: number | null; width_m: number | null }

async function standardNames(q: Queryable, divisionPrefix: string | null): Promise<Standard[]> {
  return (await q.query<Standard>(SELECT_STANDARD, [divisionPrefix])).rows.map((r) => ({ ...r, id: Number(r.id) }))
}

/** 多地重名: standard names used more than once within their comparison scope. */
export async function duplicateNames(q: Queryable, divisionPrefix: string | null, cityCode: string) {
  const rows = await standardNames(q, divisionPrefix)
  const ruleSet = await ruleSetForDivision(q, cityCode)
  const byId = new Map(rows.map((r) => [r.id, r]))
  return findDuplicateGroups(rows, ruleSet).map((g) => ({
    ...g,
    entries: g.entries.map((e) => { const r = byId.get(e.id)!; return { id: r.id, name: r.name, category_code: r.category_code, division_code: r.division_code, division_name: r.division_name, geometry: r.geometry } }),
  }))
}

/** 名不副实: standard names whose 通名 does not fit the class, size or geometry of the feature. */
export async function misfitNames(q: Queryable, divisionPrefix: string | null, cityCode: string) {
  const rows = await standardNames(q, divisionPrefix)
  const ruleSet = await ruleSetForDivision(q, cityCode)
  return rows
    .map((r) => ({ id: r.id, name: r.name, category_code: r.category_code, division_code: r.division_code, division_name: r.division_name, geometry: r.geometry,
      findings: findMisfits(r, ruleSet) }))
    .filter((r) => r.findings.length > 0)
}
