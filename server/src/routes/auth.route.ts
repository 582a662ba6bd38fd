import { z } from 'zod'
import { writeAudit } from '../auth/audit.ts'
import { checkPasswordPolicy, DUMMY_HASH, hashPassword, verifyPassword } from '../auth/passwords.ts'
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import { SELECT_PASSWORD_HASH, SELECT_USER_FOR_LOGIN, UPDATE_PASSWORD } from '../db/users.queries.ts'
import { InvalidParameter, Unauthorized } from '../errors/problem.ts'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'
import { createLoginRateLimit } from '../auth/login-rate-limit.ts'
import type { AppConfig } from '../config.ts'

const loginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(40),
  password: z.string().min(1).max(200),
}).strict()

const passwordBody = z.object({
  current_password: z.string().min(1).max(200),
  new_password: z.string().min(1).max(200),
}).strict()

/** Login, logout, current user, password change. */
export function authRoutes(config: AppConfig): RouteModule {
  const loginLimit = createLoginRateLimit(config.loginRateLimit)
  return [
    defineRoute({
      method: 'get',
      path: '/api/auth/me',
      summary: 'The current user and CSRF token (null when anonymous)',
      tags: ['auth'],
      access: 'public',
      query: schemas.noQuery,
      responses: { 200: 'Current user' },
      handler: ({ user }) => ({
        user: user ? { id: user.id, username: user.username, display_name: user.display_name, roles: user.roles } : null,
        csrf_token: user?.csrf_token ?? null,
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/login',
      summary: 'Log in with username and password; sets an HttpOnly session cookie',
      tags: ['auth'],
      access: 'public',
      body: loginBody,
      middleware: [loginLimit],
      responses: { 200: 'Logged in', 400: 'Malformed body', 401: 'Wrong username or password', 429: 'Too many attempts' },
      handler: async ({ req, res, body, deps }) => {
        const { config, db } = deps
        const { rows } = await db.query<{ id: number; username: string; display_name: string; roles: string[]; disabled: boolean; password_hash: string }>(
          SELECT_USER_FOR_LOGIN, [body.username],
        )
        const row = rows[0]
        const ok = await verifyPassword(body.password, row?.password_hash ?? DUMMY_HASH)
        if (!row || !ok || row.disabled) throw new Unauthorized('Wrong username or password.')
        const { token, csrfToken } = await createSession(db, {
          userId: Number(row.id), username: row.username, ttlSeconds: config.sessionTtlSeconds, ip: req.ip, userAgent: req.get('user-agent'),
        })
        res.cookie(SESSION_COOKIE, token, {
          httpOnly: true, sameSite: 'lax', secure: config.cookieSecure || req.secure, path: '/', maxAge: config.sessionTtlSeconds * 1000,
        })
        return {
          user: { id: Number(row.id), username: row.username, display_name: row.display_name, roles: row.roles },
          csrf_token: csrfToken,
        }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      summary: 'End this session',
      tags: ['auth'],
      access: 'authenticated',
      responses: { 204: 'Logged out', 401: 'Not logged in' },
      handler: async ({ res, user, deps }) => {
        await deleteSession(deps.db, user!.token_hash)
        res.clearCookie(SESSION_COOKIE, { path: '/' })
        res.status(204).end()
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout-all',
      summary: 'End every session of the current user (log out everywhere)',
      tags: ['auth'],
      access: 'authenticated',
      responses: { 204: 'All sessions ended', 401: 'Not logged in' },
      handler: async ({ res, user, deps }) => {
        await deleteUserSessions(deps.db, user!.id)
        res.clearCookie(SESSION_COOKIE, { path: '/' })
        res.status(204).end()
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/password',
      summary: 'Change the own password; every existing session (this one too) ends',
      tags: ['auth'],
      access: 'authenticated',
      body: passwordBody,
      responses: { 204: 'Changed', 400: 'Policy not met', 401: 'Current password wrong' },
      handler: async ({ res, body, user, deps, requestId }) => {
        const policy = checkPasswordPolicy(body.new_password)
        if (policy) throw new InvalidParameter(policy, [{ parameter: 'body.new_password', detail: policy }])
        const { rows } = await deps.db.query<{ password_hash: string }>(SELECT_PASSWORD_HASH, [user!.id])
        if (!rows[0] || !(await verifyPassword(body.current_password, rows[0].password_hash))) {
          throw new Unauthorized('The current password is wrong.')
        }
        const hash = await hashPassword(body.new_password)
        await deps.db.transaction(async (tx) => {
          await tx.query(UPDATE_PASSWORD, [user!.id, hash, user!.username])
          await tx.query('DELETE FROM sessions WHERE user_id = $1', [user!.id])
          await writeAudit(tx, { actor: user, action: 'users.password_change', entityType: 'user', entityId: user!.id, requestId })
        })
        res.clearCookie(SESSION_COOKIE, { path: '/' })
        res.status(204).end()
      },
    }),
  ]
}
