import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { NotFound } from '../errors/problem.ts'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'

/** Dataset description and client configuration. (No glyph route: the base style has no `glyphs` URL, so MapLibre draws every label with local fonts.) */
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
]
