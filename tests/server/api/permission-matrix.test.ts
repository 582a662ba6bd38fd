import { describe, expect, it } from 'vitest'
import { hasPermission, ROLES, type Role } from '../../../server/src/auth/permissions.ts'
import type { RouteDef } from '../../../server/src/http/route.ts'
import { useTestDb } from '../../helpers/test-db.ts'
import { createTestApp, type TestSession } from '../../helpers/test-app.ts'

const t = useTestDb()

/** Fills path parameters with a plausible value so the request reaches the access guard. */
function concretePath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => (name === 'code' ? '421202001000' : name.endsWith('id') || name === 'id' ? '1' : 'x'))
}

function send(s: TestSession, r: RouteDef) {
  const url = concretePath(r.path)
  switch (r.method) {
    case 'get': return s.get(url)
    case 'post': return s.post(url, {})
    case 'put': return s.put(url, {})
    case 'patch': return s.patch(url, {})
    case 'delete': return s.delete(url)
  }
}

function expected(r: RouteDef, role: Role | null): 'allowed' | 401 | 403 {
  if (r.access === 'public') return 'allowed'
  if (role === null) return 401
  if (r.access === 'authenticated') return 'allowed'
  return hasPermission([role], r.access) ? 'allowed' : 403
}

describe('permission matrix', () => {
  it('every route answers every role (and anonymous) as server/src/auth/permissions.ts says', { timeout: 900_000 }, async () => {
    const app = createTestApp(t.db)
    const routes = app.app.locals.routes.filter((r) => !r.path.startsWith('/api/auth/')) // auth routes end sessions
    const sessions = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await app.as(role, `pm_${role}`)] as const)))
    const mismatches: string[] = []
    for (const r of routes) {
      for (const role of [null, ...ROLES] as (Role | null)[]) {
        const res = role === null
          ? await (r.method === 'get' ? app.anon.get(concretePath(r.path)) : app.anon[r.method](concretePath(r.path)).send({}))
          : await send(sessions[role]!, r)
        const want = expected(r, role)
        const got = res.status
        // Allowed requests with empty or dummy input must still fail cleanly (4xx), never 5xx.
        const ok = want === 'allowed' ? got !== 401 && got !== 403 && got < 500 : got === want
        if (!ok) mismatches.push(`${r.method.toUpperCase()} ${r.path} as ${role ?? 'anonymous'}: want ${want}, got ${got}`)
      }
    }
    expect(mismatches).toEqual([])
  })
})
