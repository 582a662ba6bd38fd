import type { SeedStep } from './seed-step.ts'

/** Seed step of the places area (filled by its owner; see docs/team-contract.md). */
export const placesSeed: SeedStep | null = null
