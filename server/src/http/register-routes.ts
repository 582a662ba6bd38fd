import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express'
import { timingSafeEqual } from 'node:crypto'
import { hasPermission } from '../auth/permissions.ts'
import type { SessionUser } from '../auth/session-user.ts'
import { CsrfRejected, Forbidden, InvalidParameter, Unauthorized, UnsupportedMediaType } from '../errors/problem.ts'
import { zodToFieldErrors } from '../errors/zod-errors.ts'
import type { AppDeps } from './app-deps.ts'
import { findUnstorableText } from './find-unstorable-text.ts'
import type { RouteDef } from './route.ts'

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete'])

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** The session user that the session middleware attached, if any. */
export function currentUser(req: Request): SessionUser | null {
  return (req as Request & { user?: SessionUser | null }).user ?? null
}

function checkAccess(def: RouteDef, user: SessionUser | null): void {
  if (def.access === 'public') return
  if (!user) throw new Unauthorized()
  if (def.access === 'authenticated') return
  if (!hasPermission(user.roles, def.access)) {
    throw new Forbidden(`Your roles (${user.roles.join(', ') || 'none'}) do not include permission ${def.access}.`, {
      required_permission: def.access,
    })
  }
}

/** Writes with a session must carry the session's CSRF token (double submit via header). */
function checkCsrf(def: RouteDef, req: Request, user: SessionUser | null): void {
  if (!WRITE_METHODS.has(def.method) || !user) return
  const header = req.get('x-csrf-token') ?? ''
  if (!header || !safeEqual(header, user.csrf_token)) throw new CsrfRejected()
}

function bodyParser(def: RouteDef, jsonLimit: string): RequestHandler | null {
  const kind = def.bodyKind ?? (WRITE_METHODS.has(def.method) && def.body ? 'json' : 'none')
  if (kind === 'json') {
    const json = express.json({ limit: def.bodyLimit ?? jsonLimit, strict: true, type: () => true })
    return (req, res, next) => {
      const length = Number(req.get('content-length') ?? '0')
      const hasBody = length > 0 || req.get('transfer-encoding') !== undefined
      if (hasBody && !req.is('application/json')) {
        next(new UnsupportedMediaType(`Send the body as application/json (got ${req.get('content-type') ?? 'none'}).`))
        return
      }
      json(req, res, next)
    }
  }
  if (kind === 'raw') {
    const raw = express.raw({ limit: def.bodyLimit ?? '50mb', type: () => true })
    return (req, res, next) => {
      if (def.consumes && !req.is(def.consumes)) {
        next(new UnsupportedMediaType(`Send one of: ${def.consumes.join(', ')}.`))
        return
      }
      raw(req, res, next)
    }
  }
  return null
}

function parsePart<T>(schema: RouteDef['params'], value: unknown, part: string): T {
  // Paths and queries were checked for all routes by unstorable-text.middleware.ts; bodies are checked here.
  const where = part === 'body' ? findUnstorableText(value, part) : null
  if (where) throw new InvalidParameter('Text may not contain NUL characters or broken Unicode.', [{ parameter: where, detail: 'NUL or unpaired surrogate' }])
  if (!schema) return value as T
  const result = schema.safeParse(value ?? {})
  if (!result.success) {
    throw new InvalidParameter(`Invalid ${part}.`, zodToFieldErrors(result.error, part))
  }
  return result.data as T
}

/** A response schema was declared and the handler returned something else: a programming mistake (tests only). */
export class ResponseSchemaMismatch extends Error {
  constructor(def: RouteDef, detail: string) {
    super(`${def.method.toUpperCase()} ${def.path} returned a body that does not match its response schema: ${detail}`)
  }
}

/** In tests (config `checkResponses`), the body must match the route's declared `response` schema. */
function checkResponse(def: RouteDef, result: unknown, deps: AppDeps): unknown {
  if (!def.response || !deps.config.checkResponses) return result
  const parsed = def.response.safeParse(result)
  if (!parsed.success) {
    throw new ResponseSchemaMismatch(def, parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '))
  }
  return result
}

/** Registers route definitions on a router with access, CSRF, body and schema checks in front. */
export function registerRoutes(router: Router, defs: RouteDef[], deps: AppDeps): void {
  for (const def of defs) {
    const parser = bodyParser(def, deps.config.jsonBodyLimit)
    // Access and CSRF are checked before the body is read, so refused requests cost nothing.
    const guard: RequestHandler = (req, _res, next) => {
      try {
        const user = currentUser(req)
        checkAccess(def, user)
        checkCsrf(def, req, user)
        next()
      } catch (err) {
        next(err)
      }
    }
    const handler = async (req: Request, res: Response, next: NextFunction) => {
      try {
        const user = currentUser(req)
        const params = parsePart(def.params, req.params, 'path')
        const query = parsePart(def.query, req.query, 'query')
        const body = def.bodyKind === 'raw' ? (req.body as unknown) : parsePart(def.body, req.body, 'body')
        const result = await def.handler({
          req, res, params, query, body, user, deps, requestId: String((req as { id?: unknown }).id ?? ''),
        })
        if (result !== undefined && !res.headersSent) res.json(checkResponse(def, result, deps))
      } catch (err) {
        next(err)
      }
    }
    const chain: RequestHandler[] = [guard, ...(parser ? [parser] : []), ...(def.middleware ?? []), handler]
    router[def.method](def.path, ...chain)
  }
}
