import { deriveTopology, rebuildTownships } from '../db/boundaries.topology.ts'
import { SELECT_TOWNSHIP_CODES } from '../db/boundaries.queries.ts'
import type { SeedStep } from './seed-step.ts'

const SEED_ACTOR = 'seed'

/**
 * Seed step of the boundaries area: derives the shared-edge topology (nodes, tri-junctions, lines with
 * left/right units) from the township polygons loaded by the divisions step, then rebuilds the township
 * polygons from those edges so `divisions` and the edges agree from the start.
 */
export const boundariesSeed: SeedStep | null = {
  name: 'boundaries',
  async run(tx, ctx) {
    const lines = await deriveTopology(tx, SEED_ACTOR)
    const { rows } = await tx.query<{ code: string }>(SELECT_TOWNSHIP_CODES)
    await rebuildTownships(tx, rows.map((r) => r.code), SEED_ACTOR)
    ctx.log(`  boundary lines: ${lines}`)
    return lines
  },
}
