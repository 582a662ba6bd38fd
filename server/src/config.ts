import path from 'node:path'

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
}

const ROOT = path.resolve(import.meta.dirname, '../..')

function intFrom(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
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
    ...overrides,
  }
}

/** The repository root (for tools that locate files). */
export const PROJECT_ROOT = ROOT
