/**
 * On-demand validation of the boundary survey: partition of each county (gaps, overlaps, township
 * outside its county, invalid polygons), slivers, self-intersecting and crossing lines, markers off their
 * line and out-of-order numbering. Every error has a location to show on the map.
 */
import kinks from '@turf/kinks'
import { lineString } from '@turf/helpers'
import type { LineString, Point, Position } from 'geojson'
import { findNumberingErrors } from '../domain/boundaries/find-numbering-errors.ts'
import { validateMarkerOnLine } from '../domain/boundaries/validate-marker-on-line.ts'
import { locateOnLine } from '../domain/boundaries/locate-on-line.ts'
import type { MarkerType } from '../domain/boundaries/types.ts'
import type { Queryable } from './db.ts'
import {
  SELECT_COUNTIES_WITH_TOWNSHIPS, SELECT_LINE_CROSSINGS, SELECT_LINES_FOR_VALIDATION, SELECT_MARKERS_OF_LINES,
  SELECT_SLIVER_PARTS, SELECT_TOWNSHIPS_OF_COUNTIES, UPDATE_LINE_GEOMETRY_DRAFT,
} from './boundaries.queries.ts'
import { findPartitionProblems, rebuildTownships } from './boundaries.topology.ts'

export interface ValidationOptions {
  /** counties to check; null = every county with township polygons */
  countyCodes: string[] | null
  /** gap pieces and polygon parts smaller than this are reported as slivers, m² */
  sliverAreaM2: number
  /** markers farther than this from their line are reported, m */
  markerToleranceM: number
}

export interface ValidationError {
  code: string
  message: string
  location: Point | null
  county_code?: string | null
  unit_code?: string
  line_id?: number
  line_code?: string
  marker_id?: number
  marker_number?: string
  area_m2?: number
  /** how far a marker stands off its line, m */
  distance_m?: number
  expected?: string
}

export interface ValidationReport {
  valid: boolean
  checked: { counties: number; lines: number; markers: number }
  errors: ValidationError[]
}

const point = (coordinates: Position): Point => ({ type: 'Point', coordinates })

async function partitionErrors(tx: Queryable, counties: string[], townships: string[], sliverAreaM2: number): Promise<ValidationError[]> {
  const problems = await findPartitionProblems(tx, counties, townships)
  const errors: ValidationError[] = problems.map((p) => {
    const code = p.problem === 'gap' && (p.area_m2 ?? 0) < sliverAreaM2 ? 'sliver' : p.problem === 'excess' ? 'outside_county' : p.problem
    const area = p.area_m2 === undefined ? '' : `（${p.area_m2.toFixed(1)} m²）`
    return { code, message: p.detail ?? `${code}${area}`, location: p.location, county_code: p.county_code, unit_code: p.unit_code, area_m2: p.area_m2 }
  })
  const { rows } = await tx.query<{ code: string; name: string; area_m2: number; location: Point }>(SELECT_SLIVER_PARTS, [townships, sliverAreaM2])
  for (const r of rows) errors.push({ code: 'sliver', message: `${r.name}: polygon part of ${r.area_m2.toFixed(1)} m²`, location: r.location, unit_code: r.code, area_m2: r.area_m2 })
  return errors
}

interface LineForValidation { id: number; code: string; claim_of_line_id: number | null; simple: boolean; geometry: LineString }

function selfIntersections(lines: LineForValidation[]): ValidationError[] {
  return lines.filter((l) => !l.simple && l.geometry.coordinates[0]).flatMap((l) => {
    const found = kinks(lineString(l.geometry.coordinates)).features
    const at = found[0]?.geometry.coordinates ?? l.geometry.coordinates[0]!
    return [{ code: 'self_intersection', message: `${l.code} crosses itself`, location: point(at), line_id: l.id, line_code: l.code }]
  })
}

