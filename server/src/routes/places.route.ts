import type { RouteModule } from '../http/route.ts'
import { placesCleanupRoutes } from './places.cleanup.route.ts'
import { placesExchangeRoutes } from './places.exchange.route.ts'
import { placesRegisterRoutes } from './places.register.route.ts'

/**
 * Routes of the places area (issue 3). Fixed paths (/import, /export, /directory, /cleanup) are registered
 * before the register's `/api/places/:id`.
 */
export const placesRoutes: RouteModule = [...placesExchangeRoutes, ...placesCleanupRoutes, ...placesRegisterRoutes]
