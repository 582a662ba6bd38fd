/**
 * Saving boundary lines safely: optimistic version check (409 with the current line), geometry rules,
 * no crossing of other lines, township polygons rebuilt from the edges and the county partition kept —
 * or nothing is stored. Every save writes a revision and an audit row in the same transaction.
 */
import type { Feature, LineString, Point, Position } from 'geojson'
import { writeAudit } from '../auth/audit.ts'
import type { SessionUser } from '../auth/session-user.ts'
import { validateLineGeometry } from '../domain/boundaries/validate-line-geometry.ts'
import { Conflict, NotFound, Unprocessable } from '../errors/problem.ts'
import type { Queryable } from './db.ts'
import {
  INSERT_REVISION, SELECT_LINE, SELECT_LINE_CROSSINGS, SELECT_LINE_FOR_UPDATE, UPDATE_LINE_GEOMETRY,
} from './boundaries.queries.ts'
import { findPartitionProblems, rebuildTownships } from './boundaries.topology.ts'

export const LINE_CROSSES_LINE = 'line_crosses_line'
export const PARTITION_BROKEN = 'partition_broken'

export interface LineRow {
  id: number
  code: string
  name: string
  left_unit_code: string | null
  right_unit_code: string | null
  left_unit_name: string | null
  right_unit_name: string | null
  from_node_id: number
  to_node_id: number
  from_node_label: string | null
  to_node_label: string | null
  status: string
  kind: string
  claim_of_line_id: number | null
  agreement_ref: string | null
  version: number
  length_m: number
  geometry: LineString
  [key: string]: unknown
}

export interface LockedLine {
  id: number
  code: string
  version: number
  left_unit_code: string | null
  right_unit_code: string | null
  claim_of_line_id: number | null
  kind: string
  status: string
  from_node_id: number
  to_node_id: number
  geometry: LineString
  from_node: Point
  to_node: Point
}

/** A line row as a GeoJSON Feature whose properties are the columns (STYLE §3). */
export function lineFeature(row: LineRow): Feature<LineString> {
  const { geometry, ...properties } = row
  return { type: 'Feature', id: row.id, geometry, properties }
}

export async function getLineFeature(db: Queryable, id: number): Promise<Feature<LineString>> {
  const { rows } = await db.query<LineRow>(SELECT_LINE, [id])
  if (!rows[0]) throw new NotFound(`No boundary line ${id}.`)
  return lineFeature(rows[0])
}

/** Locks a line for writing; 404 when missing, 409 with the current line when `version` is stale. */
export async function lockLine(tx: Queryable, id: number, version: number | null): Promise<LockedLine> {
  const { rows } = await tx.query<LockedLine>(SELECT_LINE_FOR_UPDATE, [id])
  const line = rows[0]
  if (!line) throw new NotFound(`No boundary line ${id}.`)
  if (version !== null && line.version !== version) {
    throw new Conflict(
      `Boundary line ${line.code} was saved by someone else (now version ${line.version}, you edited version ${version}); reload and reapply your change.`,
      await getLineFeature(tx, id),
    )
  }
  return line
}

/** Refuses a geometry that breaks the line rules; returns the rounded coordinates. */
export function checkLineGeometry(line: LockedLine, coordinates: Position[]): Position[] {
  const result = validateLineGeometry(coordinates, line.from_node.coordinates, line.to_node.coordinates)
  if (!result.valid) {
    throw new Unprocessable(result.detail ?? result.reason, [{ parameter: 'body.geometry', detail: result.detail ?? result.reason }], { reason: result.reason })
  }
  return result.value
}

/**
 * After lines changed: no crossing, township polygons rebuilt, partition of the affected counties intact.
 * Throws Unprocessable (the caller's transaction then rolls back) with the problems and their locations.
 */
export async function enforceTopology(tx: Queryable, lineIds: number[], unitCodes: string[], actor: string): Promise<void> {
  const { rows: crossings } = await tx.query<{ code: string; other_code: string; location: Point }>(SELECT_LINE_CROSSINGS, [lineIds])
  if (crossings.length > 0) {
    const c = crossings[0]!
    throw new Unprocessable(`Line ${c.code} would cross line ${c.other_code}; boundary lines may meet only at their nodes.`,
      [{ parameter: 'body.geometry', detail: LINE_CROSSES_LINE }], { reason: LINE_CROSSES_LINE, problems: crossings })
  }
  const counties = await rebuildTownships(tx, unitCodes, actor)
  if (counties.length === 0 && unitCodes.length === 0) return
  const problems = await findPartitionProblems(tx, counties, unitCodes)
  if (problems.length > 0) {
    const p = problems[0]!
    const where = p.location ? ` near ${p.location.coordinates.map((v) => v.toFixed(6)).join(', ')}` : ''
    const size = p.area_m2 !== undefined ? ` of ${p.area_m2.toFixed(1)} m²` : ''
    throw new Unprocessable(
      `The save would break the partition of the county: ${p.problem}${size}${where}. Townships must still cover their county exactly.`,
      [{ parameter: 'body.geometry', detail: PARTITION_BROKEN }],
      { reason: PARTITION_BROKEN, problems },
    )
  }
}

export interface SaveGeometryInput {
  id: number
  coordinates: Position[]
  version: number
  reason: string
  action: 'edit' | 'restore' | 'import'
  restoredFromId?: number | null
  user: SessionUser
  requestId: string
}

/**
 * Saves a line's new geometry as a revision.
 * @returns the new revision id and the line as saved
 */
export async function saveLineGeometry(tx: Queryable, input: SaveGeometryInput): Promise<{ revisionId: number; line: Feature<LineString> }> {
  const line = await lockLine(tx, input.id, input.version)
  const coordinates = checkLineGeometry(line, input.coordinates)
  const geometry: LineString = { type: 'LineString', coordinates }
  const actor = input.user.username
  const { rows } = await tx.query<{ version: number }>(UPDATE_LINE_GEOMETRY, [line.id, JSON.stringify(geometry), actor, line.version])
  if (!rows[0]) throw new Conflict(`Boundary line ${line.code} changed while saving; reload and reapply.`, await getLineFeature(tx, line.id))
  const units = line.claim_of_line_id === null ? [line.left_unit_code, line.right_unit_code].filter((c): c is string => c !== null) : []
  if (line.claim_of_line_id === null) await enforceTopology(tx, [line.id], units, actor)
  const { rows: revision } = await tx.query<{ id: number }>(INSERT_REVISION, [
    line.id, rows[0].version, input.action, input.reason, JSON.stringify(line.geometry), JSON.stringify(geometry), input.restoredFromId ?? null, actor,
  ])
  const saved = await getLineFeature(tx, line.id)
  await writeAudit(tx, {
    actor: input.user, action: `boundaries.line_${input.action}`, entityType: 'boundary_line', entityId: line.id,
    before: { version: line.version, geometry: line.geometry }, after: { version: rows[0].version, geometry }, reason: input.reason, requestId: input.requestId,
  })
  return { revisionId: revision[0]!.id, line: saved }
}
