import { z } from 'zod'

/** A bbox as `[west, south, east, north]` in lon/lat (STYLE §3). */
export type Bbox = [number, number, number, number]

/**
 * Zod schema for a `bbox=w,s,e,n` query value: four finite numbers in range, south ≤ north.
 * (West > east would cross the antimeridian; the app's own endpoints refuse it, /ogc splits it.)
 * @example bboxQuery.parse('113.7,29.0,114.9,30.2') // = [113.7, 29, 114.9, 30.2]
 */
export const bboxQuery = z.string().max(200).transform((value, ctx): Bbox => {
  const parts = value.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p)))
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message })
    return z.NEVER
  }
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return fail('bbox needs four numbers: west,south,east,north')
  const [w, s, e, n] = parts as Bbox
  if (w < -180 || e > 180 || w > 180 || e < -180) return fail('longitudes must be within [-180, 180]')
  if (s < -90 || n > 90 || s > 90 || n < -90) return fail('latitudes must be within [-90, 90]')
  if (s > n) return fail('south must not exceed north')
  if (w > e) return fail('west must not exceed east (antimeridian crossing is not supported here)')
  return [w, s, e, n]
})
