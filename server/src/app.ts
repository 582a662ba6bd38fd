import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import cookieParser from 'cookie-parser'
import express, { type Express } from 'express'
import helmet from 'helmet'
import { pino, type Logger } from 'pino'
import { pinoHttp } from 'pino-http'
import { sessionMiddleware } from './auth/session.middleware.ts'
import { loadConfig, type AppConfig } from './config.ts'
import type { Db } from './db/db.ts'
import { notFoundMiddleware, problemMiddleware } from './errors/problem.middleware.ts'
import type { AppDeps } from './http/app-deps.ts'
import { buildOpenApi } from './http/openapi.ts'
import { originCheck } from './http/origin-check.middleware.ts'
import { registerRoutes } from './http/register-routes.ts'
import { admissionQueue } from './http/admission-queue.middleware.ts'
import { cachedTileFastPath } from './tiles/cached-tile-fast-path.ts'
import { unstorableTextInUrl } from './http/unstorable-text.middleware.ts'
import type { RouteDef } from './http/route.ts'
import { allRoutes } from './routes/index.ts'

export interface CreateAppOptions {
  db: Db
  config?: Partial<AppConfig>
  logger?: Logger
}

export interface DimingApp extends Express {
  /** The route definitions this app serves (for the OpenAPI and permission-matrix tests). */
  locals: Express['locals'] & { routes: RouteDef[]; deps: AppDeps }
}

/** Content-Security-Policy that lets MapLibre run (blob workers, data/blob images) and nothing from elsewhere. */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'child-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:', 'https://*.tianditu.gov.cn'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'connect-src': ["'self'", 'https://*.tianditu.gov.cn'],
        'font-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': null,
      },
    },
    crossOriginEmbedderPolicy: false,
  })
}

/**
 * Builds the Express app (no listen): security headers, logging, sessions, every route, the OpenAPI
 * document, the built client with SPA fallback, and problem+json errors.
 * @example const app = createApp({ db }); await request(app).get('/api/health') // 200
 */
export function createApp(options: CreateAppOptions): DimingApp {
  const config = loadConfig(process.env, options.config)
  const logger = options.logger ?? pino({ level: config.logLevel })
  const deps: AppDeps = { db: options.db, config, logger }
  const routes = allRoutes(config)
  const app = express() as unknown as DimingApp
  app.locals.routes = routes
  app.locals.deps = deps
  app.disable('x-powered-by')
  app.set('trust proxy', config.trustProxy)
  app.set('query parser', 'simple')
  app.use(securityHeaders())
  app.use('/tiles', cachedTileFastPath(options.db))
  app.use(pinoHttp({
    logger,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id']
      const id = typeof given === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID()
      res.setHeader('x-request-id', id)
      return id
    },
    autoLogging: { ignore: (req) => req.url?.startsWith('/assets/') ?? false },
  }))
  app.use(cookieParser())
  app.use(originCheck)
  app.use(unstorableTextInUrl)
  // Database-backed paths are admitted in arrival order (by default only on the embedded engine).
  const concurrency = config.maxConcurrentRequests ?? (options.db.engine === 'pglite' ? 4 : 0)
  if (concurrency > 0) app.use(['/api', '/ogc', '/tiles'], admissionQueue({ concurrency, queueLimit: config.requestQueueLimit }))
  // Only API paths need the session: static assets and the SPA page never touch the database.
  app.use(['/api', '/ogc', '/tiles'], sessionMiddleware(options.db, config.sessionTtlSeconds))

  const router = express.Router()
  registerRoutes(router, routes, deps)
  app.use(router)
  const openapi = buildOpenApi(routes)
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openapi)
  })
  app.use(['/api', '/ogc', '/tiles'], notFoundMiddleware)

  const dist = config.clientDistDir
  if (existsSync(path.join(dist, 'index.html'))) {
    app.use(express.static(dist, { index: false, maxAge: '1h', setHeaders: (res, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    } }))
    app.get(/^\/(?!api\/|ogc\/?|tiles\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache')
      res.sendFile(path.join(dist, 'index.html'))
    })
  }
  app.use(notFoundMiddleware)
  app.use(problemMiddleware(logger))
  return app
}
