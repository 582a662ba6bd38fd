import { describe, expect, it } from 'vitest'
import { listAvailableCollections } from '../../../../server/src/ogc/available-collections.ts'
import { collections } from '../../../../server/src/ogc/collections.ts'
import { ParamBbox, ParamFormat, ParamLimit, ParamOffset } from '../../../../server/src/ogc/vocabulary.ts'
import { useTestDb } from '../../../helpers/test-db.ts'

const t = useTestDb()

describe('collections registry', () => {
  it('has unique ids that are safe as URL segments, tile layer and GeoPackage table names', () => {
    const ids = collections.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/)
  })
  it('filters and tiles only on exposed properties, and never shadows a standard parameter', () => {
    for (const c of collections) {
      const names = c.properties.map((p) => p.name)
      expect(names, c.id).toContain(c.idColumn)
      for (const f of c.filterable) expect(names, `${c.id}.${f}`).toContain(f)
      for (const f of c.tiles?.properties ?? []) expect(names, `${c.id} tile ${f}`).toContain(f)
      for (const reserved of [ParamBbox, ParamLimit, ParamOffset, ParamFormat]) expect(c.filterable).not.toContain(reserved)
      for (const p of c.properties) if (p.type === 'json') expect(c.filterable).not.toContain(p.name)
    }
  })
  it('names only columns that exist in the migrated schema', async () => {
    const { rows } = await t.db.query<{ table_name: string; column_name: string }>(
      'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()',
    )
    const columns = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`))
    const available = await listAvailableCollections(t.db)
    for (const c of available) {
      const used = [c.geometryColumn, c.idColumn, ...c.properties.map((p) => p.name), ...Object.keys(c.fixedFilters ?? {}), ...(c.requireNull ?? [])]
      for (const col of used) expect(columns.has(`${c.table}.${col}`), `${c.id}: ${c.table}.${col}`).toBe(true)
    }
  })
  it('publishes every registered table present in the schema', async () => {
    const available = (await listAvailableCollections(t.db)).map((c) => c.id)
    expect(available).toEqual(expect.arrayContaining(['divisions', 'place_names', 'roads', 'facilities', 'boundary_lines', 'boundary_markers']))
  })
  it('tracks a data version for every table with a tile layer', async () => {
    const { rows } = await t.db.query<{ tgname: string }>(
      "SELECT tg.tgname FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND tg.tgname LIKE '%layer_version'",
    )
    const tracked = new Set(rows.map((r) => r.tgname.replace(/_layer_version$/, '')))
    for (const c of await listAvailableCollections(t.db)) if (c.tiles) expect(tracked.has(c.table), c.table).toBe(true)
  })
})
