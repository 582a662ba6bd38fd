import { z } from 'zod'
import { duplicateNames, misfitNames, unnamedRoads } from '../db/places.cleanup.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'

const GEOJSON = 'application/geo+json'
const divisionQuery = z.object({ division: z.string().regex(/^[0-9]{2,12}$/, 'a division code or its prefix').optional() }).strict()
const SELECT_CITY = `SELECT code FROM divisions WHERE level = 'city' ORDER BY code LIMIT 1`

async function cityCode(q: { query: <T>(s: string) => Promise<{ rows: T[] }> }): Promise<string> {
  return (await q.query<{ code: string }>(SELECT_CITY)).rows[0]?.code ?? '000000000000'
}

/** Clean-up queues: 有地无名, 多地重名, 名不副实 — each a list for the map that can become proposals. */
export const placesCleanupRoutes: RouteModule = [
  defineRoute({
    method: 'get', path: '/api/places/cleanup/unnamed-roads', summary: '有地无名: road lines without a standard name (GeoJSON)',
    tags: ['places'], access: 'places.read_internal', query: divisionQuery,
    responses: { 200: { description: 'FeatureCollection', contentType: GEOJSON }, 400: 'Invalid parameter' },
    handler: async ({ query, deps, res }) => {
      const rows = await unnamedRoads(deps.db, query.division ?? null)
      const features = rows.map(({ geometry, ...properties }) => ({ type: 'Feature', id: properties.id, geometry, properties }))
      res.type(GEOJSON).send(JSON.stringify({ type: 'FeatureCollection', numberReturned: features.length, features }))
    },
  }),
  defineRoute({
    method: 'get', path: '/api/places/cleanup/duplicates', summary: '多地重名: the same standard name more than once within its comparison scope',
    tags: ['places'], access: 'places.read_internal', query: divisionQuery, responses: { 200: 'Groups', 400: 'Invalid parameter' },
    handler: async ({ query, deps }) => ({ items: await duplicateNames(deps.db, query.division ?? null, await cityCode(deps.db)) }),
  }),
  defineRoute({
    method: 'get', path: '/api/places/cleanup/misfits', summary: '名不副实: standard names whose generic part does not fit the feature’s class, size or geometry',
    tags: ['places'], access: 'places.read_internal', query: divisionQuery, responses: { 200: 'Entries with findings', 400: 'Invalid parameter' },
    handler: async ({ query, deps }) => ({ items: await misfitNames(deps.db, query.division ?? null, await cityCode(deps.db)) }),
  }),
]
