import type { Point } from 'geojson'
import { writeAudit } from '../auth/audit.ts'
import { Conflict, InvalidParameter, NotFound } from '../errors/problem.ts'
import type { AncestralHallStatusChange } from '../domain/facilities/ancestral-hall-status.ts'
import type { Queryable } from './db.ts'
import { divisionCodePrefix } from '../domain/facilities/division-code-prefix.ts'
import {
  DELETE_HALL_HISTORY, INSERT_FACILITY, INSERT_HALL_CHANGE, LOCATE_POINT, LOCK_FACILITY, REACTIVATE_FACILITY,
  RETIRE_FACILITY, SELECT_FACILITIES, SELECT_FACILITY, UPDATE_FACILITY,
} from './facilities.queries.ts'

/** Who is acting: a session user, or the seed/importer. */
export interface Actor {
  id: number | null
  username: string
}

/** A facility as validated by the domain, ready to store (WGS84 point). */
export interface FacilityWrite {
  type: string
  name: string
  address: string | null
  /** Validated attributes; for ancestral halls including `status_history`. */
  attributes: Record<string, unknown>
  lng: number
  lat: number
}

/** A facility row as the API returns it (GeoJSON properties + geometry). */
export type FacilityRow = Record<string, unknown> & { id: number; type: string; version: number; geometry: Point }

/** List filters (already validated). */
export interface FacilityFilter {
  type?: string[]
  status: 'active' | 'retired' | 'all'
  division?: string
  q?: string
  bbox?: [number, number, number, number]
}

/** Facilities matching the filter, in type/division/name order. */
export async function selectFacilities(q: Queryable, f: FacilityFilter): Promise<FacilityRow[]> {
  const b = f.bbox
  const { rows } = await q.query<FacilityRow>(SELECT_FACILITIES, [
    f.type?.length ? f.type : null, f.status === 'all' ? null : f.status, f.division ? divisionCodePrefix(f.division) : null,
    f.q ?? null, b?.[0] ?? null, b?.[1] ?? null, b?.[2] ?? null, b?.[3] ?? null,
  ])
  return rows
}

/** A stored row as a GeoJSON Feature whose properties are the column names. */
export function toFeature({ geometry, ...properties }: FacilityRow) {
  return { type: 'Feature' as const, id: properties.id, geometry, properties }
}

const pointJson = (lng: number, lat: number) => JSON.stringify({ type: 'Point', coordinates: [lng, lat] })

/**
 * Where a point belongs, computed in the database (never taken from input).
 * @returns township (or deepest) division and served village, or null outside every division
 */
export async function locatePoint(q: Queryable, lng: number, lat: number): Promise<{ division_code: string; village_code: string | null } | null> {
  const { rows } = await q.query<{ division_code: string | null; village_code: string | null }>(LOCATE_POINT, [lng, lat])
  const row = rows[0]
  return row?.division_code ? { division_code: row.division_code, village_code: row.village_code } : null
}

/** Locate or refuse with a 400 naming the parameter. */
export async function requireLocation(q: Queryable, lng: number, lat: number, parameter = 'body.geometry') {
  const at = await locatePoint(q, lng, lat)
  if (!at) {
    const detail = `The point (${lng}, ${lat}) lies outside every division of this city (设施不在本辖区内).`
    throw new InvalidParameter(detail, [{ parameter, detail }])
  }
  return at
}

/** Reads one facility; throws NotFound. */
export async function getFacility(q: Queryable, id: number): Promise<FacilityRow> {
  const { rows } = await q.query<FacilityRow>(SELECT_FACILITY, [id])
  if (!rows[0]) throw new NotFound(`No facility ${id}.`)
  return rows[0]
}

const split = (attributes: Record<string, unknown>) => {
  const { status_history: history, ...rest } = attributes
  return { rest, history: (history ?? null) as AncestralHallStatusChange[] | null }
}

