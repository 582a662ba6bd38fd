import type { RequestHandler } from 'express'
import { Forbidden, Unauthorized } from '../errors/problem.ts'
import { hasPermission, type Permission, type Role } from './permissions.ts'
import type { SessionUser } from './session-user.ts'

function userOf(req: Parameters<RequestHandler>[0]): SessionUser | null {
  return (req as unknown as { user?: SessionUser | null }).user ?? null
}

/**
 * Middleware for plain Express routers (routes declared with `defineRoute` use `access` instead):
 * 401 without a session, 403 unless the user holds one of `roles` (admins pass).
 * @example router.get('/x', requireRole('namer', 'approver'), handler)
 */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    const user = userOf(req)
    if (!user) return next(new Unauthorized())
    if (user.roles.includes('admin') || user.roles.some((r) => roles.includes(r))) return next()
    next(new Forbidden(`This needs one of the roles: ${roles.join(', ')}.`))
  }
}

/** Like `requireRole`, by permission from the matrix. */
export function requirePermission(permission: Permission): RequestHandler {
  return (req, _res, next) => {
    const user = userOf(req)
    if (!user) return next(new Unauthorized())
    if (hasPermission(user.roles, permission)) return next()
    next(new Forbidden(`Your roles do not include permission ${permission}.`, { required_permission: permission }))
  }
}
