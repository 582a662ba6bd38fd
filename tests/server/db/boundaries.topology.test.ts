import { beforeAll, describe, expect, it } from 'vitest'
import { useTestDb } from '../../helpers/test-db.ts'
import { deriveTopology, findPartitionProblems, rebuildTownships } from '../../../server/src/db/boundaries.topology.ts'
import { COUNTY, FUSHAN, TINGSIQIAO, WENQUAN, YONGAN, insertBoundaryFixture } from '../api/boundaries.fixture.ts'

const t = useTestDb()

interface LineRow { id: number; code: string; name: string; left_unit_code: string | null; right_unit_code: string | null; from_label: string | null; to_label: string | null; ring: boolean }

const lines = async () => (await t.db.query<LineRow>(`
  SELECT l.id, l.code, l.name, l.left_unit_code, l.right_unit_code, f.label AS from_label, e.label AS to_label, l.from_node_id = l.to_node_id AS ring
  FROM boundary_lines l JOIN boundary_nodes f ON f.id = l.from_node_id JOIN boundary_nodes e ON e.id = l.to_node_id ORDER BY l.code`)).rows

beforeAll(async () => {
  await insertBoundaryFixture(t.db)
  await t.db.transaction((tx) => deriveTopology(tx, 'test'))
})

describe('deriveTopology', () => {
  it('finds one edge per pair of neighbouring units and one per stretch of the outline', async () => {
    expect((await lines()).map((l) => l.code)).toEqual([
      '421202001-421202002', '421202001-421202003', '421202001-EXT', '421202002-421202003', '421202002-EXT',
      '421202003-421202100', '421202003-EXT',
    ])
  })

  it('puts the right unit on each side of the line direction', async () => {
    // the probe method must agree with the geometry: for A–B the unit left of the direction lies west when going north
    const { rows } = await t.db.query<{ code: string; left_is_west: boolean }>(`
      SELECT code, (ST_X(ST_StartPoint(geom)) = 114.25 AND ST_Y(ST_StartPoint(geom)) < ST_Y(ST_EndPoint(geom))) = (left_unit_code = $1) AS left_is_west
      FROM boundary_lines WHERE code = '421202001-421202002'`, [WENQUAN])
    expect(rows[0]!.left_is_west).toBe(true)
    const ab = (await lines()).find((l) => l.code === '421202001-421202002')!
    expect([ab.left_unit_code, ab.right_unit_code].sort()).toEqual([WENQUAN, FUSHAN])
    const outside = (await lines()).find((l) => l.code === '421202001-EXT')!
    expect([outside.left_unit_code, outside.right_unit_code]).toContain(null)
  })

  it('names lines county + units and labels tri-junctions with the units that meet', async () => {
    const all = await lines()
    expect(all.find((l) => l.code === '421202001-421202002')!.name).toBe('咸安区温泉街道—浮山街道线')
    expect(all.find((l) => l.code === '421202002-EXT')!.name).toBe('咸安区浮山街道—市外线')
    const ab = all.find((l) => l.code === '421202001-421202002')!
    expect([ab.from_label, ab.to_label].sort()).toEqual(['温泉街道、浮山街道、永安街道三交点', '温泉街道、浮山街道、市外三交点'].sort())
  })

  it('keeps an enclave as a closed ring from one vertex node', async () => {
    const ring = (await lines()).find((l) => l.code === '421202003-421202100')!
    expect(ring.ring).toBe(true)
    expect(ring.from_label).toBeNull()
  })

  it('records a create revision for every line', async () => {
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM boundary_line_revisions WHERE action = 'create'`)
    expect(rows[0]!.n).toBe(7)
  })
})

describe('rebuildTownships', () => {
  it('rebuilds the polygons exactly, enclave hole included', async () => {
    const before = (await t.db.query<{ code: string; wkb: string }>(
      `SELECT code, ST_AsText(ST_Normalize(geom)) AS wkb FROM divisions WHERE level = 'township' ORDER BY code`)).rows
    const counties = await t.db.transaction((tx) => rebuildTownships(tx, [WENQUAN, FUSHAN, YONGAN, TINGSIQIAO], 'test'))
    expect(counties).toEqual([COUNTY])
    const { rows } = await t.db.query<{ code: string; diff: number; holes: number }>(`
      SELECT d.code, ST_Area(ST_SymDifference(d.geom, ST_SetSRID(ST_GeomFromText($1), 4326))) AS diff, ST_NumInteriorRings(ST_GeometryN(d.geom, 1)) AS holes
      FROM divisions d WHERE code = $2`, [before.find((b) => b.code === YONGAN)!.wkb, YONGAN])
    expect(rows[0]!.diff).toBe(0)
    expect(rows[0]!.holes).toBe(1)
  })

  it('finds no partition problem in the derived topology', async () => {
    expect(await findPartitionProblems(t.db, [COUNTY], [WENQUAN, FUSHAN, YONGAN, TINGSIQIAO])).toEqual([])
  })

  it('moves both neighbours when a shared vertex moves, and reports the gap an outline edit leaves', async () => {
    await t.db.transaction(async (tx) => {
      await tx.query(`UPDATE boundary_lines SET geom = CASE WHEN ST_Y(ST_StartPoint(geom)) < 29.86 THEN g ELSE ST_Reverse(g) END
        FROM (SELECT 'SRID=4326;LINESTRING(114.25 29.85, 114.249 29.87, 114.262 29.88, 114.25 29.9)'::geometry AS g) x
        WHERE code = '421202001-421202002'`)
      await tx.query(`UPDATE boundary_lines SET geom = ST_AddPoint(geom, ST_SetSRID(ST_MakePoint(114.21, 29.89), 4326), 1)
        WHERE code = '421202001-EXT'`)
      await rebuildTownships(tx, [WENQUAN, FUSHAN], 'test')
      const { rows } = await tx.query<{ code: string; covers: boolean }>(
        `SELECT code, ST_Covers(geom, ST_SetSRID(ST_MakePoint(114.258, 29.88), 4326)) AS covers FROM divisions WHERE code = ANY($1) ORDER BY code`,
        [[WENQUAN, FUSHAN]])
      expect(rows).toEqual([{ code: WENQUAN, covers: true }, { code: FUSHAN, covers: false }])
      const problems = await findPartitionProblems(tx, [COUNTY], [WENQUAN, FUSHAN])
      expect(problems.map((p) => p.problem)).toEqual(['gap'])
      expect(problems[0]!.area_m2).toBeGreaterThan(1000)
      throw new Error('rollback')
    }).catch((e: Error) => { if (e.message !== 'rollback') throw e })
  })
})
