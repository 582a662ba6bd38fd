import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Db } from '../db/db.ts'
import { boundariesSeed } from './boundaries.seed.ts'
import { divisionsSeed } from './divisions.seed.ts'
import { facilitiesSeed } from './facilities.seed.ts'
import { placesSeed } from './places.seed.ts'
import type { DatasetDescription, SeedStep } from './seed-step.ts'

/** Seed steps in dependency order; null entries are areas without seed data yet. */
export const SEED_STEPS: readonly (SeedStep | null)[] = [divisionsSeed, placesSeed, facilitiesSeed, boundariesSeed]

export interface SeedOptions {
  gisDataDir: string
  dataset: string
  log?: (message: string) => void
  /** Only these steps (tests seed divisions alone). */
  only?: string[]
}

/** Reads `gis-data/<dataset>/dataset.json`. */
export async function readDataset(gisDataDir: string, dataset: string): Promise<DatasetDescription> {
  if (!/^[a-z0-9_-]+$/.test(dataset)) throw new Error(`Dataset id "${dataset}" must be lower-case letters, digits, - or _.`)
  const file = path.join(gisDataDir, dataset, 'dataset.json')
  return JSON.parse(await readFile(file, 'utf8')) as DatasetDescription
}

/**
 * Runs every seed step not yet run for the dataset, each in one transaction (all of a step or none).
 * Idempotent: a second call loads nothing.
 * @returns the steps run now with their row counts.
 */
export async function seed(db: Db, options: SeedOptions): Promise<{ step: string; rows: number }[]> {
  const { gisDataDir, dataset, log = () => undefined, only } = options
  const description = await readDataset(gisDataDir, dataset)
  const ctx = { datasetDir: path.join(gisDataDir, dataset), dataset: description, log }
  const done: { step: string; rows: number }[] = []
  for (const step of SEED_STEPS) {
    if (!step || (only && !only.includes(step.name))) continue
    const rows = await db.transaction(async (tx) => {
      const { rows: ran } = await tx.query('SELECT 1 FROM seed_runs WHERE step = $1 AND dataset = $2', [step.name, dataset])
      if (ran.length > 0) return null
      log(`seeding ${step.name} (${dataset})`)
      const n = await step.run(tx, ctx)
      await tx.query('INSERT INTO seed_runs (step, dataset, rows_loaded) VALUES ($1, $2, $3)', [step.name, dataset, n])
      return n
    })
    if (rows !== null) done.push({ step: step.name, rows })
  }
  return done
}
