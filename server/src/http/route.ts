import type { Request, RequestHandler, Response } from 'express'
import { z, type ZodType } from 'zod'
import type { Access } from '../auth/permissions.ts'
import type { SessionUser } from '../auth/session-user.ts'
import type { AppDeps } from './app-deps.ts'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** How the body is read: JSON (default for writes), raw bytes (file uploads), or not at all. */
export type BodyKind = 'json' | 'raw' | 'none'

export interface RouteContext<P, Q, B> {
  req: Request
  res: Response
  params: P
  query: Q
  body: B
  /** The logged-in user, or null for anonymous requests on public routes. */
  user: SessionUser | null
  deps: AppDeps
  requestId: string
}

export interface RouteDef<P = unknown, Q = unknown, B = unknown, R = unknown> {
  method: HttpMethod
  /** Express path, e.g. `/api/divisions/:code`. */
  path: string
  summary: string
  tags: string[]
  access: Access
  params?: ZodType<P>
  query?: ZodType<Q>
  body?: ZodType<B>
  bodyKind?: BodyKind
  /** Body size limit, e.g. '1mb' (JSON default) or '200mb' for raw imports. */
  bodyLimit?: string
  /** Raw body media types accepted (bodyKind 'raw'). */
  consumes?: string[]
  /** Extra middleware run after the body is parsed, before the handler (e.g. a rate limit). */
  middleware?: RequestHandler[]
  /** Documented responses: status → description (and optional media type). */
  responses: Record<number, string | { description: string; contentType: string }>
  /**
   * The JSON body of the success response: the handler's return type is inferred from it, `/api/openapi.json`
   * documents it, and tests (config `checkResponses`) validate every answer against it.
   */
  response?: ZodType<R>
  /** Returns a value to send as JSON, or writes to `res` itself and returns undefined. */
  handler: (ctx: RouteContext<P, Q, B>) => R | undefined | Promise<R | undefined>
}

/**
 * Declares a route: one object that Express registers and OpenAPI documents (so the doc stays true).
 * @example defineRoute({ method: 'get', path: '/api/health', summary: 'Health', tags: ['system'],
 *   access: 'public', responses: { 200: 'OK' }, handler: () => ({ status: 'ok' }) })
 */
export function defineRoute<P = unknown, Q = unknown, B = unknown, R = unknown>(def: RouteDef<P, Q, B, R>): RouteDef {
  return def as unknown as RouteDef
}

/** A group of routes from one module (`routes/*.route.ts`). */
export type RouteModule = RouteDef[]

/** Shared schema pieces for routes. */
export const schemas = {
  /** An empty query: unknown parameters are a 400 (OGC /req/core/query-param-unknown style). */
  noQuery: z.object({}).strict(),
  version: z.number().int().min(1),
  id: z.coerce.number().int().positive(),
}
