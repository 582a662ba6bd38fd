import type { Request } from 'express'
import { z } from 'zod'
import { InvalidParameter, NotFound } from '../errors/problem.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'
import { listAvailableCollections } from '../ogc/available-collections.ts'
import { findUnknownParams } from '../ogc/params/find-unknown-params.ts'
import { canRead, resolveCollection } from '../ogc/resolve-collection.ts'
import { ContentTypeMVT } from '../ogc/vocabulary.ts'
import { parseTileCoord } from '../tiles/parse-tile-coord.ts'
import { tileCacheControl } from '../tiles/tile-cache-control.ts'
import { getLayerBounds, getTile, layerState } from '../tiles/tile-service.ts'
import { buildTileJson } from '../tiles/tilejson.ts'

const tags = ['tiles']
const layerParams = z.object({ layer: z.string().min(1).max(100) })
const tileParams = layerParams.extend({ z: z.string(), x: z.string(), y: z.string() })
const versionQuery = z.object({ v: z.string().optional().describe('layer data version from TileJSON (cache busting)') }).catchall(z.unknown())

function tilesRoot(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/tiles`
}

/** Only `v` is accepted; returns it as a number (null when absent or not a version). */
function parseVersionQuery(query: Record<string, unknown>): number | null {
  const unknown = findUnknownParams(query, ['v'])
  if (unknown.length) throw new InvalidParameter('Invalid query parameters.', unknown.map((parameter) => ({ parameter, detail: 'unknown parameter; accepted: v' })))
  const v = query.v
  return typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : null
}

/** Vector tiles (MVT) and TileJSON 3.0 for every collection that has a tile layer. */
export const tilesRoutes: RouteModule = [
  defineRoute({
    method: 'get', path: '/tiles', summary: 'Tile layers the caller may read, with their TileJSON URLs', tags, access: 'public',
    responses: { 200: 'Layer list' },
    handler: async ({ req, user, deps }) => {
      const root = tilesRoot(req)
      const layers = (await listAvailableCollections(deps.db)).filter((c) => c.tiles && canRead(c, user))
      return { layers: layers.map((c) => ({ id: c.id, title: c.title, tilejson: `${root}/${encodeURIComponent(c.id)}.json` })) }
    },
  }),
  defineRoute({
    method: 'get', path: '/tiles/:layer.json', summary: 'TileJSON 3.0 of a vector tile layer', tags, access: 'public',
    params: layerParams, responses: { 200: 'TileJSON', 404: 'No such layer' },
    handler: async ({ req, res, params, user, deps }) => {
      const c = await resolveCollection(deps.db, params.layer, user)
      if (!c.tiles) throw new NotFound(`Collection ${c.id} has no tile layer.`)
      const { version } = await layerState(deps.db, c)
      res.setHeader('Cache-Control', c.access === 'public' ? 'public, no-cache' : 'private, no-cache')
      return buildTileJson(c, tilesRoot(req), version, await getLayerBounds(deps.db, c, version))
    },
  }),
  defineRoute({
    method: 'get', path: '/tiles/:layer/:z/:x/:y.pbf', summary: 'Mapbox Vector Tile of a layer', tags, access: 'public',
    params: tileParams, query: versionQuery,
    responses: { 200: { description: 'MVT (empty body = no features)', contentType: ContentTypeMVT }, 304: 'Not modified', 400: 'Malformed tile address', 404: 'No such layer or tile' },
    handler: async ({ req, res, params, user, deps }) => {
      const c = await resolveCollection(deps.db, params.layer, user)
      if (!c.tiles) throw new NotFound(`Collection ${c.id} has no tile layer.`)
      const parsed = parseTileCoord(params)
      if (!parsed.ok) throw new InvalidParameter('Invalid tile address.', parsed.errors)
      if (!parsed.exists) throw new NotFound(`Tile ${params.z}/${params.x}/${params.y} is outside the tile pyramid.`)
      const requested = parseVersionQuery(req.query)
      const { version, etag } = await layerState(deps.db, c)
      res.setHeader('ETag', etag)
      res.setHeader('Cache-Control', tileCacheControl(c.access === 'public', requested, version))
      if (c.access !== 'public') res.setHeader('Vary', 'Cookie')
      if (req.get('if-none-match')?.split(',').map((s) => s.trim()).includes(etag)) {
        res.status(304).end()
        return
      }
      const tile = await getTile(deps.db, c, parsed.tile, version)
      res.type(ContentTypeMVT).send(Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength))
    },
  }),
]
