import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Db } from '../db/db.ts'
import type { CollectionDef } from '../ogc/collection.ts'
import { collections } from '../ogc/collections.ts'
import { ContentTypeMVT } from '../ogc/vocabulary.ts'
import { layerEtag } from './layer-etag.ts'
import { tileCacheControl } from './tile-cache-control.ts'
import { peekCachedTile } from './tile-service.ts'

/** `/tiles/{layer}/{z}/{x}/{y}.pbf?v={version}` and nothing else. */
const VERSIONED_TILE = /^\/tiles\/([a-z0-9_]{1,100})\/(\d{1,2})\/(\d{1,7})\/(\d{1,7})\.pbf\?v=(\d{1,15})$/

const publicLayers = new Map<string, CollectionDef>(collections.filter((c) => c.tiles && c.access === 'public').map((c) => [c.id, c]))

/**
 * Serves repeated requests for versioned tiles of public layers straight from the in-process tile cache,
 * before logging, cookies, sessions and routing (a cached tile then costs microseconds, not a trip through
 * the whole stack and a version lookup). A versioned URL names immutable content — the tile of that data
 * version — so no database access is needed. Anything else (a miss, no `v`, a private layer, another query
 * parameter) goes on to the normal tile route, which encodes, caches and logs.
 * Mounted after the security headers so the answer carries the same headers as every other response.
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
    const tile = peekCachedTile(db, c.id, version, { z: Number(m[2]), x: Number(m[3]), y: Number(m[4]) })
    if (!tile) return next()
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
}
