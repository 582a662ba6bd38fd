import type { AppConfig } from '../config.ts'
import type { RouteModule } from '../http/route.ts'
import { adminRoutes } from './admin.route.ts'
import { authRoutes } from './auth.route.ts'
import { boundariesRoutes } from './boundaries.route.ts'
import { bulkRoutes } from './bulk.route.ts'
import { coverageRoutes } from './coverage.route.ts'
import { divisionRoutes } from './divisions.route.ts'
import { facilitiesRoutes } from './facilities.route.ts'
import { healthRoutes } from './health.route.ts'
import { namingRoutes } from './naming.route.ts'
import { noticesRoutes } from './notices.route.ts'
import { ogcRoutes } from './ogc.route.ts'
import { placesRoutes } from './places.route.ts'
import { systemRoutes } from './system.route.ts'
import { tilesRoutes } from './tiles.route.ts'

/** Every route of the app, in registration order (fixed paths before parameterised ones within a module). */
export function allRoutes(config: AppConfig): RouteModule {
  return [
    ...healthRoutes,
    ...systemRoutes,
    ...authRoutes(config),
    ...adminRoutes,
    ...divisionRoutes,
    ...placesRoutes,
    ...namingRoutes,
    ...noticesRoutes,
    ...facilitiesRoutes,
    ...coverageRoutes,
    ...boundariesRoutes,
    ...ogcRoutes,
    ...tilesRoutes,
    ...bulkRoutes,
  ]
}
