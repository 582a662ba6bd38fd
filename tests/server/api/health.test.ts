import { describe, expect, it } from 'vitest'
import { useTestDb, TEST_ENGINE } from '../../helpers/test-db.ts'
import { createTestApp } from '../../helpers/test-app.ts'

const t = useTestDb()

describe('GET /api/health', () => {
  it('names the engine under test and its PostGIS version', async () => {
    const { anon } = createTestApp(t.db)
    const res = await anon.get('/api/health')
    expect(res.status).toBe(200)
    expect(res.body.engine).toBe(TEST_ENGINE)
    expect(res.body.postgis_version).toMatch(/^3\.\d+/)
    expect(res.body.has_as_mvt).toBe(TEST_ENGINE === 'pg')
  })

  it('rejects unknown query parameters with a problem', async () => {
    const { anon } = createTestApp(t.db)
    const res = await anon.get('/api/health?foo=1')
    expect(res.status).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.body.type).toBe('/problems/invalid-parameter')
  })

  it('answers unknown API paths with a 404 problem', async () => {
    const { anon } = createTestApp(t.db)
    const res = await anon.get('/api/nope')
    expect(res.status).toBe(404)
    expect(res.headers['content-type']).toContain('application/problem+json')
  })
})
