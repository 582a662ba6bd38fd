import { describe, expect, it } from 'vitest'
import { placeNameOfUnit, syntheticRoad } from '../../../server/src/seed/places.seed.ts'
import { seed } from '../../../server/src/seed/seed.ts'
import { GIS_DATA_DIR, TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'

describe('placeNameOfUnit', () => {
  it.each([
    ['肖桥村村委会', '肖桥村', '2310'], ['界石村民委员会', '界石村', '2310'], ['白鹤村委会', '白鹤村', '2310'],
    ['温泉社区居民委员会', '温泉社区', '2320'], ['东街社区居委会', '东街社区', '2320'], ['凤凰山居委会', '凤凰山社区', '2320'], ['万年路社区', '万年路社区', '2320'],
  ])('reads %s as %s', (nbs, name, category_code) => {
    expect(placeNameOfUnit(nbs)).toEqual({ name, category_code })
  })

  it('skips the living areas the NBS list invents for farms', () => {
    expect(placeNameOfUnit('黄龙林场虚拟生活区')).toBeNull()
  })
})

describe('syntheticRoad', () => {
  it('is stable for a name and passes through the point', () => {
    const a = syntheticRoad([114.3, 29.85], '万年路')
    expect(syntheticRoad([114.3, 29.85], '万年路')).toEqual(a)
    const [[x1, y1], [x2, y2]] = a.coordinates as [number, number][]
    expect((x1 + x2) / 2).toBeCloseTo(114.3, 6)
    expect((y1 + y2) / 2).toBeCloseTo(29.85, 6)
  })
})

describe(`places seed (${TEST_ENGINE})`, () => {
  const t = useTestDb()

  it('loads real names with their source and road names from communities, once', async () => {
    const first = await seed(t.db, { gisDataDir: GIS_DATA_DIR, dataset: 'xianning', only: ['divisions', 'places'] })
    expect(first.find((s) => s.step === 'places')!.rows).toBeGreaterThan(1000)
    const { rows } = await t.db.query<{ name: string; pinyin: string; division_code: string; source: string; roads: number }>(
      `SELECT p.name, p.pinyin, p.division_code, p.source, (SELECT count(*)::int FROM roads r WHERE r.place_id = p.id) AS roads
       FROM place_names p WHERE p.name IN ('桂花路', '万年路', '温泉街道', '肖桥村') AND p.division_code LIKE '421202001%' ORDER BY p.name`)
    expect(rows.map((r) => r.name)).toEqual(['万年路', '桂花路', '温泉街道', '肖桥村'].sort())
    const guihua = rows.find((r) => r.name === '桂花路')!
    expect(guihua).toMatchObject({ pinyin: 'Guihua Lu', division_code: '421202001000', roads: 1 })
    expect(guihua.source).toContain('桂花路社区')
    expect(guihua.source).toContain('synthetic')
    const unnamed = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM roads WHERE place_id IS NULL')
    expect(unnamed.rows[0]!.n).toBe(18)
    const again = await seed(t.db, { gisDataDir: GIS_DATA_DIR, dataset: 'xianning', only: ['divisions', 'places'] })
    expect(again).toEqual([])
  })
})
