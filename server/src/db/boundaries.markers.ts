/**
 * Boundary markers (界桩): position from lon/lat or Gauss-Krüger input (both stored), numbering along
 * the line, renumbering. Runs inside the caller's transaction.
 */
import type { Feature, Point, Position } from 'geojson'
import { gaussKrugerCrs, type GaussKrugerCrs } from '../domain/boundaries/gauss-kruger.ts'
import { numberMarkers } from '../domain/boundaries/number-markers.ts'
import { parseGkPoint } from '../domain/boundaries/parse-gk-point.ts'
import { roundPositions } from '../domain/boundaries/round-positions.ts'
import type { MarkerType } from '../domain/boundaries/types.ts'
import { InvalidParameter, NotFound } from '../errors/problem.ts'
import type { Queryable } from './db.ts'
import { SELECT_CITY_LONGITUDE, SELECT_LINE_MARKERS_FOR_NUMBERING, SELECT_MARKER, UPDATE_MARKER_NUMBER } from './boundaries.queries.ts'

export interface MarkerRow {
  id: number
  line_id: number
  line_code: string
  number: string
  type: MarkerType
  lng: number
  lat: number
  gk_x: number
  gk_y: number
  geometry: Point
  [key: string]: unknown
}

/** The survey's Gauss-Krüger zone: the 3° zone of the city's longitude (EPSG:4547 for Xianning). */
export async function surveyCrs(db: Queryable): Promise<GaussKrugerCrs> {
  const { rows } = await db.query<{ lng: number }>(SELECT_CITY_LONGITUDE)
  const lng = rows[0]?.lng ?? 114
  return gaussKrugerCrs(Math.min(135, Math.max(75, Math.round(lng / 3) * 3)))
}

export interface ResolvedPosition {
  lng: number
  lat: number
  gk_x: number
  gk_y: number
  gk_epsg: number
}

/** Turns lon/lat or GK input into both forms (GK input is checked: zone prefix, swapped axes, range). */
export function resolvePosition(input: { lng: number; lat: number } | { gk_x: number; gk_y: number }, crs: GaussKrugerCrs, parameter = 'body.position'): ResolvedPosition {
  if ('gk_x' in input) {
    const parsed = parseGkPoint({ x: input.gk_x, y: input.gk_y }, crs)
    if (!parsed.valid) throw new InvalidParameter(parsed.detail ?? parsed.reason, [{ parameter, detail: parsed.reason }])
    const [lng, lat] = crs.toLngLat(parsed.value) as [number, number]
    return { lng, lat, gk_x: parsed.value.x, gk_y: parsed.value.y, gk_epsg: crs.epsg }
  }
  const [[lng, lat]] = roundPositions([[input.lng, input.lat]]) as [[number, number]]
  const gk = crs.toGk([lng, lat])
  return { lng, lat, gk_x: gk.x, gk_y: gk.y, gk_epsg: crs.epsg }
}

export function markerFeature(row: MarkerRow): Feature<Point> {
  const { geometry, ...properties } = row
  return { type: 'Feature', id: row.id, geometry, properties }
}

export async function getMarkerFeature(db: Queryable, id: number): Promise<Feature<Point>> {
  const { rows } = await db.query<MarkerRow>(SELECT_MARKER, [id])
  if (!rows[0]) throw new NotFound(`No boundary marker ${id}.`)
  return markerFeature(rows[0])
}

/**
 * Renumbers a line's markers 001… along the line (west→east or north→south).
 * @returns how many numbers changed
 */
export async function renumberLineMarkers(tx: Queryable, lineId: number, lineCode: string, coordinates: Position[], actor: string): Promise<number> {
  const { rows } = await tx.query<{ id: number; number: string; type: MarkerType; lng: number; lat: number }>(SELECT_LINE_MARKERS_FOR_NUMBERING, [lineId])
  const numbered = numberMarkers(lineCode, coordinates, rows.map((r) => ({ id: String(r.id), type: r.type, position: [r.lng, r.lat] })))
  let changed = 0
  for (const m of numbered) {
    const { rowCount } = await tx.query(UPDATE_MARKER_NUMBER, [Number(m.id), m.number, actor])
    changed += rowCount
  }
  return changed
}
