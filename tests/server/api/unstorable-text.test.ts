import { describe, expect, it } from 'vitest'
import { useTestDb } from '../../helpers/test-db.ts'
import { createTestApp } from '../../helpers/test-app.ts'

const t = useTestDb()

describe('text the database cannot store', () => {
  it('is refused with 400 in query strings, paths and JSON bodies', async () => {
    const { anon } = createTestApp(t.db)
    for (const url of ['/api/divisions?root=a%00b', '/api/divisions/%00', '/api/divisions?root=%ED%A0%80', '/api/divisions/%E0%A4%A']) {
      const res = await anon.get(url)
      expect(res.status, url).toBe(400)
      expect(res.headers['content-type'], url).toContain('application/problem+json')
    }
    const login = await anon.post('/api/auth/login').send({ username: 'a\u0000b', password: 'whatever123' })
    expect(login.status).toBe(400)
    expect(login.body.errors[0].parameter).toBe('body.username')
  })
})

describe('values the database refuses', () => {
  it('answers an integer overflow with 400, not 500', async () => {
    const app = createTestApp(t.db)
    const admin = await app.as('admin')
    const res = await admin.patch('/api/admin/users/1', { roles: [], version: 2_147_483_648 })
    expect(res.status).toBeLessThan(500)
  })
})
