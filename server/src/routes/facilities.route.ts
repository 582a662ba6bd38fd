import type { RouteModule } from '../http/route.ts'

/** Routes of the facilities area (filled by its owner; see docs/team-contract.md). */
export const facilitiesRoutes: RouteModule = []
