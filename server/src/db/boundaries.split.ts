/**
 * Structural edits of the edge topology: splitting a line at a marker (new node, new line) and adding
 * a side's claimed line to a disputed boundary. Polygons do not change in either case.
 */
import type { Feature, LineString, Position } from 'geojson'
import { writeAudit } from '../auth/audit.ts'
import type { SessionUser } from '../auth/session-user.ts'
import { locateOnLine } from '../domain/boundaries/locate-on-line.ts'
import { splitLineAt } from '../domain/boundaries/split-line-at.ts'
import { DEFAULT_MARKER_TOLERANCE_M } from '../domain/boundaries/validate-marker-on-line.ts'
import { Conflict, NotFound, Unprocessable } from '../errors/problem.ts'
import type { Queryable } from './db.ts'
import {
  COUNT_CLAIMS, INSERT_LINE_COPY, INSERT_NODE, INSERT_REVISION, MARK_DISPUTED, SELECT_CLAIM, SELECT_CODES_LIKE,
  SELECT_LINE_MARKERS_FOR_NUMBERING, SELECT_MARKER, UPDATE_LINE_SPLIT, UPDATE_MARKER_LINE,
} from './boundaries.queries.ts'
import { checkLineGeometry, getLineFeature, lockLine } from './boundaries.lines.ts'
import { renumberLineMarkers, type MarkerRow } from './boundaries.markers.ts'
import { labelNodes } from './boundaries.topology.ts'

export const SPLIT_DISPUTED = 'split_disputed_line'

/** The next free code for another line between the same units: base, base-2, base-3 … */
async function nextLineCode(tx: Queryable, code: string): Promise<{ code: string; ordinal: number }> {
  const base = code.replace(/-\d{1,3}$/, '')
  const { rows } = await tx.query<{ code: string }>(SELECT_CODES_LIKE, [base])
  const ordinals = rows.map((r) => (r.code === base ? 1 : Number(r.code.slice(base.length + 1)))).filter(Number.isFinite)
  const ordinal = Math.max(1, ...ordinals) + 1
  return { code: `${base}-${ordinal}`, ordinal }
}

export interface SplitInput {
  lineId: number
  markerId: number
  version: number
  reason: string
  user: SessionUser
  requestId: string
}

