import { z } from 'zod'
import { divisionCodePrefix } from '../domain/facilities/division-code-prefix.ts'
import { summarizeFacilityStats, type FacilityStatRow } from '../domain/facilities/summarize-facility-stats.ts'
import { SELECT_FACILITY_STATS } from '../db/facilities.queries.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'
import { code12, typeListQuery } from './facilities.schemas.ts'

/** Statistics per county and township (counts by type, beds, occupancy) of active facilities. */
export const facilitiesStatsRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/facilities/stats',
    summary: 'Active facilities per county and township: counts by type, beds, occupied beds and occupancy',
    tags: ['facilities'],
    access: 'facilities.read_internal',
    query: z.object({ type: typeListQuery.optional(), division: code12.optional() }).strict(),
    responses: { 200: 'Statistics', 400: 'Invalid parameter' },
    handler: async ({ query, deps }) => {
      const { rows } = await deps.db.query<FacilityStatRow>(SELECT_FACILITY_STATS, [
        query.type?.length ? query.type : null, query.division ? divisionCodePrefix(query.division) : null,
      ])
      return summarizeFacilityStats(rows)
    },
  }),
]
