import { z } from 'zod'
import { APP_VERSION } from '../version.ts'
import type { RouteDef } from './route.ts'

/** Express `/a/:id/b` → OpenAPI `/a/{id}/b`. */
export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
}

function jsonSchema(schema: NonNullable<RouteDef['body']>, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  try {
    return z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>
  } catch {
    return {}
  }
}

function parameters(def: RouteDef): unknown[] {
  const out: unknown[] = []
  for (const [where, schema] of [['path', def.params], ['query', def.query]] as const) {
    if (!schema) continue
    const js = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] }
    for (const [name, prop] of Object.entries(js.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: prop })
    }
  }
  return out
}

/**
 * Builds the OpenAPI 3.1 document from the route definitions, so it cannot drift from the routes.
 * @example buildOpenApi(routes).paths['/api/health'].get.summary // = 'Engine and version check'
 */
export function buildOpenApi(defs: readonly RouteDef[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const def of defs) {
    const p = toOpenApiPath(def.path)
    paths[p] ??= {}
    const responses: Record<string, unknown> = {}
    for (const [status, r] of Object.entries(def.responses)) {
      const { description, contentType } = typeof r === 'string' ? { description: r, contentType: undefined } : r
      const isProblem = Number(status) >= 400
      const media = isProblem ? 'application/problem+json' : (contentType ?? 'application/json')
      const isSuccessJson = !isProblem && !contentType && Number(status) < 300 && def.response
      const schema = isSuccessJson ? jsonSchema(def.response!, 'output') : {}
      responses[status] = Number(status) === 204 ? { description } : { description, content: { [media]: isSuccessJson ? { schema } : {} } }
    }
    const operation: Record<string, unknown> = {
      summary: def.summary,
      tags: def.tags,
      operationId: `${def.method}${p.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: parameters(def),
      responses,
      'x-access': def.access,
    }
    if (def.access !== 'public') operation.security = [{ sessionCookie: [] }]
    if (def.body) operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(def.body) } } }
    else if (def.bodyKind === 'raw') {
      operation.requestBody = { required: true, content: Object.fromEntries((def.consumes ?? ['application/octet-stream']).map((m) => [m, {}])) }
    }
    paths[p]![def.method] = operation
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Diming 地名 API', version: APP_VERSION, description: 'Place names, civil-affairs facilities and boundary survey.' },
    paths,
    components: {
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'diming_sid', description: 'Writes also need the X-CSRF-Token header.' },
      },
    },
  }
}
