import { describe, expect, it } from 'vitest'
import { generateSampleFacilities, type SampleVillage } from '../../../../server/src/domain/facilities/generate-sample-facilities.ts'
import { seededRandom } from '../../../../server/src/domain/facilities/seeded-random.ts'
import { validateFacilityAttributes } from '../../../../server/src/domain/facilities/validate-facility-attributes.ts'

const villages: SampleVillage[] = Array.from({ length: 40 }, (_, i) => ({
  code: `4212020010${String(i).padStart(2, '0')}`, name: `村${i}`, lng: 114 + i * 0.01, lat: 29.8, urban: i % 4 === 0, population: 100 * i,
  townshipCode: `42120200${i % 5}000`, townshipName: `镇${i % 5}`, countyCode: '421202000000', countyName: '咸安区',
}))

describe('generateSampleFacilities', () => {
  it('is reproducible for a seed and differs between seeds', () => {
    expect(generateSampleFacilities(villages, 'xianning')).toEqual(generateSampleFacilities(villages, 'xianning'))
    expect(generateSampleFacilities(villages, 'xianning')).not.toEqual(generateSampleFacilities(villages, 'other'))
  })

  it('produces attributes that pass every type schema', () => {
    const bad = generateSampleFacilities(villages, 'x').filter((f) => !validateFacilityAttributes(f.type, f.attributes).valid)
    expect(bad).toEqual([])
  })

  it('puts urban centres in communities and mutual-aid centres in villages', () => {
    const byCode = new Map(villages.map((v) => [v.code, v]))
    const out = generateSampleFacilities(villages, 'x')
    expect(out.filter((f) => f.type === 'urban_home_care_centre').every((f) => byCode.get(f.villageCode)!.urban)).toBe(true)
    expect(out.filter((f) => f.type === 'rural_mutual_aid_centre').every((f) => !byCode.get(f.villageCode)!.urban)).toBe(true)
  })
})

describe('seededRandom', () => {
  it('stays in [0, 1) and repeats per seed', () => {
    const a = seededRandom('s')
    const b = seededRandom('s')
    const xs = Array.from({ length: 1000 }, () => a())
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs)
  })
})
