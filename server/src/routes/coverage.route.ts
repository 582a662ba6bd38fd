import type { RouteModule } from '../http/route.ts'

/** Routes of the coverage area (filled by its owner; see docs/team-contract.md). */
export const coverageRoutes: RouteModule = []
