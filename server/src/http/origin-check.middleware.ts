import type { RequestHandler } from 'express'
import { CsrfRejected } from '../errors/problem.ts'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses cross-site writes: a write whose Origin header names another host than the one it was sent to.
 * (Defence in depth next to SameSite cookies and the CSRF token; CORS stays closed by default.)
 */
export const originCheck: RequestHandler = (req, _res, next) => {
  const origin = req.get('origin')
  if (SAFE.has(req.method) || !origin || origin === 'null') return next()
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return next(new CsrfRejected('Malformed Origin header.'))
  }
  if (host !== req.get('host')) return next(new CsrfRejected(`Cross-origin write from ${origin} refused.`))
  next()
}
