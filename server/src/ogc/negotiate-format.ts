import type { Request } from 'express'
import { ContentTypeGeoJSON, ContentTypeHTML, ContentTypeJSON, type Format } from './vocabulary.ts'

/**
 * Choose JSON or HTML: the `f` parameter wins, else the Accept header, where JSON is preferred
 * on a tie (`*\/*`, GDAL, curl) and HTML only when the client prefers it (browsers).
 * @param f the parsed `f` parameter, null when absent
 * @param req the request
 * @returns 'json' or 'html'
 * @example negotiateFormat(null, reqWithAccept('text/html,*\/*;q=0.8')) // = 'html'
 */
export function negotiateFormat(f: Format | null, req: Request): Format {
  if (f) return f
  const best = req.accepts([ContentTypeJSON, ContentTypeGeoJSON, ContentTypeHTML])
  return best === ContentTypeHTML ? 'html' : 'json'
}
