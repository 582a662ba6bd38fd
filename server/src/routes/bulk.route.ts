import type { RouteModule } from '../http/route.ts'

/** Routes of the bulk area (filled by its owner; see docs/team-contract.md). */
export const bulkRoutes: RouteModule = []
