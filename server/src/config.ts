import path from 'node:path'
import { DefaultBulkZipLimits, DefaultUploadZipLimits, type ZipLimits } from './domain/zip/zip-limits.ts'

/** Runtime configuration, read from the environment once (README lists every variable). */
export interface AppConfig {
  port: number
  databaseUrl: string | null
  dataDir: string
  dataset: string
  gisDataDir: string
  migrationsDir: string
  clientDistDir: string
  adminPassword: string | null
  sessionTtlSeconds: number
  cookieSecure: boolean
  tiandituKey: string | null
  loginRateLimit: { windowMs: number; max: number }
  jsonBodyLimit: string
  logLevel: string
  trustProxy: boolean
  /** Zip-bomb guard for uploaded archives: bulk imports, and the small form uploads (XLSX of place names, facilities). */
  zipLimits: { bulk: ZipLimits; upload: ZipLimits }
  /**
   * Database-backed requests (/api, /ogc, /tiles) served at once; the rest wait in arrival order.
   * null = by engine: 4 on the embedded engine (one in-process connection), unlimited on PostgreSQL.
   */
  maxConcurrentRequests: number | null
  /** Requests allowed to wait for a slot; beyond it the answer is 503 with Retry-After. */
  requestQueueLimit: number
  /** Tests only: every JSON answer of a route with a `response` schema is validated against it (a mismatch is a 500). */
  checkResponses: boolean
}

const ROOT = path.resolve(import.meta.dirname, '../..')

function intFrom(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/** A positive integer variable; a set but malformed value stops startup rather than silently falling back. */
function strictIntFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number (got "${raw}").`)
  return n
}

/** DIMING_ZIP_MAX_MB, DIMING_ZIP_UPLOAD_MAX_MB, DIMING_ZIP_MAX_ENTRIES, DIMING_ZIP_MAX_RATIO (README). */
function zipLimitsFrom(env: NodeJS.ProcessEnv): AppConfig['zipLimits'] {
  const MiB = 1024 * 1024
  const shared = {
    maxEntries: strictIntFrom(env, 'DIMING_ZIP_MAX_ENTRIES', DefaultBulkZipLimits.maxEntries),
    maxRatio: strictIntFrom(env, 'DIMING_ZIP_MAX_RATIO', DefaultBulkZipLimits.maxRatio),
    ratioFloorBytes: DefaultBulkZipLimits.ratioFloorBytes,
  }
  return {
    bulk: { ...shared, maxTotalBytes: strictIntFrom(env, 'DIMING_ZIP_MAX_MB', DefaultBulkZipLimits.maxTotalBytes / MiB) * MiB },
    upload: { ...shared, maxTotalBytes: strictIntFrom(env, 'DIMING_ZIP_UPLOAD_MAX_MB', DefaultUploadZipLimits.maxTotalBytes / MiB) * MiB },
  }
}

/**
 * Builds the configuration from environment variables with defaults; `overrides` win (tests).
 * @example loadConfig({}).port // = 8080
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: intFrom(env.PORT, 8080),
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(ROOT, env.DIMING_DATA_DIR || 'data/pglite'),
    dataset: env.DIMING_DATASET || 'xianning',
    gisDataDir: path.resolve(ROOT, env.DIMING_GIS_DATA_DIR || 'gis-data'),
    migrationsDir: path.join(ROOT, 'migrations'),
    clientDistDir: path.join(ROOT, 'dist/client'),
    adminPassword: env.DIMING_ADMIN_PASSWORD || null,
    sessionTtlSeconds: intFrom(env.DIMING_SESSION_TTL_HOURS, 12) * 3600,
    cookieSecure: env.DIMING_COOKIE_SECURE === 'true',
    tiandituKey: env.DIMING_TIANDITU_KEY || null,
    loginRateLimit: { windowMs: 15 * 60 * 1000, max: intFrom(env.DIMING_LOGIN_MAX_ATTEMPTS, 10) },
    jsonBodyLimit: env.DIMING_BODY_LIMIT || '1mb',
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: env.DIMING_TRUST_PROXY === 'true',
    zipLimits: zipLimitsFrom(env),
    maxConcurrentRequests: env.DIMING_MAX_CONCURRENT_REQUESTS ? strictIntFrom(env, 'DIMING_MAX_CONCURRENT_REQUESTS', 4) : null,
    requestQueueLimit: strictIntFrom(env, 'DIMING_REQUEST_QUEUE_LIMIT', 2000),
    checkResponses: false,
    ...overrides,
  }
}

/** The repository root (for tools that locate files). */
export const PROJECT_ROOT = ROOT
