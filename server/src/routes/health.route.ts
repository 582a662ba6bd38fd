import { getCapabilities } from '../db/capabilities-cache.ts'
import { z } from 'zod'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'
import { APP_VERSION } from '../version.ts'

/** The body of `/api/health`. */
export const HealthResponse = z.object({
  status: z.literal('ok'),
  engine: z.enum(['pg', 'pglite']),
  postgres_version: z.string(),
  postgis_version: z.string(),
  has_as_mvt: z.boolean(),
  app_version: z.string(),
})

/** `/api/health`: which engine answers, with its PostgreSQL and PostGIS versions. */
export const healthRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Engine and version check',
    tags: ['system'],
    access: 'public',
    query: schemas.noQuery,
    responses: { 200: 'The service answers' },
    response: HealthResponse,
    handler: async ({ deps }) => {
      const caps = await getCapabilities(deps.db)
      return {
        status: 'ok' as const,
        engine: deps.db.engine,
        postgres_version: caps.postgresVersion,
        postgis_version: caps.postgisVersion,
        has_as_mvt: caps.hasAsMvt,
        app_version: APP_VERSION,
      }
    },
  }),
]
