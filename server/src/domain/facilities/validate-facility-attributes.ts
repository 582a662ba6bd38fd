import { findFacilityType } from './facility-types.ts'

/** Failure reasons of {@link validateFacilityAttributes}. */
export const UnknownFacilityType = 'unknown_facility_type'
export const InvalidAttributes = 'invalid_attributes'

/** One input problem in the shape of the problem+json `errors` member. */
export interface AttributeError {
  parameter: string
  detail: string
}

/** Result of {@link validateFacilityAttributes}: bad data is a value, not an exception. */
export type AttributeValidation =
  | { valid: true; attributes: Record<string, unknown> }
  | { valid: false; reason: typeof UnknownFacilityType | typeof InvalidAttributes; errors: AttributeError[] }

/**
 * Validates a facility's attributes against its type's schema.
 * @param typeId the facility type id (unchecked input)
 * @param attributes the attributes object (unchecked input)
 * @returns the parsed attributes (trimmed strings) or every problem found, each with a dotted path
 *   under `attributes.`
 * @example
 * validateFacilityAttributes('public_cemetery', { plots: 10, used_plots: 12 })
 * // = { valid: false, reason: 'invalid_attributes',
 * //     errors: [{ parameter: 'attributes.used_plots', detail: 'used_plots_exceed_plots' }] }
 */
export function validateFacilityAttributes(typeId: string, attributes: unknown): AttributeValidation {
  const type = findFacilityType(typeId)
  if (!type) {
    return { valid: false, reason: UnknownFacilityType, errors: [{ parameter: 'type', detail: `unknown facility type "${typeId}"` }] }
  }
  const parsed = type.attributes.safeParse(attributes ?? {})
  if (parsed.success) return { valid: true, attributes: parsed.data as Record<string, unknown> }
  const errors = parsed.error.issues.map((issue) => ({
    parameter: ['attributes', ...issue.path.map(String)].join('.'),
    detail: issue.message,
  }))
  return { valid: false, reason: InvalidAttributes, errors }
}
