import type { SeedStep } from './seed-step.ts'

/** Seed step of the boundaries area (filled by its owner; see docs/team-contract.md). */
export const boundariesSeed: SeedStep | null = null
