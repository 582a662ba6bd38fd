import { z } from 'zod'
import { writeAudit } from '../auth/audit.ts'
import { checkPasswordPolicy, hashPassword } from '../auth/passwords.ts'
import { ROLES } from '../auth/permissions.ts'
import { deleteUserSessions } from '../auth/sessions.ts'
import { INSERT_USER, SELECT_USER_FOR_UPDATE, SELECT_USERS, UPDATE_PASSWORD, UPDATE_USER } from '../db/users.queries.ts'
import type { UserRow } from '../domain/users/user.ts'
import { Conflict, InvalidParameter, NotFound } from '../errors/problem.ts'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'

const roleList = z.array(z.enum(ROLES)).max(ROLES.length).transform((r) => [...new Set(r)])

const createBody = z.object({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9_.-]{2,40}$/, '2–40 characters: a-z, 0-9, _ . -'),
  display_name: z.string().trim().min(1).max(60),
  password: z.string().min(1).max(200),
  roles: roleList,
}).strict()

const patchBody = z.object({
  display_name: z.string().trim().min(1).max(60).optional(),
  roles: roleList.optional(),
  disabled: z.boolean().optional(),
  password: z.string().min(1).max(200).optional(),
  version: schemas.version,
}).strict()

function requirePolicy(password: string): void {
  const reason = checkPasswordPolicy(password)
  if (reason) throw new InvalidParameter(reason, [{ parameter: 'body.password', detail: reason }])
}

/** Admin: list, add and edit users and their roles. */
export const adminRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/admin/users',
    summary: 'List users',
    tags: ['admin'],
    access: 'users.manage',
    query: schemas.noQuery,
    responses: { 200: 'Users', 401: 'Not logged in', 403: 'Not an admin' },
    handler: async ({ deps }) => ({ items: (await deps.db.query<UserRow>(SELECT_USERS)).rows }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/users',
    summary: 'Add a user with roles',
    tags: ['admin'],
    access: 'users.manage',
    body: createBody,
    responses: { 201: 'Created', 400: 'Invalid', 409: 'Username taken' },
    handler: async ({ res, body, user, deps, requestId }) => {
      requirePolicy(body.password)
      const hash = await hashPassword(body.password)
      const created = await deps.db.transaction(async (tx) => {
        const { rows } = await tx.query<UserRow>(INSERT_USER, [body.username, body.display_name, hash, body.roles, user!.username])
        if (!rows[0]) throw new Conflict(`The username ${body.username} is taken.`)
        await writeAudit(tx, { actor: user, action: 'users.create', entityType: 'user', entityId: rows[0].id, after: rows[0], requestId })
        return rows[0]
      })
      res.status(201).location(`/api/admin/users/${created.id}`).json(created)
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/api/admin/users/:id',
    summary: 'Edit a user (display name, roles, disabled, password); carries the version read',
    tags: ['admin'],
    access: 'users.manage',
    params: z.object({ id: schemas.id }),
    body: patchBody,
    responses: { 200: 'Updated', 400: 'Invalid', 404: 'No such user', 409: 'Version mismatch; body has current' },
    handler: async ({ params, body, user, deps, requestId }) => {
      if (body.password !== undefined) requirePolicy(body.password)
      const hash = body.password === undefined ? null : await hashPassword(body.password)
      return deps.db.transaction(async (tx) => {
        const { rows } = await tx.query<UserRow>(SELECT_USER_FOR_UPDATE, [params.id])
        const before = rows[0]
        if (!before) throw new NotFound(`No user ${params.id}.`)
        if (before.version !== body.version) throw new Conflict('The user was changed by someone else; reload and reapply.', before)
        if (before.id === user!.id && body.roles && !body.roles.includes('admin')) {
          throw new InvalidParameter('You cannot remove your own admin role.', [{ parameter: 'body.roles', detail: 'own admin role' }])
        }
        if (before.id === user!.id && body.disabled) {
          throw new InvalidParameter('You cannot disable yourself.', [{ parameter: 'body.disabled', detail: 'own account' }])
        }
        const { rows: updated } = await tx.query<UserRow>(UPDATE_USER, [
          params.id, body.display_name ?? before.display_name, body.roles ?? before.roles, body.disabled ?? before.disabled,
          user!.username, body.version,
        ])
        let after = updated[0]!
        if (hash) {
          await tx.query(UPDATE_PASSWORD, [params.id, hash, user!.username])
          after = { ...after, version: after.version + 1 }
        }
        if (hash || body.disabled) await deleteUserSessions(tx, params.id)
        await writeAudit(tx, { actor: user, action: 'users.update', entityType: 'user', entityId: params.id, before, after, requestId })
        return after
      })
    },
  }),
]
