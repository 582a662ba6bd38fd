import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { Queryable } from '../db/db.ts'
import type { SeedContext, SeedStep } from './seed-step.ts'

const INSERT_DIVISION = `
  INSERT INTO divisions (code, admin_code, name, level, parent_code, urban_rural_code, population_total,
    population_aged_60_plus, geom, label_point, source, geom_source, population_source, urban_rural_source)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
    CASE WHEN $9::text IS NULL THEN NULL ELSE ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($9), 4326)) END,
    ST_SetSRID(ST_GeomFromGeoJSON($10), 4326), $11, $12, $13, $14)
  ON CONFLICT (code) DO NOTHING`

const FILES = ['city.geojson', 'counties.geojson', 'townships.geojson', 'villages.geojson'] as const

type DivisionProps = Record<string, unknown> & { code: string; name: string; level: string; label_point?: [number, number] }

/** Reads a FeatureCollection from the dataset folder. */
export async function readCollection<P>(ctx: SeedContext, file: string): Promise<FeatureCollection<Geometry, P>> {
  return JSON.parse(await readFile(path.join(ctx.datasetDir, file), 'utf8')) as FeatureCollection<Geometry, P>
}

function labelPoint(f: Feature<Geometry, DivisionProps>): string {
  if (f.geometry.type === 'Point') return JSON.stringify(f.geometry)
  const lp = f.properties.label_point
  if (!lp) throw new Error(`Division ${f.properties.code} has a polygon but no label_point.`)
  return JSON.stringify({ type: 'Point', coordinates: lp })
}

async function insertDivision(tx: Queryable, f: Feature<Geometry, DivisionProps>): Promise<void> {
  const p = f.properties
  const polygon = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon' ? JSON.stringify(f.geometry) : null
  await tx.query(INSERT_DIVISION, [
    p.code, p.admin_code ?? null, p.name, p.level, p.parent_code ?? null, p.urban_rural_code ?? null,
    p.population_total ?? null, p.population_aged_60_plus ?? null, polygon, labelPoint(f),
    p.source ?? 'unknown', p.geom_source ?? null, p.population_source ?? null, p.urban_rural_source ?? null,
  ])
}

/** Loads city, counties, townships and villages (parents first) from the dataset's GeoJSON files. */
export const divisionsSeed: SeedStep = {
  name: 'divisions',
  async run(tx, ctx) {
    let n = 0
    for (const file of FILES) {
      const fc = await readCollection<DivisionProps>(ctx, file)
      for (const f of fc.features) {
        await insertDivision(tx, f)
        n += 1
      }
      ctx.log(`  ${file}: ${fc.features.length}`)
    }
    return n
  },
}
