import { describe, expect, it } from 'vitest'
import {
  validateFacilityAttributes,
  UnknownFacilityType,
  InvalidAttributes,
} from '../../../../server/src/domain/facilities/validate-facility-attributes.ts'
import {
  InspectionIncomplete,
  OccupiedExceedsBeds,
  OperatorRequired,
  ResidentsExceedBeds,
  UpgradeYearRequired,
  UsedPlotsExceedPlots,
} from '../../../../server/src/domain/facilities/attribute-fields.ts'

const details = (r: ReturnType<typeof validateFacilityAttributes>) => (r.valid ? [] : r.errors.map((e) => `${e.parameter}:${e.detail}`))

describe('validateFacilityAttributes', () => {
  it('rejects an unknown type as a value, not an exception', () => {
    const r = validateFacilityAttributes('cemetery', {})
    expect(r).toMatchObject({ valid: false, reason: UnknownFacilityType })
  })

  it('accepts a complete rural welfare home and trims the operator', () => {
    const r = validateFacilityAttributes('rural_welfare_home', {
      beds: 60, residents: 41, upgrade_status: 'completed', upgrade_year: 2023, operation_mode: 'public_private', operator: '  咸安区康养公司 ',
    })
    expect(r).toEqual({
      valid: true,
      attributes: { beds: 60, residents: 41, upgrade_status: 'completed', upgrade_year: 2023, operation_mode: 'public_private', operator: '咸安区康养公司' },
    })
  })

  it('requires residents ≤ beds, an upgrade year once upgraded and an operator when 公建民营', () => {
    const r = validateFacilityAttributes('rural_welfare_home', {
      beds: 30, residents: 31, upgrade_status: 'in_progress', operation_mode: 'public_private',
    })
    expect(r.valid).toBe(false)
    expect(details(r)).toEqual(
      expect.arrayContaining([
        `attributes.residents:${ResidentsExceedBeds}`,
        `attributes.upgrade_year:${UpgradeYearRequired}`,
        `attributes.operator:${OperatorRequired}`,
      ]),
    )
  })

  it('lets a rural welfare home await an upgrade without a year', () => {
    expect(validateFacilityAttributes('rural_welfare_home', { beds: 30, residents: 12, upgrade_status: 'awaiting' }).valid).toBe(true)
  })

  it('rejects occupied beds above beds and an inspection date without its result', () => {
    const r = validateFacilityAttributes('elder_care_institution', {
      beds: 100, occupied_beds: 101, care_levels: ['self_care'], last_inspection_date: '2024-05-01',
    })
    expect(details(r)).toEqual(
      expect.arrayContaining([`attributes.occupied_beds:${OccupiedExceedsBeds}`, `attributes.last_inspection_date:${InspectionIncomplete}`]),
    )
  })

  it('rejects an impossible inspection date and an unknown care level', () => {
    const r = validateFacilityAttributes('elder_care_institution', {
      beds: 10, occupied_beds: 5, care_levels: ['vip'], last_inspection_result: 'pass', last_inspection_date: '2024-02-30',
    })
    expect(r.valid).toBe(false)
    expect(details(r).map((d) => d.split(':')[0])).toEqual(
      expect.arrayContaining(['attributes.care_levels.0', 'attributes.last_inspection_date']),
    )
  })

  it('rejects used plots above plots', () => {
    expect(details(validateFacilityAttributes('public_cemetery', { plots: 10, used_plots: 12 }))).toEqual([
      `attributes.used_plots:${UsedPlotsExceedPlots}`,
    ])
  })

  it('rejects negative and fractional counts', () => {
    const r = validateFacilityAttributes('public_cemetery', { plots: -1, used_plots: 1.5 })
    expect(details(r).map((d) => d.split(':')[0]).sort()).toEqual(['attributes.plots', 'attributes.used_plots'])
  })

  it('rejects an attribute the type does not have (a typo must not vanish)', () => {
    const r = validateFacilityAttributes('emergency_shelter', { capacity_persons: 500, capcity: 3 })
    expect(r).toMatchObject({ valid: false, reason: InvalidAttributes })
  })

  it('requires a positive shelter capacity in persons', () => {
    expect(validateFacilityAttributes('emergency_shelter', {}).valid).toBe(false)
    expect(validateFacilityAttributes('emergency_shelter', { capacity_persons: 0 }).valid).toBe(false)
    expect(validateFacilityAttributes('emergency_shelter', { capacity_persons: 2000 }).valid).toBe(true)
  })

  it('treats missing attributes as {} for types whose attributes are all optional', () => {
    expect(validateFacilityAttributes('rural_mutual_aid_centre', undefined)).toEqual({ valid: true, attributes: {} })
  })

  it('validates an ancestral hall status history through the type schema', () => {
    const ok = validateFacilityAttributes('ancestral_hall', {
      clan_surname: '陈',
      status_history: [
        { status: 'active', date: '1988-03-01' },
        { status: 'converted_cultural_centre', date: '2021-09-15' },
      ],
    })
    expect(ok.valid).toBe(true)
    expect(validateFacilityAttributes('ancestral_hall', { status_history: [] }).valid).toBe(false)
  })
})
