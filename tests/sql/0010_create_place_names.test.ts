import { describe, expect, it } from 'vitest'
import { TEST_ENGINE, useTestDb } from '../helpers/test-db.ts'

const INSERT = `INSERT INTO place_names (name, specific_name, generic_name, pinyin, category_code, geom, source)
  VALUES ($1, $2, $3, $4, $5, ST_SetSRID(ST_GeomFromGeoJSON($6), 4326), 'test') RETURNING id`
const line = JSON.stringify({ type: 'LineString', coordinates: [[114.3, 29.85], [114.31, 29.85]] })

describe(`0010 place_names (${TEST_ENGINE})`, () => {
  const t = useTestDb()

  it('stores a line with its parts and indexes the search keys', async () => {
    const { rows } = await t.db.query<{ id: number }>(INSERT, ['桂花路', '桂花', '路', 'Guihua Lu', '2530', line])
    expect(rows[0]!.id).toBeGreaterThan(0)
    const { rows: idx } = await t.db.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'place_names' AND schemaname = current_schema() ORDER BY 1`)
    expect(idx.map((r) => r.indexname)).toEqual(expect.arrayContaining(['place_names_geom_idx', 'place_names_name_trgm_idx', 'place_names_pinyin_trgm_idx']))
  })

  it('rejects a geometry collection', async () => {
    const gc = JSON.stringify({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [114.3, 29.85] }] })
    await expect(t.db.query(INSERT, ['桂花路', '桂花', '路', 'Guihua Lu', '2530', gc])).rejects.toThrow()
  })

  it('rejects a self-intersecting polygon', async () => {
    const bowtie = JSON.stringify({ type: 'Polygon', coordinates: [[[114.3, 29.8], [114.4, 29.9], [114.4, 29.8], [114.3, 29.9], [114.3, 29.8]]] })
    await expect(t.db.query(INSERT, ['桂花广场', '桂花', '广场', 'Guihua Guangchang', '2720', bowtie])).rejects.toThrow()
  })

  it('rejects parts that do not make the name', async () => {
    await expect(t.db.query(INSERT, ['桂花路', '桂花', '街', 'Guihua Lu', '2530', line])).rejects.toThrow()
  })

  it('rejects a malformed category code', async () => {
    await expect(t.db.query(INSERT, ['桂花路', '桂花', '路', 'Guihua Lu', '253', line])).rejects.toThrow()
  })

  it('keeps notice batches ordered in time', async () => {
    await expect(t.db.query(`INSERT INTO notice_batches (title, starts_on, ends_on) VALUES ('x', '2025-05-10', '2025-05-01')`)).rejects.toThrow()
  })
})
