import { describe, expect, it } from 'vitest'
import { useTestDb } from '../../helpers/test-db.ts'
import { createTestApp } from '../../helpers/test-app.ts'

const t = useTestDb()

describe('/api/admin/users', () => {
  it('needs a login (401) and the admin role (403)', async () => {
    const app = createTestApp(t.db)
    expect((await app.anon.get('/api/admin/users')).status).toBe(401)
    const namer = await app.as('namer')
    const res = await namer.get('/api/admin/users')
    expect(res.status).toBe(403)
    expect(res.body.required_permission).toBe('users.manage')
  })

  it('adds a user with roles, audited, and the user can log in', async () => {
    const app = createTestApp(t.db)
    const admin = await app.as('admin')
    const res = await admin.post('/api/admin/users', { username: 'li.ming', display_name: '李明', password: 'li ming password', roles: ['namer', 'approver'] })
    expect(res.status).toBe(201)
    expect(res.headers.location).toBe(`/api/admin/users/${res.body.id}`)
    expect(res.body).not.toHaveProperty('password_hash')
    expect(res.body.roles).toEqual(['namer', 'approver'])
    const audit = await t.db.query<{ actor_name: string; after: { username: string } }>(
      "SELECT actor_name, after FROM audit_log WHERE action = 'users.create' AND entity_id = $1", [String(res.body.id)])
    expect(audit.rows[0]).toMatchObject({ actor_name: 't_admin', after: { username: 'li.ming' } })
    expect((await app.anon.post('/api/auth/login').send({ username: 'li.ming', password: 'li ming password' })).status).toBe(200)
  })

  it('rejects bad input with 400 and stores nothing', async () => {
    const app = createTestApp(t.db)
    const admin = await app.as('admin')
    const before = (await t.db.query('SELECT count(*)::int AS n FROM users')).rows[0]
    const cases = [
      { username: 'Bad Name!', display_name: 'x', password: 'long enough pw', roles: ['viewer'] },
      { username: 'ok_name', display_name: 'x', password: 'short', roles: ['viewer'] },
      { username: 'ok_name', display_name: 'x', password: 'long enough pw', roles: ['superuser'] },
      { username: 'ok_name', display_name: 'x'.repeat(200), password: 'long enough pw', roles: [] },
      { username: 'ok_name', display_name: 'x', password: 'long enough pw', roles: [], extra: 1 },
    ]
    for (const body of cases) {
      const res = await admin.post('/api/admin/users', body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
    }
    expect((await t.db.query('SELECT count(*)::int AS n FROM users')).rows[0]).toEqual(before)
  })

  it('answers 409 for a taken username', async () => {
    const app = createTestApp(t.db)
    const admin = await app.as('admin')
    const body = { username: 'twice', display_name: 'T', password: 'twice password', roles: [] }
    expect((await admin.post('/api/admin/users', body)).status).toBe(201)
    expect((await admin.post('/api/admin/users', body)).status).toBe(409)
  })

  it('edits roles with optimistic locking: a stale version gets 409 with the current row', async () => {
    const app = createTestApp(t.db)
    const admin = await app.as('admin')
    const created = (await admin.post('/api/admin/users', { username: 'editme', display_name: 'E', password: 'editme password', roles: ['viewer'] })).body
    const ok = await admin.patch(`/api/admin/users/${created.id}`, { roles: ['planner'], version: created.version })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ roles: ['planner'], version: created.version + 1 })
    const stale = await admin.patch(`/api/admin/users/${created.id}`, { roles: ['surveyor'], version: created.version })
    expect(stale.status).toBe(409)
    expect(stale.body.current).toMatchObject({ roles: ['planner'] })
    expect((await admin.patch('/api/admin/users/999999', { roles: [], version: 1 })).status).toBe(404)
    expect((await admin.patch('/api/admin/users/abc', { roles: [], version: 1 })).status).toBe(400)
  })

  it('disabling a user ends their sessions and blocks login', async () => {
    const app = createTestApp(t.db)
    const admin = await app.as('admin')
    const { id, password } = await app.createUser('leaver', ['viewer'], 'leaver password')
    const s = await app.login('leaver', password)
    const row = (await admin.get('/api/admin/users')).body.items.find((u: { id: number }) => u.id === id)
    expect((await admin.patch(`/api/admin/users/${id}`, { disabled: true, version: row.version })).status).toBe(200)
    expect((await s.get('/api/auth/me')).body.user).toBeNull()
    expect((await app.anon.post('/api/auth/login').send({ username: 'leaver', password })).status).toBe(401)
  })
})
