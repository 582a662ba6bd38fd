/**
 * Sessions and browser-facing defences (issue 7): expiry, logout everywhere, password change and
 * disabling end sessions, stolen and planted cookies, login throttling, cookie flags, helmet
 * headers, CORS closed, CSRF on every write route. (Self password change: tests/server/api/auth.test.ts.)
 */
import supertest from 'supertest'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../server/src/config.ts'
import { allRoutes } from '../../server/src/routes/index.ts'
import { tableChecksums } from '../helpers/db-checksum.ts'
import { concretePath, samplePathParams } from '../helpers/route-samples.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { useTestDb } from '../helpers/test-db.ts'

const t = useTestDb({ seed: 'divisions' })
let app: TestApp

beforeAll(() => {
  app = createTestApp(t.db)
})

/** The raw session cookie (`diming_sid=…`) a login answer set. */
function sessionCookie(res: supertest.Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? [])
  const c = cookies.find((x) => x.startsWith('diming_sid='))
  if (!c) throw new Error(`no session cookie in ${JSON.stringify(cookies)}`)
  return c
}

const meWith = (cookie: string) => supertest(app.app).get('/api/auth/me').set('Cookie', cookie.split(';')[0]!)

describe('session lifetime', () => {
  it('stores the configured lifetime and sends it as the cookie Max-Age', async () => {
    const short = createTestApp(t.db, { sessionTtlSeconds: 90 })
    const { password } = await short.createUser('ttl_user', ['viewer'])
    const res = await short.anon.post('/api/auth/login').send({ username: 'ttl_user', password })
    expect(sessionCookie(res)).toMatch(/Max-Age=90(;|$)/)
    const { rows } = await t.db.query<{ secs: number }>(
      "SELECT extract(epoch FROM expires_at - now())::int AS secs FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'ttl_user'")
    expect(rows[0]!.secs).toBeGreaterThan(60)
    expect(rows[0]!.secs).toBeLessThanOrEqual(90)
  })

  it('refuses an expired session on every kind of request', async () => {
    const s = await app.as('planner', 'expiring')
    expect((await s.get('/api/facilities')).status).toBe(200)
    await t.db.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE username = 'expiring')")
    expect((await s.get('/api/auth/me')).body.user).toBeNull()
    expect((await s.get('/api/facilities')).status).toBe(401)
    const write = await s.post('/api/facilities', {})
    expect(write.status).toBe(401)
    expect(write.headers['content-type']).toContain('application/problem+json')
  })

  it('slides the expiry of a session in use (refreshed when last seen over 5 minutes ago)', async () => {
    const s = await app.as('viewer', 'sliding')
    const where = "user_id = (SELECT id FROM users WHERE username = 'sliding')"
    await t.db.query(`UPDATE sessions SET expires_at = now() + interval '1 minute', last_seen_at = now() - interval '10 minutes' WHERE ${where}`)
    expect((await s.get('/api/auth/me')).body.user.username).toBe('sliding')
    const { rows } = await t.db.query<{ secs: number }>(`SELECT extract(epoch FROM expires_at - now())::int AS secs FROM sessions WHERE ${where}`)
    expect(rows[0]!.secs).toBeGreaterThan(3600)
  })
})

