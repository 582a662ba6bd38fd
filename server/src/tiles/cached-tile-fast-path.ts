import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Db } from '../db/db.ts'
import type { CollectionDef } from '../ogc/collection.ts'
import { collections } from '../ogc/collections.ts'
import { ContentTypeMVT } from '../ogc/vocabulary.ts'
import { layerEtag } from './layer-etag.ts'
import { tileCacheControl } from './tile-cache-control.ts'
import { isValidTile } from './tile-math.ts'
import { getTile, layerState, peekCachedTile } from './tile-service.ts'

/** `/tiles/{layer}/{z}/{x}/{y}.pbf?v={version}` and nothing else. */
const VERSIONED_TILE = /^\/tiles\/([a-z0-9_]{1,100})\/(\d{1,2})\/(\d{1,7})\/(\d{1,7})\.pbf\?v=(\d{1,15})$/

const publicLayers = new Map<string, CollectionDef>(collections.filter((c) => c.tiles && c.access === 'public').map((c) => [c.id, c]))

/**
 * Serves versioned tiles of public layers before logging, cookies, sessions and routing — the path every
 * map tile takes, since TileJSON's URLs carry `?v=`. A versioned URL names immutable content (the tile of
 * that data version): a cache hit is answered with no database access at all; a miss reads the layer's
 * version and, when the URL asks for the current one, encodes, caches and answers the tile here too.
 * Anything else (a stale or future `v`, no `v`, a private layer, another query parameter, a tile outside
 * the pyramid) goes on to the normal tile route, which checks access, logs, and explains refusals.
 * Mounted after the security headers so the answer carries the same headers as every other response;
 * errors go to the problem+json handler.
 * @param db the database whose tile cache is read
 */
export function cachedTileFastPath(db: Db): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const m = VERSIONED_TILE.exec(req.originalUrl)
    if (!m) return next()
    const c = publicLayers.get(m[1]!)
    if (!c) return next()
    const version = Number(m[5])
    const t = { z: Number(m[2]), x: Number(m[3]), y: Number(m[4]) }
    if (!isValidTile(t)) return next()
    const cached = peekCachedTile(db, c.id, version, t)
    if (cached) return send(req, res, c, version, cached)
    layerState(db, c).then(async (state) => {
      if (state.version !== version) return next()
      send(req, res, c, version, await getTile(db, c, t, version))
    }).catch(next)
  }
}

function send(req: Request, res: Response, c: CollectionDef, version: number, tile: Uint8Array): void {
  const etag = layerEtag(c, version)
  res.setHeader('ETag', etag)
  res.setHeader('Cache-Control', tileCacheControl(true, version, version))
  if (req.headers['if-none-match']?.split(',').some((s) => s.trim() === etag)) {
    res.statusCode = 304
    res.end()
    return
  }
  res.setHeader('Content-Type', ContentTypeMVT)
  res.setHeader('Content-Length', tile.byteLength)
  res.end(req.method === 'HEAD' ? undefined : Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength))
}
