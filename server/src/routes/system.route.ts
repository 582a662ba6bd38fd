import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { NotFound } from '../errors/problem.ts'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'

/** An empty but valid glyph protobuf: MapLibre then draws CJK with the local font and skips the rest. */
const EMPTY_PBF = Buffer.alloc(0)

/** Dataset description, client configuration and offline glyphs. */
export const systemRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/datasets/current',
    summary: 'The loaded dataset: id, name, city code, centre and bbox',
    tags: ['system'],
    access: 'public',
    query: schemas.noQuery,
    responses: { 200: 'Dataset', 404: 'Dataset description missing' },
    handler: async ({ deps }) => {
      const file = path.join(deps.config.gisDataDir, deps.config.dataset, 'dataset.json')
      const text = await readFile(file, 'utf8').catch(() => null)
      if (!text) throw new NotFound(`No dataset description for ${deps.config.dataset}.`)
      const { id, name, city_code, center, bbox } = JSON.parse(text) as Record<string, unknown>
      return { id, name, city_code, center, bbox }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/config',
    summary: 'Client configuration (optional online base map key)',
    tags: ['system'],
    access: 'public',
    query: schemas.noQuery,
    responses: { 200: 'Configuration' },
    handler: ({ deps }) => ({ tianditu_key: deps.config.tiandituKey }),
  }),
  defineRoute({
    method: 'get',
    path: '/glyphs/:fontstack/:range.pbf',
    summary: 'Glyph ranges for map labels (offline: empty ranges; CJK is drawn with local fonts)',
    tags: ['system'],
    access: 'public',
    params: z.object({ fontstack: z.string().max(200), range: z.string().regex(/^[0-9]+-[0-9]+$/) }),
    responses: { 200: { description: 'Glyph protobuf', contentType: 'application/x-protobuf' }, 404: 'Unknown range' },
    handler: ({ res, params }) => {
      const [start, end] = params.range.split('-').map(Number) as [number, number]
      if (start % 256 !== 0 || end !== start + 255 || end > 65535) throw new NotFound('No such glyph range.')
      res.type('application/x-protobuf').set('Cache-Control', 'public, max-age=86400').send(EMPTY_PBF)
    },
  }),
]
