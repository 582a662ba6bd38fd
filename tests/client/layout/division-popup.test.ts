import { describe, expect, it } from 'vitest'
import { divisionPopupRows } from '../../../client/src/layout/division-popup'

const t = (key: string) => key

describe('divisionPopupRows', () => {
  it('lists level, codes, population and source', () => {
    const rows = divisionPopupRows({
      name: '咸安区', level: 'county', code: '421202000000', admin_code: '421202', urban_rural_code: null,
      population_total: 123456, population_aged_60_plus: 20000, source: 'nbs2023', geom_source: 'synthetic', population_source: 'synthetic (v1)',
    }, t, 'en')
    expect(rows).toEqual([
      { label: 'division.field.level', value: 'division.level.county' },
      { label: 'division.field.code', value: '421202000000' },
      { label: 'division.field.adminCode', value: '421202' },
      { label: 'division.field.population', value: '123,456' },
      { label: 'division.field.aged60Plus', value: '20,000' },
      { label: 'division.field.source', value: 'nbs2023' },
      { label: 'division.field.geomSource', value: 'synthetic' },
      { label: 'division.field.populationSource', value: 'synthetic (v1)' },
    ])
  })

  it('leaves out missing values (MapLibre drops null properties)', () => {
    expect(divisionPopupRows({ code: '421202001001' }, t, 'zh-CN')).toEqual([{ label: 'division.field.code', value: '421202001001' }])
  })
})
