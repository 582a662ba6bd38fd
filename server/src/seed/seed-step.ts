import type { Queryable } from '../db/db.ts'

/** What `dataset.json` in `gis-data/<dataset>/` describes. */
export interface DatasetDescription {
  id: string
  name: string
  city_code: string
  center: [number, number]
  bbox: [number, number, number, number]
  files?: Record<string, string>
}

export interface SeedContext {
  /** Absolute path of `gis-data/<dataset>/`. */
  datasetDir: string
  dataset: DatasetDescription
  log: (message: string) => void
}

/** One seed step: runs once per dataset inside one transaction; returns how many rows it loaded. */
export interface SeedStep {
  name: string
  run(tx: Queryable, ctx: SeedContext): Promise<number>
}
