import type { RouteModule } from '../http/route.ts'

/** Routes of the places area (filled by its owner; see docs/team-contract.md). */
export const placesRoutes: RouteModule = []