describe('ending sessions', () => {
  it('logout-all ends every session of the user and only theirs', async () => {
    const { password } = await app.createUser('many_devices', ['viewer'])
    const phone = await app.login('many_devices', password)
    const laptop = await app.login('many_devices', password)
    const other = await app.as('viewer', 'bystander')
    expect((await phone.post('/api/auth/logout-all')).status).toBe(204)
    expect((await laptop.get('/api/auth/me')).body.user).toBeNull()
    expect((await phone.get('/api/auth/me')).body.user).toBeNull()
    expect((await laptop.post('/api/auth/logout')).status).toBe(401)
    expect((await other.get('/api/auth/me')).body.user.username).toBe('bystander')
    const { rows } = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = 'many_devices')")
    expect(rows[0]!.n).toBe(0)
  })

  it('a password reset or disabling by an admin ends the user\'s sessions', async () => {
    const admin = await app.as('admin', 'sess_admin')
    const { id, password } = await app.createUser('reset_me', ['namer'])
    const s = await app.login('reset_me', password)
    const version = async () => (await admin.get('/api/admin/users')).body.items.find((u: { id: number }) => Number(u.id) === id).version
    expect((await admin.patch(`/api/admin/users/${id}`, { password: 'a brand new password', version: await version() })).status).toBe(200)
    expect((await s.get('/api/auth/me')).body.user).toBeNull()
    const again = await app.login('reset_me', 'a brand new password')
    expect((await admin.patch(`/api/admin/users/${id}`, { disabled: true, version: await version() })).status).toBe(200)
    expect((await again.get('/api/auth/me')).body.user).toBeNull()
    expect((await app.anon.post('/api/auth/login').send({ username: 'reset_me', password: 'a brand new password' })).status).toBe(401)
  })

  it('refuses a session older than the last password change even if its row survived', async () => {
    const s = await app.as('viewer', 'old_session')
    await t.db.query("UPDATE sessions SET created_at = now() - interval '1 hour' WHERE user_id = (SELECT id FROM users WHERE username = 'old_session')")
    await t.db.query("UPDATE users SET password_changed_at = now() - interval '1 minute' WHERE username = 'old_session'")
    expect((await s.get('/api/auth/me')).body.user).toBeNull()
  })

  it('a stolen cookie is worthless after logout, and a planted one is never adopted', async () => {
    const { password } = await app.createUser('victim_user', ['namer'])
    const login = await app.anon.post('/api/auth/login').send({ username: 'victim_user', password })
    const stolen = sessionCookie(login)
    expect((await meWith(stolen)).body.user.username).toBe('victim_user')
    await supertest(app.app).post('/api/auth/logout').set('Cookie', stolen.split(';')[0]!).set('X-CSRF-Token', login.body.csrf_token)
    expect((await meWith(stolen)).body.user).toBeNull()
    // Session fixation: a cookie chosen by an attacker before login is replaced by a fresh random one.
    const planted = 'diming_sid=attacker-chosen-value'
    const fixed = await supertest(app.app).post('/api/auth/login').set('Cookie', planted).send({ username: 'victim_user', password })
    expect(sessionCookie(fixed).split(';')[0]).not.toBe(planted)
    expect((await meWith(planted)).body.user).toBeNull()
  })
})

describe('login throttling', () => {
  it('blocks a username after the limit, even with the right password, but not other usernames', async () => {
    const limited = createTestApp(t.db, { loginRateLimit: { windowMs: 60_000, max: 3 } })
    const { password } = await limited.createUser('guessed', ['viewer'])
    const { password: otherPassword } = await limited.createUser('unrelated', ['viewer'])
    for (let i = 0; i < 3; i++) expect((await limited.anon.post('/api/auth/login').send({ username: 'guessed', password: `wrong-${i}-xxxx` })).status).toBe(401)
    const blocked = await limited.anon.post('/api/auth/login').send({ username: 'guessed', password })
    expect(blocked.status).toBe(429)
    expect(blocked.headers['content-type']).toContain('application/problem+json')
    expect(blocked.headers['set-cookie']).toBeUndefined()
    // Case and spaces do not reset the count.
    expect((await limited.anon.post('/api/auth/login').send({ username: ' GUESSED ', password })).status).toBe(429)
    expect((await limited.anon.post('/api/auth/login').send({ username: 'unrelated', password: otherPassword })).status).toBe(200)
  })

  it('does not count successful logins', async () => {
    const limited = createTestApp(t.db, { loginRateLimit: { windowMs: 60_000, max: 2 } })
    const { password } = await limited.createUser('frequent', ['viewer'])
    for (let i = 0; i < 5; i++) expect((await supertest(limited.app).post('/api/auth/login').send({ username: 'frequent', password })).status).toBe(200)
  })
})

