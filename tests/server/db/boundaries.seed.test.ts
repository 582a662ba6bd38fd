import { beforeAll, describe, expect, it } from 'vitest'
import { GIS_DATA_DIR, useTestDb } from '../../helpers/test-db.ts'
import { seed } from '../../../server/src/seed/seed.ts'
import { validateBoundaries } from '../../../server/src/db/boundaries.validation.ts'

const t = useTestDb()

beforeAll(async () => {
  await seed(t.db, { gisDataDir: GIS_DATA_DIR, dataset: 'xianning', only: ['divisions', 'boundaries'] })
})

describe('boundaries seed step on the Xianning dataset', () => {
  it('derives lines between every pair of neighbouring townships, each with at least one unit', async () => {
    const { rows } = await t.db.query<{ lines: number; outside: number; nodes: number; tri: number }>(`
      SELECT (SELECT count(*)::int FROM boundary_lines) AS lines,
        (SELECT count(*)::int FROM boundary_lines WHERE left_unit_code IS NULL OR right_unit_code IS NULL) AS outside,
        (SELECT count(*)::int FROM boundary_nodes) AS nodes,
        (SELECT count(*)::int FROM boundary_nodes WHERE kind = 'tri_junction') AS tri`)
    const r = rows[0]!
    expect(r.lines).toBeGreaterThan(100)
    expect(r.outside).toBeGreaterThan(5)
    expect(r.tri).toBeGreaterThan(50)
  })

  it('rebuilds every township from its edges so that townships still partition their counties', async () => {
    const report = await t.db.transaction((tx) => validateBoundaries(tx, { countyCodes: null, sliverAreaM2: 1, markerToleranceM: 0.5 }))
    expect(report.checked.counties).toBeGreaterThan(3)
    expect(report.errors).toEqual([])
  })

  it('keeps every township polygon valid and non-empty after the rebuild', async () => {
    const { rows } = await t.db.query<{ bad: number }>(
      `SELECT count(*)::int AS bad FROM divisions WHERE level = 'township' AND (geom IS NULL OR NOT ST_IsValid(geom) OR ST_IsEmpty(geom))`)
    expect(rows[0]!.bad).toBe(0)
  })
})
