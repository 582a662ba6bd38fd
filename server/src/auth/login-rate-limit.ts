import type { RequestHandler } from 'express'
import { ipKeyGenerator, rateLimit } from 'express-rate-limit'
import { TooManyRequests } from '../errors/problem.ts'

/**
 * Login throttle (express-rate-limit): counts failed logins per IP and username in a window;
 * successful logins are not counted. Rejections become a 429 problem.
 */
export function createLoginRateLimit(limit: { windowMs: number; max: number }): RequestHandler {
  return rateLimit({
    windowMs: limit.windowMs,
    limit: limit.max,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const username = typeof req.body?.username === 'string' ? req.body.username.trim().toLowerCase().slice(0, 40) : ''
      return `${ipKeyGenerator(req.ip ?? '')}|${username}`
    },
    handler: (_req, _res, next) => next(new TooManyRequests('Too many failed login attempts; wait 15 minutes.')),
  })
}
