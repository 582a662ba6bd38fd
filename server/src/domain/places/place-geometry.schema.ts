import type { Geometry } from 'geojson'
import { z } from 'zod'

/** Failure reasons, as constants so callers and tests can match them. */
export const ReasonRingNotClosed = 'polygon ring is not closed: its last position must equal its first'
export const ReasonRingTooShort = 'polygon ring needs at least 4 positions'
export const ReasonLineTooShort = 'line needs at least 2 distinct positions'
export const ReasonOutOfRange = 'longitude must be within [-180, 180] and latitude within [-90, 90]'

const MAX_POSITIONS = 20_000

const position = z.tuple([z.number(), z.number()]).rest(z.number())
  .refine(([lng, lat]) => Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90, ReasonOutOfRange)

const line = z.array(position).max(MAX_POSITIONS)
  .refine((ps) => new Set(ps.map((p) => `${p[0]},${p[1]}`)).size >= 2, ReasonLineTooShort)

const ring = z.array(position).max(MAX_POSITIONS)
  .refine((ps) => ps.length >= 4, ReasonRingTooShort)
  .refine((ps) => ps.length < 4 || (ps[0][0] === ps[ps.length - 1][0] && ps[0][1] === ps[ps.length - 1][1]), ReasonRingNotClosed)

/**
 * A GeoJSON geometry a place name may have (RFC 7946, lon/lat EPSG:4326): Point, LineString,
 * MultiLineString, Polygon or MultiPolygon, with ranges checked and polygon rings closed.
 * Validation at the edge (STYLE §4); the database also refuses invalid geometry.
 * @example placeGeometrySchema.safeParse({ type: 'Point', coordinates: [114.3, 29.85] }).success // = true
 */
export const placeGeometrySchema: z.ZodType<Geometry> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }).strict(),
  z.object({ type: z.literal('LineString'), coordinates: line }).strict(),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1).max(500) }).strict(),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(100) }).strict(),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1).max(100)).min(1).max(500) }).strict(),
]) as unknown as z.ZodType<Geometry>
