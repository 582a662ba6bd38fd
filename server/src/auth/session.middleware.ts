import type { RequestHandler } from 'express'
import type { Db } from '../db/db.ts'
import { findSessionUser, SESSION_COOKIE } from './sessions.ts'

/** Attaches `req.user` from the session cookie when it names a live session; anonymous otherwise. */
export function sessionMiddleware(db: Db, ttlSeconds: number): RequestHandler {
  return async (req, _res, next) => {
    try {
      const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]
      const user = typeof token === 'string' && token.length > 0 && token.length < 200
        ? await findSessionUser(db, token, ttlSeconds)
        : null
      Object.assign(req, { user })
      next()
    } catch (err) {
      next(err)
    }
  }
}
