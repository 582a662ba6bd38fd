import { describe, expect, it } from 'vitest'
import { useTestDb } from '../helpers/test-db.ts'

const t = useTestDb()
const POINT = JSON.stringify({ type: 'Point', coordinates: [114.3, 29.8] })
const insert = (code: string, level: string, parent: string | null, extra: { pop?: number; aged?: number; admin?: string } = {}) =>
  t.db.query(
    `INSERT INTO divisions (code, admin_code, name, level, parent_code, population_total, population_aged_60_plus, label_point, source)
     VALUES ($1, $2, 'x', $3, $4, $5, $6, ST_SetSRID(ST_GeomFromGeoJSON($7), 4326), 'test')`,
    [code, extra.admin ?? null, level, parent, extra.pop ?? null, extra.aged ?? null, POINT],
  )

describe('0002_create_divisions', () => {
  it('accepts a city and a county under it', async () => {
    await insert('990100000000', 'city', null, { admin: '990100' })
    await insert('990101000000', 'county', '990100000000', { admin: '990101' })
    const { rows } = await t.db.query<{ version: number; created_by: string }>("SELECT version, created_by FROM divisions WHERE code = '990101000000'")
    expect(rows[0]).toEqual({ version: 1, created_by: 'system' })
  })

  it('rejects codes that are not 12 digits, unknown levels, missing parents and orphans', async () => {
    await expect(insert('99010000000', 'city', null)).rejects.toThrow()
    await expect(insert('99010000000a', 'city', null)).rejects.toThrow()
    await expect(insert('990200000000', 'province', null)).rejects.toThrow()
    await expect(insert('990102000000', 'county', null)).rejects.toThrow()
    await expect(insert('990103000000', 'county', '990999000000')).rejects.toThrow()
  })

  it('rejects more people aged 60+ than people, and negative populations', async () => {
    await expect(insert('990101001001', 'village', '990101000000', { pop: 10, aged: 11 })).rejects.toThrow()
    await expect(insert('990101001002', 'village', '990101000000', { pop: -1 })).rejects.toThrow()
  })

  it('types the geometry columns (a point is not a polygon)', async () => {
    await expect(t.db.query(
      "UPDATE divisions SET geom = ST_SetSRID(ST_MakePoint(1, 1), 4326) WHERE code = '990101000000'")).rejects.toThrow()
  })
})
