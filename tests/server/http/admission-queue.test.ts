import express from 'express'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { admissionQueue, RetryAfterSeconds } from '../../../server/src/http/admission-queue.middleware.ts'
import { problemMiddleware } from '../../../server/src/errors/problem.middleware.ts'
import pino from 'pino'

/** An app whose one route takes `ms` and records how many handlers run at once and in which order. */
function slowApp(concurrency: number, queueLimit: number, ms = 30) {
  const queue = admissionQueue({ concurrency, queueLimit })
  const seen = { maxActive: 0, active: 0, order: [] as number[] }
  const app = express()
  app.use('/api', queue)
  app.get('/api/slow/:n', async (req, res) => {
    seen.active++
    seen.maxActive = Math.max(seen.maxActive, seen.active)
    seen.order.push(Number(req.params.n))
    await new Promise((r) => setTimeout(r, ms))
    seen.active--
    res.json({ n: Number(req.params.n) })
  })
  app.use(problemMiddleware(pino({ level: 'silent' })))
  return { app, seen, queue }
}

describe('admissionQueue', () => {
  it('runs at most `concurrency` requests at once and admits the rest in arrival order', async () => {
    const { app, seen, queue } = slowApp(2, 100)
    const server = app.listen(0)
    try {
      const agent = request(server)
      const answers: Promise<request.Response>[] = []
      for (let n = 0; n < 10; n++) {
        answers.push(agent.get(`/api/slow/${n}`).then((r) => r))
        await new Promise((r) => setTimeout(r, 2)) // arrive in order
      }
      const done = await Promise.all(answers)
      expect(done.map((r) => r.status)).toEqual(Array(10).fill(200))
      expect(seen.maxActive).toBe(2)
      expect(seen.order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
      expect(queue.stats()).toEqual({ active: 0, waiting: 0 })
    } finally {
      server.close()
    }
  })

  it('answers 503 problem+json with Retry-After when the queue is full, and keeps serving the rest', async () => {
    const { app, queue } = slowApp(1, 2, 80)
    const server = app.listen(0)
    try {
      const agent = request(server)
      const answers = Array.from({ length: 5 }, (_, n) => agent.get(`/api/slow/${n}`).then((r) => r))
      const done = await Promise.all(answers)
      const refused = done.filter((r) => r.status === 503)
      expect(done.filter((r) => r.status === 200)).toHaveLength(3)
      expect(refused).toHaveLength(2)
      expect(refused[0]!.headers['content-type']).toContain('application/problem+json')
      expect(refused[0]!.headers['retry-after']).toBe(String(RetryAfterSeconds))
      expect(refused[0]!.body.type).toBe('/problems/service-unavailable')
      expect(queue.stats()).toEqual({ active: 0, waiting: 0 })
    } finally {
      server.close()
    }
  })

  it('drops a waiting request whose client went away, without holding a slot', async () => {
    const { app, queue } = slowApp(1, 10, 150)
    const server = app.listen(0)
    try {
      const port = (server.address() as { port: number }).port
      const first = request(server).get('/api/slow/1').then((r) => r)
      await new Promise((r) => setTimeout(r, 20))
      const controller = new AbortController()
      const gone = fetch(`http://127.0.0.1:${port}/api/slow/2`, { signal: controller.signal }).catch(() => 'aborted')
      await new Promise((r) => setTimeout(r, 20))
      expect(queue.stats().waiting).toBe(1)
      controller.abort()
      expect(await gone).toBe('aborted')
      await new Promise((r) => setTimeout(r, 20))
      expect(queue.stats().waiting).toBe(0)
      expect((await first).status).toBe(200)
      expect((await request(server).get('/api/slow/3')).status).toBe(200)
      expect(queue.stats()).toEqual({ active: 0, waiting: 0 })
    } finally {
      server.close()
    }
  })
})
