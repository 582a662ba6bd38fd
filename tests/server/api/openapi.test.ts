import { describe, expect, it } from 'vitest'
import { useTestDb } from '../../helpers/test-db.ts'
import { createTestApp } from '../../helpers/test-app.ts'
import { toOpenApiPath } from '../../../server/src/http/openapi.ts'
import { PERMISSIONS } from '../../../server/src/auth/permissions.ts'

const t = useTestDb()

describe('GET /api/openapi.json', () => {
  it('documents every registered route with its method, access and responses', async () => {
    const { anon, app } = createTestApp(t.db)
    const res = await anon.get('/api/openapi.json')
    expect(res.status).toBe(200)
    expect(res.body.openapi).toBe('3.1.0')
    const routes = app.locals.routes
    expect(routes.length).toBeGreaterThan(10)
    for (const r of routes) {
      const op = res.body.paths[toOpenApiPath(r.path)]?.[r.method]
      expect(op, `${r.method} ${r.path}`).toBeDefined()
      expect(op['x-access']).toBe(r.access)
      expect(Object.keys(op.responses).length).toBeGreaterThan(0)
    }
  })

  it('names only permissions that exist in the matrix', async () => {
    const { app } = createTestApp(t.db)
    for (const r of app.locals.routes) {
      if (r.access === 'public' || r.access === 'authenticated') continue
      expect(Object.keys(PERMISSIONS), `${r.method} ${r.path}`).toContain(r.access)
    }
  })

  it('every documented parameterless GET answers with a documented status', async () => {
    const { anon, app } = createTestApp(t.db)
    for (const r of app.locals.routes) {
      if (r.method !== 'get' || r.path.includes(':') || r.access !== 'public') continue
      const res = await anon.get(r.path)
      expect(Object.keys(r.responses).map(Number), `${r.path} → ${res.status}`).toContain(res.status)
    }
  })
})
