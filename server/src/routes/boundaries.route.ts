import type { RouteModule } from '../http/route.ts'

/** Routes of the boundaries area (filled by its owner; see docs/team-contract.md). */
export const boundariesRoutes: RouteModule = []
