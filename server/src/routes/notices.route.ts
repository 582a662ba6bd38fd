import type { RouteModule } from '../http/route.ts'

/** Routes of the notices area (filled by its owner; see docs/team-contract.md). */
export const noticesRoutes: RouteModule = []
