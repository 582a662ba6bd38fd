import type { AttributeSchema, FacilityType } from './facilities.api'

/** How the form edits one attribute. */
export type FieldKind = 'integer' | 'text' | 'date' | 'enum' | 'multi' | 'history'

export interface AttributeField {
  key: string
  kind: FieldKind
  required: boolean
  options: string[]
  min?: number
  max?: number
}

/**
 * Form fields of a facility type, derived from its attribute JSON Schema (the server's zod schema),
 * so a new attribute needs no client change.
 * @param type - the facility type
 * @returns one field per attribute, in schema order
 * @example attributeFields(cemetery).map((f) => f.key) // = ['plots', 'used_plots', 'area_m2']
 */
export function attributeFields(type: FacilityType): AttributeField[] {
  const properties = type.schema.properties ?? {}
  const required = new Set(type.schema.required ?? [])
  return Object.entries(properties).map(([key, s]: [string, AttributeSchema]) => {
    const base = { key, required: required.has(key), options: [] as string[] }
    if (s.type === 'array' && s.items?.properties?.status) return { ...base, kind: 'history' as const, options: s.items.properties.status.enum ?? [] }
    if (s.type === 'array') return { ...base, kind: 'multi' as const, options: s.items?.enum ?? [] }
    if (s.enum) return { ...base, kind: 'enum' as const, options: s.enum }
    if (s.type === 'integer' || s.type === 'number') return { ...base, kind: 'integer' as const, min: s.minimum, max: s.maximum }
    if (s.format === 'date') return { ...base, kind: 'date' as const }
    return { ...base, kind: 'text' as const }
  })
}

/**
 * Cleans form values into an attributes object: empty inputs are left out (not sent as "" or null),
 * numbers typed as text become numbers.
 * @example cleanAttributes({ beds: '12', operator: '' }, fields) // = { beds: 12 }
 */
export function cleanAttributes(values: Record<string, unknown>, fields: readonly AttributeField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const v = values[field.key]
    if (v === undefined || v === null || v === '') continue
    if (field.kind === 'integer') out[field.key] = typeof v === 'number' ? v : Number(v)
    else if (field.kind === 'multi' || field.kind === 'history') {
      if (Array.isArray(v) && (v.length || field.required)) out[field.key] = v
    } else out[field.key] = typeof v === 'string' ? v.trim() : v
  }
  return out
}