async function markerErrors(tx: Queryable, lines: LineForValidation[], toleranceM: number): Promise<{ errors: ValidationError[]; count: number }> {
  const main = lines.filter((l) => l.claim_of_line_id === null)
  const { rows } = await tx.query<{ id: number; line_id: number; number: string; type: MarkerType; lng: number; lat: number }>(SELECT_MARKERS_OF_LINES, [main.map((l) => l.id)])
  const errors: ValidationError[] = []
  for (const line of main) {
    const markers = rows.filter((m) => m.line_id === line.id)
    for (const m of markers) {
      const check = validateMarkerOnLine(line.geometry.coordinates, [m.lng, m.lat], toleranceM)
      if (!check.valid) {
        const distance = Math.round(locateOnLine(line.geometry.coordinates, [m.lng, m.lat]).offset * 100) / 100
        errors.push({ code: check.reason, message: `${m.number}: ${check.detail}`, location: point([m.lng, m.lat]), line_id: line.id, line_code: line.code, marker_id: m.id, marker_number: m.number, distance_m: distance })
      }
    }
    const numbering = findNumberingErrors(line.code, line.geometry.coordinates, markers.map((m) => ({ id: String(m.id), number: m.number, type: m.type, position: [m.lng, m.lat] })))
    for (const n of numbering) {
      const m = markers.find((x) => String(x.id) === n.id)!
      errors.push({ code: n.reason, message: `${n.number} → ${n.expected}`, location: point([m.lng, m.lat]), line_id: line.id, line_code: line.code, marker_id: m.id, marker_number: n.number, expected: n.expected })
    }
  }
  return { errors, count: rows.length }
}

/** Runs every check on the stored (or, inside a draft transaction, proposed) state. */
export async function validateBoundaries(tx: Queryable, options: ValidationOptions): Promise<ValidationReport> {
  const counties = options.countyCodes ?? (await tx.query<{ code: string }>(SELECT_COUNTIES_WITH_TOWNSHIPS)).rows.map((r) => r.code)
  const townships = (await tx.query<{ code: string }>(SELECT_TOWNSHIPS_OF_COUNTIES, [counties])).rows.map((r) => r.code)
  const { rows: lines } = await tx.query<LineForValidation>(SELECT_LINES_FOR_VALIDATION, [options.countyCodes === null ? null : townships])
  const errors = await partitionErrors(tx, counties, townships, options.sliverAreaM2)
  errors.push(...selfIntersections(lines))
  const { rows: crossings } = await tx.query<{ line_id: number; code: string; other_code: string; location: Point }>(SELECT_LINE_CROSSINGS, [lines.map((l) => l.id)])
  for (const c of crossings) errors.push({ code: 'line_crossing', message: `${c.code} × ${c.other_code}`, location: c.location, line_id: c.line_id, line_code: c.code })
  const markers = await markerErrors(tx, lines, options.markerToleranceM)
  errors.push(...markers.errors)
  return { valid: errors.length === 0, checked: { counties: counties.length, lines: lines.length, markers: markers.count }, errors }
}

class DraftRollback extends Error {
  constructor(readonly report: ValidationReport) {
    super('draft validation rolls back')
  }
}

/**
 * Validates proposed line geometries without storing them: applies them in a transaction, rebuilds the
 * townships, runs every check and rolls back.
 */
export async function validateDraft(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  drafts: Array<{ id: number; geometry: LineString }>,
  options: ValidationOptions,
  actor: string,
): Promise<ValidationReport> {
  try {
    await db.transaction(async (tx) => {
      const units = new Set<string>()
      for (const d of drafts) {
        const { rows } = await tx.query<{ left_unit_code: string | null; right_unit_code: string | null; claim_of_line_id: number | null }>(
          UPDATE_LINE_GEOMETRY_DRAFT, [d.id, JSON.stringify(d.geometry)])
        const r = rows[0]
        if (r && r.claim_of_line_id === null) for (const u of [r.left_unit_code, r.right_unit_code]) if (u) units.add(u)
      }
      await rebuildTownships(tx, [...units], actor)
      throw new DraftRollback(await validateBoundaries(tx, options))
    })
  } catch (err) {
    if (err instanceof DraftRollback) return err.report
    throw err
  }
  throw new Error('validateDraft: the draft transaction must roll back')
}