describe('cookie flags', () => {
  async function loginCookie(config: Parameters<typeof createTestApp>[1], headers: Record<string, string> = {}): Promise<string> {
    const a = createTestApp(t.db, config)
    const { password } = await a.createUser('cookie_user', ['viewer'])
    return sessionCookie(await supertest(a.app).post('/api/auth/login').set(headers).send({ username: 'cookie_user', password }))
  }

  it('is HttpOnly, SameSite=Lax, Path=/ and not Secure over plain HTTP by default', async () => {
    const cookie = await loginCookie({})
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).toMatch(/; Path=\//)
    expect(cookie).not.toMatch(/; Secure/)
  })

  it('is Secure when cookieSecure is set (DIMING_COOKIE_SECURE)', async () => {
    expect(await loginCookie({ cookieSecure: true })).toMatch(/; Secure/)
  })

  it('trusts X-Forwarded-Proto only behind a configured proxy', async () => {
    expect(await loginCookie({ trustProxy: true }, { 'X-Forwarded-Proto': 'https' })).toMatch(/; Secure/)
    expect(await loginCookie({ trustProxy: false }, { 'X-Forwarded-Proto': 'https' })).not.toMatch(/; Secure/)
  })
})

describe('security headers', () => {
  it.each(['/api/health', '/api/no-such-endpoint', '/ogc', '/api/admin/users'])('sends helmet headers on %s', async (url) => {
    const res = await app.anon.get(url)
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/)
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin')
    expect(res.headers['x-powered-by']).toBeUndefined()
  })
})

describe('CORS is closed by default', () => {
  const routes = allRoutes(loadConfig())

  it('sends no Access-Control-Allow-* header to a cross-origin read, even with credentials', async () => {
    const s = await app.as('viewer', 'cors_user')
    for (const url of ['/api/health', '/api/auth/me', '/api/divisions', '/ogc/collections']) {
      const res = await s.get(url).set('Origin', 'https://evil.example')
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-')), url).toEqual([])
    }
  })

  it('answers no preflight of any write route with an allowing header', async () => {
    const samples = await samplePathParams(t.db, routes)
    const writes = routes.filter((r) => r.method !== 'get')
    for (const r of writes) {
      const res = await app.anon.options(concretePath(r, samples))
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', r.method.toUpperCase())
        .set('Access-Control-Request-Headers', 'content-type, x-csrf-token')
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-')), `${r.method} ${r.path}`).toEqual([])
    }
  })
})

describe('CSRF on every write route', () => {
  const routes = allRoutes(loadConfig()).filter((r) => r.method !== 'get')

  it('refuses, with 403 and no change, a write that lacks the token or comes from another origin', async () => {
    const s = await app.as(['admin', 'namer', 'approver', 'planner', 'surveyor', 'viewer'], 'csrf_target')
    const samples = await samplePathParams(t.db, routes)
    const before = await tableChecksums(t.db)
    const failures: string[] = []
    for (const r of routes) {
      const url = concretePath(r, samples)
      const noToken = await s.agent[r.method](url).send({})
      if (noToken.status !== 403 || noToken.body.type !== '/problems/csrf-token-invalid') failures.push(`${r.method} ${r.path} without token: ${noToken.status}`)
      const wrongToken = await s.agent[r.method](url).set('X-CSRF-Token', 'x'.repeat(s.csrf.length)).send({})
      if (wrongToken.status !== 403) failures.push(`${r.method} ${r.path} with a wrong token: ${wrongToken.status}`)
      const crossSite = await s.agent[r.method](url).set('X-CSRF-Token', s.csrf).set('Origin', 'https://evil.example').send({})
      if (crossSite.status !== 403) failures.push(`${r.method} ${r.path} cross-origin: ${crossSite.status}`)
    }
    expect(failures).toEqual([])
    expect(await tableChecksums(t.db)).toEqual(before)
    expect((await s.get('/api/auth/me')).body.user.username).toBe('csrf_target')
  })
})
