import { randomBytes } from 'node:crypto'
import { pino } from 'pino'
import supertest from 'supertest'
import type TestAgent from 'supertest/lib/agent'
import { createApp, type DimingApp } from '../../server/src/app.ts'
import { hashPassword } from '../../server/src/auth/passwords.ts'
import type { Role } from '../../server/src/auth/permissions.ts'
import type { AppConfig } from '../../server/src/config.ts'
import type { Db } from '../../server/src/db/db.ts'
import { GIS_DATA_DIR } from './test-db.ts'

/** A logged-in client: a cookie-keeping agent that adds the CSRF header to writes. */
export interface TestSession {
  agent: TestAgent
  csrf: string
  username: string
  get(url: string): supertest.Test
  post(url: string, body?: unknown): supertest.Test
  put(url: string, body?: unknown): supertest.Test
  patch(url: string, body?: unknown): supertest.Test
  delete(url: string): supertest.Test
}

export interface TestApp {
  app: DimingApp
  /** Anonymous requests. */
  anon: TestAgent
  /** Creates (once) a user with the given roles and returns a logged-in session. */
  as(roles: Role | Role[], username?: string): Promise<TestSession>
  login(username: string, password: string): Promise<TestSession>
  createUser(username: string, roles: Role[], password?: string): Promise<{ id: number; password: string }>
}

const passwords = new Map<string, string>()

/** Builds the app in-process on a test database, with quiet logs and a generous login limit. */
export function createTestApp(db: Db, config: Partial<AppConfig> = {}): TestApp {
  const app = createApp({
    db,
    logger: pino({ level: 'silent' }),
    config: { gisDataDir: GIS_DATA_DIR, dataset: 'xianning', clientDistDir: '/nonexistent', loginRateLimit: { windowMs: 60_000, max: 1000 }, checkResponses: true, ...config },
  })
  const anon = supertest.agent(app)

  async function createUser(username: string, roles: Role[], password = `pw-${randomBytes(8).toString('hex')}`) {
    const hash = await hashPassword(password)
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO users (username, display_name, password_hash, roles) VALUES ($1, $1, $2, $3::text[])
       ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles RETURNING id`,
      [username, hash, roles],
    )
    passwords.set(`${db.engine}:${username}`, password)
    return { id: Number(rows[0]!.id), password }
  }

  async function login(username: string, password: string): Promise<TestSession> {
    const agent = supertest.agent(app)
    const res = await agent.post('/api/auth/login').send({ username, password })
    if (res.status !== 200) throw new Error(`Login as ${username} failed: ${res.status} ${res.text}`)
    const csrf = res.body.csrf_token as string
    return {
      agent, csrf, username,
      get: (url) => agent.get(url),
      post: (url, body) => agent.post(url).set('X-CSRF-Token', csrf).send(body as object),
      put: (url, body) => agent.put(url).set('X-CSRF-Token', csrf).send(body as object),
      patch: (url, body) => agent.patch(url).set('X-CSRF-Token', csrf).send(body as object),
      delete: (url) => agent.delete(url).set('X-CSRF-Token', csrf),
    }
  }

  const sessions = new Map<string, Promise<TestSession>>()
  function as(roles: Role | Role[], username?: string): Promise<TestSession> {
    const list = Array.isArray(roles) ? roles : [roles]
    const name = username ?? `t_${list.join('_')}`
    let s = sessions.get(name)
    if (!s) {
      s = createUser(name, list).then(({ password }) => login(name, password))
      sessions.set(name, s)
    }
    return s
  }

  return { app, anon, as, login, createUser }
}
