import express from 'express'
import pino from 'pino'
import supertest from 'supertest'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { loadConfig } from '../../../server/src/config.ts'
import type { AppDeps } from '../../../server/src/http/app-deps.ts'
import { buildOpenApi } from '../../../server/src/http/openapi.ts'
import { registerRoutes } from '../../../server/src/http/register-routes.ts'
import { defineRoute } from '../../../server/src/http/route.ts'

const Answer = z.object({ id: z.number().int(), name: z.string() })

function appWith(body: unknown, checkResponses: boolean) {
  const route = defineRoute({
    method: 'get', path: '/t', summary: 't', tags: ['t'], access: 'public', responses: { 200: 'ok' }, response: Answer,
    handler: () => body as z.infer<typeof Answer>,
  })
  const app = express()
  const deps = { config: loadConfig({}, { checkResponses }), logger: pino({ level: 'silent' }) } as unknown as AppDeps
  const router = express.Router()
  registerRoutes(router, [route], deps)
  app.use(router)
  app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(500).json({ message: err.message })
  })
  return supertest(app)
}

describe('defineRoute response schema', () => {
  it('passes a body that matches the schema', async () => {
    const res = await appWith({ id: 1, name: '东湖村' }, true).get('/t')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ id: 1, name: '东湖村' })
  })

  it('refuses a body that drifted from the schema when checking is on', async () => {
    const res = await appWith({ id: '1', name: '东湖村' }, true).get('/t')
    expect(res.status).toBe(500)
    expect(res.body.message).toContain('GET /t returned a body that does not match its response schema: id')
  })

  it('does not check in production', async () => {
    const res = await appWith({ id: '1' }, false).get('/t')
    expect(res.status).toBe(200)
  })

  it('documents the schema in OpenAPI', () => {
    const route = defineRoute({
      method: 'get', path: '/t/:id', summary: 't', tags: ['t'], access: 'public', responses: { 200: 'ok' }, response: Answer,
      handler: () => ({ id: 1, name: 'x' }),
    })
    const doc = buildOpenApi([route]) as { paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: { properties: object } }> }> }>> }
    const schema = doc.paths['/t/{id}']!.get!.responses['200']!.content['application/json']!.schema
    expect(Object.keys(schema.properties)).toEqual(['id', 'name'])
  })
})
