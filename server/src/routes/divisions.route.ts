import { z } from 'zod'
import { SELECT_ANCESTORS, SELECT_DIVISION, SELECT_DIVISION_TREE_ROWS, SELECT_DIVISIONS_GEOJSON } from '../db/divisions.queries.ts'
import { buildDivisionTree, type DivisionTreeRow } from '../domain/divisions/build-division-tree.ts'
import { NotFound } from '../errors/problem.ts'
import { bboxQuery } from '../http/bbox-query.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'

const GEOJSON_MEDIA_TYPE = 'application/geo+json'
const code12 = z.string().regex(/^[0-9]{12}$/, 'a 12-digit division code')
const LEVELS = ['city', 'county', 'township', 'village'] as const

/** Divisions: the tree, one division, and GeoJSON by level and bbox. Public reference data. */
export const divisionRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/divisions',
    summary: 'Division tree from the city (or `root`) down `depth` levels',
    tags: ['divisions'],
    access: 'public',
    query: z.object({ root: code12.optional(), depth: z.coerce.number().int().min(1).max(4).default(3) }).strict(),
    responses: { 200: 'Tree', 400: 'Invalid parameter', 404: 'Unknown root' },
    handler: async ({ query, deps }) => {
      const { rows } = await deps.db.query<DivisionTreeRow>(SELECT_DIVISION_TREE_ROWS, [query.root ?? null, query.depth])
      if (query.root && rows.length === 0) throw new NotFound(`No division ${query.root}.`)
      return { items: buildDivisionTree(rows) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/divisions/geojson',
    summary: 'Divisions of one level as a GeoJSON FeatureCollection, optionally within a bbox or under a parent',
    tags: ['divisions'],
    access: 'public',
    query: z.object({ level: z.enum(LEVELS), bbox: bboxQuery.optional(), parent: code12.optional() }).strict(),
    responses: { 200: { description: 'FeatureCollection', contentType: GEOJSON_MEDIA_TYPE }, 400: 'Invalid parameter' },
    handler: async ({ res, query, deps }) => {
      const b = query.bbox
      const { rows } = await deps.db.query<Record<string, unknown> & { geometry: unknown; code: string }>(SELECT_DIVISIONS_GEOJSON, [
        query.level, query.parent ?? null, b?.[0] ?? null, b?.[1] ?? null, b?.[2] ?? null, b?.[3] ?? null,
      ])
      const features = rows.map(({ geometry, ...properties }) => ({ type: 'Feature', id: properties.code, geometry, properties }))
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify({ type: 'FeatureCollection', numberReturned: features.length, features }))
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/divisions/:code',
    summary: 'One division with its ancestors, bbox and label point',
    tags: ['divisions'],
    access: 'public',
    params: z.object({ code: code12 }),
    responses: { 200: 'Division', 400: 'Malformed code', 404: 'Unknown code' },
    handler: async ({ params, deps }) => {
      const { rows } = await deps.db.query(SELECT_DIVISION, [params.code])
      if (!rows[0]) throw new NotFound(`No division ${params.code}.`)
      const ancestors = (await deps.db.query(SELECT_ANCESTORS, [params.code])).rows
      return { ...rows[0], ancestors }
    },
  }),
]