/** Splits a line where a marker stands; markers beyond the split move to the new line; both lines renumbered. */
export async function splitLineAtMarker(tx: Queryable, input: SplitInput): Promise<{ kept: Feature<LineString>; created: Feature<LineString> }> {
  const line = await lockLine(tx, input.lineId, input.version)
  const { rows: markers } = await tx.query<MarkerRow>(SELECT_MARKER, [input.markerId])
  const marker = markers[0]
  if (!marker || marker.line_id !== line.id) throw new NotFound(`No marker ${input.markerId} on line ${line.code}.`)
  const { rows: claims } = await tx.query<{ n: number }>(COUNT_CLAIMS, [line.id])
  if (claims[0]!.n > 0) throw new Unprocessable('A disputed line with claimed lines cannot be split; settle or remove the claims first.', [], { reason: SPLIT_DISPUTED })
  const split = splitLineAt(line.geometry.coordinates, [marker.lng, marker.lat], DEFAULT_MARKER_TOLERANCE_M)
  if (!split.valid) throw new Unprocessable(split.detail ?? split.reason, [{ parameter: 'body.marker_id', detail: split.reason }], { reason: split.reason })
  const [first, second] = split.value
  const actor = input.user.username
  const foot = first[first.length - 1]!
  const { rows: node } = await tx.query<{ id: number }>(INSERT_NODE, [JSON.stringify({ type: 'Point', coordinates: foot }), actor])
  const nodeId = node[0]!.id
  const firstGeom: LineString = { type: 'LineString', coordinates: first }
  const secondGeom: LineString = { type: 'LineString', coordinates: second }
  const { rows: kept } = await tx.query<{ version: number }>(UPDATE_LINE_SPLIT, [line.id, JSON.stringify(firstGeom), nodeId, actor])
  const before = await getLineFeature(tx, line.id)
  const next = await nextLineCode(tx, line.code)
  const name = `${String(before.properties?.name).replace(/（\d+）$/, '')}（${next.ordinal}）`
  const { rows: created } = await tx.query<{ id: number; version: number }>(INSERT_LINE_COPY, [
    line.id, next.code, name, nodeId, line.to_node_id, line.kind, null, JSON.stringify(secondGeom), actor,
  ])
  const newId = created[0]!.id
  await tx.query(INSERT_REVISION, [line.id, kept[0]!.version, 'split', input.reason, JSON.stringify(line.geometry), JSON.stringify(firstGeom), null, actor])
  await tx.query(INSERT_REVISION, [newId, created[0]!.version, 'split', input.reason, null, JSON.stringify(secondGeom), null, actor])
  // Markers past the split point belong to the new line.
  const splitMeasure = locateOnLine(line.geometry.coordinates, foot).measure
  const { rows: lineMarkers } = await tx.query<{ id: number; lng: number; lat: number }>(SELECT_LINE_MARKERS_FOR_NUMBERING, [line.id])
  for (const m of lineMarkers) {
    if (m.id !== marker.id && locateOnLine(line.geometry.coordinates, [m.lng, m.lat]).measure > splitMeasure) {
      await tx.query(UPDATE_MARKER_LINE, [m.id, newId, actor])
    }
  }
  await renumberLineMarkers(tx, line.id, line.code, first, actor)
  await renumberLineMarkers(tx, newId, next.code, second, actor)
  await labelNodes(tx, [nodeId])
  const result = { kept: await getLineFeature(tx, line.id), created: await getLineFeature(tx, newId) }
  await writeAudit(tx, {
    actor: input.user, action: 'boundaries.line_split', entityType: 'boundary_line', entityId: line.id,
    before: { version: line.version, geometry: line.geometry }, after: { kept: result.kept.properties, created: result.created.properties },
    reason: input.reason, requestId: input.requestId,
  })
  return result
}

export interface ClaimInput {
  lineId: number
  side: 'left' | 'right'
  coordinates: Position[]
  reason: string
  user: SessionUser
  requestId: string
}

/** Adds the left or right unit's claimed line to a boundary (same end nodes) and marks the boundary disputed. */
export async function createClaim(tx: Queryable, input: ClaimInput): Promise<Feature<LineString>> {
  const line = await lockLine(tx, input.lineId, null)
  if (line.claim_of_line_id !== null) throw new Unprocessable('A claim line cannot itself be claimed; use the line it disputes.', [])
  const kind = input.side === 'left' ? 'claimed_left' : 'claimed_right'
  const { rows: existing } = await tx.query(SELECT_CLAIM, [line.id, kind])
  if (existing.length > 0) throw new Conflict(`Line ${line.code} already has a ${input.side} claim; edit that one.`)
  const coordinates = checkLineGeometry(line, input.coordinates)
  const actor = input.user.username
  const base = (await getLineFeature(tx, line.id)).properties as { name: string }
  const suffix = input.side === 'left' ? 'L' : 'R'
  const label = input.side === 'left' ? '左方主张线' : '右方主张线'
  const geometry: LineString = { type: 'LineString', coordinates }
  const { rows } = await tx.query<{ id: number; version: number }>(INSERT_LINE_COPY, [
    line.id, `${line.code}-${suffix}`, `${base.name}（${label}）`, line.from_node_id, line.to_node_id, kind, line.id, JSON.stringify(geometry), actor,
  ])
  await tx.query(INSERT_REVISION, [rows[0]!.id, rows[0]!.version, 'create', input.reason, null, JSON.stringify(geometry), null, actor])
  if (line.status !== 'disputed') await tx.query(MARK_DISPUTED, [line.id, actor])
  const claim = await getLineFeature(tx, rows[0]!.id)
  await writeAudit(tx, { actor: input.user, action: 'boundaries.claim_create', entityType: 'boundary_line', entityId: rows[0]!.id, after: claim.properties, reason: input.reason, requestId: input.requestId })
  return claim
}
