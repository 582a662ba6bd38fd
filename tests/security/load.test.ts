/**
 * Reduced load run for CI (issue 7; the full one is `npm run soak`): a few concurrent clients for a
 * few seconds on each public read endpoint of the in-process app, on the engine under test. Asserts
 * zero errors, timeouts and non-2xx answers — never a speed. Size: DIMING_LOAD_CONNECTIONS (20),
 * DIMING_LOAD_SECONDS (3).
 */
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOAD_TARGETS, loadRun } from '../helpers/load-run.ts'
import { useSeededDb } from '../helpers/seeded-db.ts'
import { createTestApp } from '../helpers/test-app.ts'

const CONNECTIONS = Number(process.env.DIMING_LOAD_CONNECTIONS ?? 20)
const SECONDS = Number(process.env.DIMING_LOAD_SECONDS ?? 3)

const t = useSeededDb(['divisions', 'places'])
let server: Server
let url: string

beforeAll(async () => {
  const { app } = createTestApp(t.db)
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
})

describe('public reads under concurrent load', () => {
  it.each(LOAD_TARGETS.map((target) => [target.name, target] as const))('%s answers every request with 2xx', async (_name, target) => {
    const rssBefore = process.memoryUsage().rss
    const r = await loadRun(url, target, CONNECTIONS, SECONDS, 60)
    console.log(`[load] ${target.name}: ${r.requests} requests, p99 ${r.p99} ms, rss ${Math.round(rssBefore / 2 ** 20)} → ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`)
    expect(r.requests).toBeGreaterThan(0)
    expect({ errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 })
    expect((await fetch(`${url}/api/health`)).status).toBe(200)
  }, 180_000)
})
