import type { Db } from '../db/db.ts'
import { hasPermission } from '../auth/permissions.ts'
import type { SessionUser } from '../auth/session-user.ts'
import { Forbidden, NotFound, Unauthorized } from '../errors/problem.ts'
import { listAvailableCollections } from './available-collections.ts'
import type { CollectionDef } from './collection.ts'

/**
 * Whether `user` may read collection `c` (public, or the user holds its permission).
 * @example canRead(divisions, null) // = true
 */
export function canRead(c: CollectionDef, user: SessionUser | null): boolean {
  if (c.access === 'public') return true
  return user !== null && hasPermission(user.roles, c.access.permission)
}

/**
 * Find a collection by id and check the reader may see it.
 * @param db the database (to know which collections exist)
 * @param id the `collectionId` path segment
 * @param user the session user or null
 * @returns the collection; throws NotFound (404), Unauthorized (401) or Forbidden (403)
 * @example (await resolveCollection(db, 'divisions_county', null)).table // = 'divisions'
 */
export async function resolveCollection(db: Db, id: string, user: SessionUser | null): Promise<CollectionDef> {
  const c = (await listAvailableCollections(db)).find((x) => x.id === id)
  if (!c) throw new NotFound(`Collection ${id} does not exist.`)
  if (canRead(c, user)) return c
  if (!user) throw new Unauthorized(`Collection ${id} requires login.`)
  throw new Forbidden(`Your roles do not allow reading collection ${id}.`, { required_permission: (c.access as { permission: string }).permission })
}
