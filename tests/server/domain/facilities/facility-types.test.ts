import { describe, expect, it } from 'vitest'
import { FACILITY_TYPES, FACILITY_TYPE_IDS, findFacilityType, isFacilityTypeId } from '../../../../server/src/domain/facilities/facility-types.ts'
import { FACILITY_GROUPS } from '../../../../server/src/domain/facilities/facility-group.ts'

describe('FACILITY_TYPES', () => {
  it('lists the fourteen types the bureau reports on, with unique snake_case ids', () => {
    expect(FACILITY_TYPES).toHaveLength(14)
    expect(new Set(FACILITY_TYPE_IDS).size).toBe(14)
    for (const id of FACILITY_TYPE_IDS) expect(id).toMatch(/^[a-z]+(_[a-z0-9]+)*$/)
  })

  it('gives every type Chinese and English labels, a known group, an icon, one glyph and a hex colour', () => {
    for (const type of FACILITY_TYPES) {
      expect(type.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(type.en.length).toBeGreaterThan(3)
      expect(FACILITY_GROUPS).toContain(type.group)
      expect(type.icon).toMatch(/^[a-z-]+$/)
      expect([...type.glyph]).toHaveLength(1)
      expect(type.color).toMatch(/^#[0-9a-f]{6}$/)
    }
  })

  it('has at least one type in every group', () => {
    for (const group of FACILITY_GROUPS) expect(FACILITY_TYPES.some((t) => t.group === group)).toBe(true)
  })

  it('names the report categories with the bureau wording', () => {
    expect(findFacilityType('rural_mutual_aid_centre')?.zh).toBe('农村老年人互助照料活动中心')
    expect(findFacilityType('urban_home_care_centre')?.zh).toBe('城市社区居家养老服务中心')
    expect(findFacilityType('emergency_shelter')?.group).toBe('shelter')
  })
})

describe('findFacilityType', () => {
  it('returns undefined for an unknown id', () => {
    expect(findFacilityType('cemetery')).toBeUndefined()
    expect(findFacilityType('')).toBeUndefined()
  })
})

describe('isFacilityTypeId', () => {
  it('accepts known ids only', () => {
    expect(isFacilityTypeId('honour_home')).toBe(true)
    expect(isFacilityTypeId('Honour_Home')).toBe(false)
  })
})
