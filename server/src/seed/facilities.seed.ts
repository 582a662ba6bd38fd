import type { SeedStep } from './seed-step.ts'

/** Seed step of the facilities area (filled by its owner; see docs/team-contract.md). */
export const facilitiesSeed: SeedStep | null = null
