import { z } from 'zod'
import { findFacilityType } from './facility-types.ts'

const cache = new Map<string, Record<string, unknown>>()

/**
 * JSON Schema (2020-12) of a type's attributes, derived from its zod schema: the client renders
 * forms from it and the importer coerces cells by it. Cross-field rules (occupied ≤ beds) are not
 * expressible there and stay server-side.
 * @param typeId a known type id
 * @returns the schema object (shared; do not mutate)
 * @example facilityJsonSchema('public_cemetery').required // = ['plots', 'used_plots']
 */
export function facilityJsonSchema(typeId: string): Record<string, unknown> {
  const cached = cache.get(typeId)
  if (cached) return cached
  const type = findFacilityType(typeId)
  if (!type) throw new Error(`facilityJsonSchema: no facility type "${typeId}"`)
  const schema = z.toJSONSchema(type.attributes, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>
  cache.set(typeId, schema)
  return schema
}
