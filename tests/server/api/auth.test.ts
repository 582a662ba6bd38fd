import { describe, expect, it } from 'vitest'
import supertest from 'supertest'
import { useTestDb } from '../../helpers/test-db.ts'
import { createTestApp } from '../../helpers/test-app.ts'

const t = useTestDb()

describe('POST /api/auth/login', () => {
  it('answers 401 problem for a wrong password and sets no cookie', async () => {
    const app = createTestApp(t.db)
    await app.createUser('alice', ['viewer'], 'correct horse battery')
    const res = await app.anon.post('/api/auth/login').send({ username: 'alice', password: 'wrong password!' })
    expect(res.status).toBe(401)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.headers['set-cookie']).toBeUndefined()
  })

  it('answers 401 for an unknown user, same as a wrong password', async () => {
    const app = createTestApp(t.db)
    const res = await app.anon.post('/api/auth/login').send({ username: 'nobody', password: 'whatever123' })
    expect(res.status).toBe(401)
    expect(res.body.detail).toBe('Wrong username or password.')
  })

  it('sets an HttpOnly SameSite session cookie and returns the user and CSRF token', async () => {
    const app = createTestApp(t.db)
    await app.createUser('bob', ['namer'], 'bob password 1')
    const res = await app.anon.post('/api/auth/login').send({ username: 'BOB', password: 'bob password 1' })
    expect(res.status).toBe(200)
    expect(res.body.user).toMatchObject({ username: 'bob', roles: ['namer'] })
    expect(res.body.csrf_token).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    const cookie = String(res.headers['set-cookie'])
    expect(cookie).toContain('diming_sid=')
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    const stored = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions')
    expect(stored.rows.every((r) => !cookie.includes(r.token_hash))).toBe(true)
  })

  it('rejects a malformed body with 400 and a non-JSON body with 415', async () => {
    const app = createTestApp(t.db)
    const bad = await app.anon.post('/api/auth/login').send({ username: 'x' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.map((e: { parameter: string }) => e.parameter)).toContain('body.password')
    const form = await app.anon.post('/api/auth/login').type('form').send('username=a&password=b')
    expect(form.status).toBe(415)
    const broken = await app.anon.post('/api/auth/login').set('content-type', 'application/json').send('{"username":')
    expect(broken.status).toBe(400)
    expect(broken.headers['content-type']).toContain('application/problem+json')
  })

  it('throttles repeated failed logins with 429', async () => {
    const app = createTestApp(t.db, { loginRateLimit: { windowMs: 60_000, max: 3 } })
    await app.createUser('carol', ['viewer'], 'carol password')
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) {
      statuses.push((await app.anon.post('/api/auth/login').send({ username: 'carol', password: 'nope nope nope' })).status)
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429])
  })
})

describe('sessions and CSRF', () => {
  it('GET /api/auth/me shows the logged-in user', async () => {
    const app = createTestApp(t.db)
    const s = await app.as('planner')
    const me = await s.get('/api/auth/me')
    expect(me.body.user.roles).toEqual(['planner'])
    expect(me.body.csrf_token).toBe(s.csrf)
    const anon = await app.anon.get('/api/auth/me')
    expect(anon.body).toEqual({ user: null, csrf_token: null })
  })

  it('refuses a write without the CSRF header', async () => {
    const app = createTestApp(t.db)
    const s = await app.as('viewer', 'csrf_user')
    const res = await s.agent.post('/api/auth/logout')
    expect(res.status).toBe(403)
    expect(res.body.type).toBe('/problems/csrf-token-invalid')
    expect((await s.get('/api/auth/me')).body.user).not.toBeNull()
  })

  it('refuses a cross-origin write', async () => {
    const app = createTestApp(t.db)
    const s = await app.as('viewer', 'origin_user')
    const res = await s.agent.post('/api/auth/logout').set('X-CSRF-Token', s.csrf).set('Origin', 'https://evil.example')
    expect(res.status).toBe(403)
  })

  it('logout ends the session', async () => {
    const app = createTestApp(t.db)
    const s = await app.as('viewer', 'logout_user')
    expect((await s.post('/api/auth/logout')).status).toBe(204)
    expect((await s.get('/api/auth/me')).body.user).toBeNull()
  })

  it('a password change ends every session of the user', async () => {
    const app = createTestApp(t.db)
    const { password } = await app.createUser('dave', ['viewer'], 'dave password 1')
    const a = await app.login('dave', password)
    const b = await app.login('dave', password)
    const short = await a.post('/api/auth/password', { current_password: password, new_password: 'short' })
    expect(short.status).toBe(400)
    const wrong = await a.post('/api/auth/password', { current_password: 'not it at all', new_password: 'a much longer one' })
    expect(wrong.status).toBe(401)
    expect((await a.post('/api/auth/password', { current_password: password, new_password: 'a much longer one' })).status).toBe(204)
    expect((await b.get('/api/auth/me')).body.user).toBeNull()
    expect((await app.anon.post('/api/auth/login').send({ username: 'dave', password: 'a much longer one' })).status).toBe(200)
    const audit = await t.db.query("SELECT 1 FROM audit_log WHERE action = 'users.password_change'")
    expect(audit.rowCount).toBe(1)
  })

  it('ignores a forged session cookie', async () => {
    const app = createTestApp(t.db)
    const res = await supertest(app.app).get('/api/auth/me').set('Cookie', 'diming_sid=forged-token')
    expect(res.body.user).toBeNull()
  })

  it('sends security headers', async () => {
    const app = createTestApp(t.db)
    const res = await app.anon.get('/api/health')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
    expect(res.headers['x-powered-by']).toBeUndefined()
  })
})

describe('body limits', () => {
  it('answers 413 problem for an oversized JSON body', async () => {
    const app = createTestApp(t.db)
    const res = await app.anon.post('/api/auth/login').set('content-type', 'application/json')
      .send(JSON.stringify({ username: 'x', password: 'y'.repeat(2_000_000) }))
    expect(res.status).toBe(413)
    expect(res.headers['content-type']).toContain('application/problem+json')
  })
})

describe('DIMING_BODY_LIMIT', () => {
  it('sets the JSON body limit of every route', async () => {
    const app = createTestApp(t.db, { jsonBodyLimit: '200b' })
    const res = await app.anon.post('/api/auth/login').send({ username: 'x', password: 'y'.repeat(300) })
    expect(res.status).toBe(413)
    const small = await app.anon.post('/api/auth/login').send({ username: 'x', password: 'short one' })
    expect(small.status).toBe(401)
  })
})