async function writeHistory(tx: Queryable, id: number, history: AncestralHallStatusChange[] | null, actor: Actor) {
  if (!history) return
  await tx.query(DELETE_HALL_HISTORY, [id])
  for (const change of history) await tx.query(INSERT_HALL_CHANGE, [id, change.status, change.date, change.note ?? null, actor.username])
}

const auditActor = (actor: Actor) => (actor.id === null ? null : { id: actor.id, username: actor.username })

/**
 * Inserts a facility (and an ancestral hall's history) with its audit row, in the caller's transaction.
 * @returns the stored row
 */
export async function insertFacility(tx: Queryable, input: FacilityWrite, actor: Actor, source: string, requestId?: string): Promise<FacilityRow> {
  const at = await requireLocation(tx, input.lng, input.lat)
  const { rest, history } = split(input.attributes)
  const { rows } = await tx.query<{ id: number }>(INSERT_FACILITY, [
    input.type, input.name, input.address, JSON.stringify(rest), at.division_code, at.village_code, pointJson(input.lng, input.lat), source, actor.username,
  ])
  const id = Number(rows[0]!.id)
  await writeHistory(tx, id, history, actor)
  const after = await getFacility(tx, id)
  await writeAudit(tx, { actor: auditActor(actor), action: 'facilities.create', entityType: 'facility', entityId: id, after, requestId })
  return after
}

/** Locks the row and checks the version; 404 when missing, 409 with the current facility when stale. */
async function lockAt(tx: Queryable, id: number, version: number): Promise<FacilityRow> {
  const { rows } = await tx.query<{ version: number }>(LOCK_FACILITY, [id])
  if (!rows[0]) throw new NotFound(`No facility ${id}.`)
  const current = await getFacility(tx, id)
  if (Number(rows[0].version) !== version) {
    throw new Conflict(`Facility ${id} was changed by someone else (you had version ${version}, it is now ${current.version}).`, toFeature(current))
  }
  return current
}

/**
 * Replaces the editable fields (the caller merged a partial patch into the current values) and
 * re-derives the division from the point, with an audit row.
 * @returns the stored row
 */
export async function updateFacility(tx: Queryable, id: number, version: number, input: FacilityWrite, actor: Actor, requestId?: string): Promise<FacilityRow> {
  const before = await lockAt(tx, id, version)
  const at = await requireLocation(tx, input.lng, input.lat)
  const { rest, history } = split(input.attributes)
  await tx.query(UPDATE_FACILITY, [
    id, input.name, input.address, JSON.stringify(rest), at.division_code, at.village_code, pointJson(input.lng, input.lat), actor.username, version,
  ])
  await writeHistory(tx, id, history, actor)
  const after = await getFacility(tx, id)
  const moved = JSON.stringify(before.geometry) !== JSON.stringify(after.geometry)
  await writeAudit(tx, { actor: auditActor(actor), action: moved ? 'facilities.move' : 'facilities.update', entityType: 'facility', entityId: id, before, after, requestId })
  return after
}

/** Retires (reason required) or reactivates a facility, with an audit row. */
export async function setFacilityStatus(
  tx: Queryable, id: number, version: number, retire: boolean, reason: string | null, actor: Actor, requestId?: string,
): Promise<FacilityRow> {
  const before = await lockAt(tx, id, version)
  if ((before.status === 'retired') === retire) {
    throw new Conflict(`Facility ${id} is already ${retire ? 'retired' : 'active'}.`, toFeature(before))
  }
  if (retire) await tx.query(RETIRE_FACILITY, [id, reason, actor.username, version])
  else await tx.query(REACTIVATE_FACILITY, [id, actor.username, version])
  const after = await getFacility(tx, id)
  await writeAudit(tx, {
    actor: auditActor(actor), action: retire ? 'facilities.retire' : 'facilities.reactivate', entityType: 'facility', entityId: id,
    before, after, reason, requestId,
  })
  return after
}
