import type { RouteModule } from '../http/route.ts'

/** Routes of the tiles area (filled by its owner; see docs/team-contract.md). */
export const tilesRoutes: RouteModule = []
