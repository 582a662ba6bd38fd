import { describe, expect, it } from 'vitest'
import { attributeFields, cleanAttributes } from '../../../../client/src/features/facilities/attribute-fields'
import { typesPayload } from './types-payload'

const type = (id: string) => typesPayload().types.find((t) => t.id === id)!

describe('attributeFields', () => {
  it('derives the elder-care institution form from its schema', () => {
    expect(attributeFields(type('elder_care_institution')).map((f) => [f.key, f.kind, f.required])).toEqual([
      ['beds', 'integer', true], ['occupied_beds', 'integer', true], ['care_levels', 'multi', true],
      ['last_inspection_result', 'enum', false], ['last_inspection_date', 'date', false], ['operation_mode', 'enum', false], ['operator', 'text', false],
    ])
  })

  it('gives the ancestral hall a status-history editor with the four statuses', () => {
    const history = attributeFields(type('ancestral_hall')).find((f) => f.key === 'status_history')!
    expect(history).toMatchObject({ kind: 'history', required: true, options: ['active', 'converted_cultural_centre', 'converted_public_service_centre', 'demolished'] })
  })

  it('has a field kind for every attribute of every type', () => {
    for (const t of typesPayload().types) for (const f of attributeFields(t)) expect(['integer', 'text', 'date', 'enum', 'multi', 'history']).toContain(f.kind)
  })
})

describe('cleanAttributes', () => {
  const fields = attributeFields(type('elder_care_institution'))

  it('drops empty inputs and turns typed numbers into numbers', () => {
    expect(cleanAttributes({ beds: '12', occupied_beds: 3, operator: '', last_inspection_result: undefined, care_levels: ['disabled'] }, fields))
      .toEqual({ beds: 12, occupied_beds: 3, care_levels: ['disabled'] })
  })

  it('keeps an empty required list so the server names it', () => {
    expect(cleanAttributes({ care_levels: [] }, fields)).toEqual({ care_levels: [] })
  })
})
