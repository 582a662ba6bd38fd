import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { ServiceUnavailable } from '../errors/problem.ts'

/** Seconds a refused client is told to wait (Retry-After). */
export const RetryAfterSeconds = 5

export interface AdmissionQueueOptions {
  /** Requests served at once. */
  concurrency: number
  /** Requests allowed to wait; one more is refused with 503. */
  queueLimit: number
}

/**
 * First come, first served admission of requests: at most `concurrency` are in the handlers at once, the
 * rest wait in arrival order, and when `queueLimit` are already waiting the next one gets a 503
 * problem+json with `Retry-After` instead of piling up without bound. On the embedded engine every query
 * runs on one in-process connection, so more than a few requests in the handlers at once only interleave
 * their queries and hold their half-built answers in memory. (It does not remove the multi-second tail
 * latencies the soak test sees under 200 clients: those come from the server's one thread being busy,
 * see docs/performance.md.) A client that disconnects while waiting leaves the queue.
 * @example app.use('/api', admissionQueue({ concurrency: 4, queueLimit: 2000 }))
 */
export function admissionQueue(options: AdmissionQueueOptions): RequestHandler & { stats(): { active: number; waiting: number } } {
  let active = 0
  const waiting: Array<() => void> = []

  function admit(res: Response, next: NextFunction): void {
    active++
    let released = false
    const release = () => {
      if (released) return
      released = true
      active--
      waiting.shift()?.()
    }
    res.once('finish', release)
    res.once('close', release)
    next()
  }

  const middleware = (_req: Request, res: Response, next: NextFunction) => {
    if (active < options.concurrency) return admit(res, next)
    if (waiting.length >= options.queueLimit) {
      res.setHeader('Retry-After', String(RetryAfterSeconds))
      return next(new ServiceUnavailable(`The server is busy (${waiting.length} requests waiting); try again in ${RetryAfterSeconds} s.`))
    }
    const start = () => {
      if (res.writableEnded || res.destroyed) {
        waiting.shift()?.()
        return
      }
      admit(res, next)
    }
    waiting.push(start)
    res.once('close', () => {
      const i = waiting.indexOf(start)
      if (i >= 0) waiting.splice(i, 1)
    })
  }
  return Object.assign(middleware, { stats: () => ({ active, waiting: waiting.length }) })
}
