import type { RouteModule } from '../http/route.ts'

/** Routes of the naming area (filled by its owner; see docs/team-contract.md). */
export const namingRoutes: RouteModule = []
