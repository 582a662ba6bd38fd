import type { RouteModule } from '../http/route.ts'
import { placesRegisterRoutes } from './places.register.route.ts'

/** Routes of the places area: the register (issue 3). Fixed paths come before `/:id` within each module. */
export const placesRoutes: RouteModule = [...placesRegisterRoutes]
