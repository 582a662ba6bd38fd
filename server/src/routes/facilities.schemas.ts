import { z } from 'zod'
import { FACILITY_TYPE_IDS } from '../domain/facilities/facility-types.ts'
import { InvalidParameter } from '../errors/problem.ts'
import { validateFacilityAttributes } from '../domain/facilities/validate-facility-attributes.ts'
import { bboxQuery } from '../http/bbox-query.ts'

/** Wire vocabulary of the facilities API. */
export const GEOJSON_MEDIA_TYPE = 'application/geo+json'
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export const code12 = z.string().regex(/^[0-9]{12}$/, 'a 12-digit division code')

/** A GeoJSON Point in lon/lat with checked ranges. */
export const pointSchema = z.object({
  type: z.literal('Point'),
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
}).strict()

/** `type=a,b` as a list of known type ids; an unknown id is a 400 naming it. */
export const typeListQuery = z.string().max(2000).transform((value, ctx) => {
  const ids = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))]
  const unknown = ids.filter((id) => !(FACILITY_TYPE_IDS as string[]).includes(id))
  if (unknown.length) {
    ctx.addIssue({ code: 'custom', message: `unknown facility type(s): ${unknown.join(', ')}` })
    return z.NEVER
  }
  return ids
})

export const createBody = z.object({
  type: z.string().min(1).max(50),
  name: z.string().trim().min(1).max(100),
  address: z.string().trim().max(200).nullable().optional(),
  attributes: z.record(z.string(), z.unknown()).default({}),
  geometry: pointSchema,
}).strict()

export const patchBody = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(100).optional(),
  address: z.string().trim().max(200).nullable().optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  geometry: pointSchema.optional(),
}).strict()

export const statusBody = z.object({ version: z.number().int().min(1), reason: z.string().trim().min(1).max(500).optional() }).strict()

/**
 * Validates attributes for a type or throws the 400 (`body.type` for an unknown type,
 * `body.attributes.<key>` for each bad attribute).
 */
export function requireAttributes(type: string, attributes: unknown): Record<string, unknown> {
  const checked = validateFacilityAttributes(type, attributes)
  if (checked.valid) return checked.attributes
  const errors = checked.errors.map((e) => ({ parameter: `body.${e.parameter}`, detail: e.detail }))
  throw new InvalidParameter(checked.reason === 'unknown_facility_type' ? `Unknown facility type "${type}".` : 'Invalid facility attributes.', errors)
}

/** Filters shared by the list, export and statistics endpoints. */
export const facilityFilterQuery = z.object({
  type: typeListQuery.optional(),
  status: z.enum(['active', 'retired', 'all']).default('active'),
  division: code12.optional(),
  q: z.string().trim().min(1).max(50).optional(),
  bbox: bboxQuery.optional(),
}).strict()

export { toFeature } from '../db/facilities.registry.ts'
