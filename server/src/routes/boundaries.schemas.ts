/** Zod pieces shared by the boundaries routes. */
import { z } from 'zod'
import { LINE_KINDS, LINE_STATUSES, MARKER_MATERIALS, MARKER_STATUSES, MARKER_TYPES } from '../domain/boundaries/types.ts'

export const GEOJSON_MEDIA_TYPE = 'application/geo+json'

export const idParams = z.object({ id: z.coerce.number().int().positive() })
export const revisionParams = z.object({ id: z.coerce.number().int().positive(), revisionId: z.coerce.number().int().positive() })

const lng = z.number().finite().min(-180).max(180)
const lat = z.number().finite().min(-90).max(90)
export const position = z.tuple([lng, lat])

export const lineStringGeometry = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(position).min(2).max(20000),
}).strict()

export const reason = z.string().trim().min(1, 'say why (修改原因)').max(500)
export const version = z.number().int().min(1)
export const code12 = z.string().regex(/^[0-9]{12}$/, 'a 12-digit division code')

export const lineStatus = z.enum(LINE_STATUSES)
export const lineKind = z.enum(LINE_KINDS)
export const markerType = z.enum(MARKER_TYPES)
export const markerMaterial = z.enum(MARKER_MATERIALS)
export const markerStatus = z.enum(MARKER_STATUSES)

export const referenceObject = z.object({
  name: z.string().trim().min(1).max(100),
  bearing: z.number().finite().min(0).lt(360),
  distance: z.number().finite().min(0).max(10000),
}).strict()

/** A marker position: lon/lat, or Gauss-Krüger x (northing) / y (easting) in metres. */
export const markerPosition = z.union([
  z.object({ lng, lat }).strict(),
  z.object({ gk_x: z.number().finite(), gk_y: z.number().finite() }).strict(),
])
