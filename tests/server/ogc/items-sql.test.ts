import { describe, expect, it } from 'vitest'
import { collections } from '../../../server/src/ogc/collections.ts'
import { buildItemByIdSql, buildItemsSql } from '../../../server/src/ogc/items.sql.ts'

const county = collections.find((c) => c.id === 'divisions_county')!
const places = collections.find((c) => c.id === 'place_names')!

describe('buildItemsSql', () => {
  it('binds every value, fixed filters included, and pages by id', () => {
    const { page, count } = buildItemsSql(county, { bbox: [113, 29, 115, 31], limit: 10, offset: 20, filters: [{ name: 'name', value: '咸安区' }] })
    expect(page.text).not.toMatch(/county|咸安|113/)
    expect(page.values).toEqual([6, 'county', 113, 29, 115, 31, '咸安区', 10, 20])
    expect(page.text).toMatch(/ORDER BY "code" LIMIT \$8 OFFSET \$9$/)
    expect(count.values).toEqual(['county', 113, 29, 115, 31, '咸安区'])
  })
  it('turns an antimeridian-crossing bbox into two envelopes joined by OR', () => {
    const { page } = buildItemsSql(county, { bbox: [170, -10, -170, 10], limit: 1, offset: 0, filters: [] })
    expect(page.text.match(/ST_MakeEnvelope/g)).toHaveLength(2)
    expect(page.text).toMatch(/\(ST_Intersects\(.*\) OR ST_Intersects\(.*\)\)/)
  })
  it('selects dates as YYYY-MM-DD text', () => {
    expect(buildItemsSql(places, { bbox: null, limit: 1, offset: 0, filters: [] }).page.text).toContain(`to_char("approved_on", 'YYYY-MM-DD') AS "approved_on"`)
  })
  it('adds a keyset condition for exports', () => {
    const { page } = buildItemsSql(places, { bbox: null, limit: 5, offset: 0, filters: [], after: 42 })
    expect(page.text).toContain('"id" > $3')
    expect(page.values).toEqual([6, 'approved', 42, 5, 0])
  })
})

describe('buildItemByIdSql', () => {
  it('keeps the collection filter so an id from another level is not found', () => {
    expect(buildItemByIdSql(county, '421202001000').values).toEqual([6, 'county', '421202001000'])
  })
})
