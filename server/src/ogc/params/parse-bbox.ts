import type { Bbox } from './bbox.ts'
import { fail, ok, type Parsed } from './parsed.ts'

export const ReasonBboxRepeated = 'bbox must be given once'
export const ReasonBboxShape = 'bbox must be 4 (or 6) comma-separated numbers: minLng,minLat,maxLng,maxLat'
export const ReasonBboxRange = 'bbox longitudes must be within [-180, 180] and latitudes within [-90, 90]'
export const ReasonBboxLatOrder = 'bbox minLat must not be greater than maxLat'

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/**
 * Parse the OGC `bbox` query parameter (CRS84). Six values (with heights) are accepted and the
 * heights dropped (OGC 17-069r4 §7.15.3). `minLng > maxLng` is kept: the box crosses the
 * antimeridian and {@link splitAntimeridian} turns it into two.
 * @param raw the raw query value (`undefined` when absent)
 * @returns the box, `null` when absent, or a failure reason
 * @example parseBbox('113.7,29.0,114.9,30.2') // = { ok: true, value: [113.7, 29, 114.9, 30.2] }
 */
export function parseBbox(raw: unknown): Parsed<Bbox | null> {
  if (raw === undefined) return ok(null)
  if (typeof raw !== 'string') return fail(ReasonBboxRepeated)
  const parts = raw.split(',').map((p) => p.trim())
  if ((parts.length !== 4 && parts.length !== 6) || !parts.every((p) => NUMBER.test(p))) {
    return fail(ReasonBboxShape)
  }
  const n = parts.map(Number)
  const [west, south, east, north] = parts.length === 6 ? [n[0], n[1], n[3], n[4]] : n
  const lngOk = (v: number) => v >= -180 && v <= 180
  const latOk = (v: number) => v >= -90 && v <= 90
  if (![west, east].every(lngOk) || ![south, north].every(latOk)) return fail(ReasonBboxRange)
  if (south > north) return fail(ReasonBboxLatOrder)
  return ok([west, south, east, north])
}
