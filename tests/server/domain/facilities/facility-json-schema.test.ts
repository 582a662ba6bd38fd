import { describe, expect, it } from 'vitest'
import { facilityJsonSchema } from '../../../../server/src/domain/facilities/facility-json-schema.ts'
import { FACILITY_TYPE_IDS } from '../../../../server/src/domain/facilities/facility-types.ts'
import { ATTRIBUTE_LABELS, VALUE_LABELS } from '../../../../server/src/domain/facilities/attribute-labels.ts'

describe('facilityJsonSchema', () => {
  it('describes required counts of a cemetery', () => {
    const s = facilityJsonSchema('public_cemetery')
    expect(s.required).toEqual(['plots', 'used_plots'])
    expect(s.additionalProperties).toBe(false)
  })

  it('labels every attribute and every enumerated value of every type in both languages', () => {
    for (const id of FACILITY_TYPE_IDS) {
      const props = facilityJsonSchema(id).properties as Record<string, { enum?: string[]; items?: { enum?: string[] } }>
      for (const [key, prop] of Object.entries(props)) {
        expect(ATTRIBUTE_LABELS[key], key).toBeDefined()
        for (const v of [...(prop.enum ?? []), ...(prop.items?.enum ?? [])]) expect(VALUE_LABELS[v], v).toBeDefined()
      }
    }
  })

  it('throws for an unknown type (a programming error)', () => {
    expect(() => facilityJsonSchema('nope')).toThrow(/no facility type/)
  })
})
