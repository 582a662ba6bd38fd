import type { Request } from 'express'

/**
 * Absolute URL of the OGC API root as the client reached it (honours `trust proxy` for
 * X-Forwarded-Proto/Host), so links work behind a load balancer and for GDAL.
 * @param req the request
 * @returns e.g. `http://127.0.0.1:8080/ogc`
 * @example ogcRootUrl(req) // = 'http://localhost:8080/ogc'
 */
export function ogcRootUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/ogc`
}
