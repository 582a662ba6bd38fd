/**
 * Shared pieces of the benchmark suite (`npm run bench`): the result record, timing, fresh databases
 * on both engines, deterministic synthetic data and an in-process server. No assertions here: the
 * runner prints medians and ratios against baselines measured in the same run.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import pg from 'pg'
import { pino } from 'pino'
import { createApp } from '../../server/src/app.ts'
import type { Db } from '../../server/src/db/db.ts'
import { migrate } from '../../server/src/db/migrate.ts'
import { createPgDb } from '../../server/src/db/pg-engine.ts'
import { openPglite, wrapPglite } from '../../server/src/db/pglite-engine.ts'
import { PROJECT_ROOT } from '../../server/src/config.ts'

export type Engine = 'pg' | 'pglite'

/** One line of the results table. */
export interface BenchResult {
  suite: string
  case: string
  engine: Engine | '-'
  size: number | null
  median: number
  p95: number | null
  unit: 'ms' | 'rps' | 'MB' | 's'
  baseline?: { name: string; median: number }
  note?: string
}

export interface BenchContext {
  sizes: number[]
  engines: Engine[]
  pgUrl: string
  /** Largest size worth loading into the embedded engine (WASM memory, speed). */
  pgliteMaxSize: number
  /** Largest import run on the embedded engine (it imports ~1k rows/s). */
  pgliteImportMaxSize: number
  /** Seconds per autocannon run. */
  loadSeconds: number
  record(r: BenchResult): void
  log(message: string): void
}

/** A benchmark file's default export. */
export interface BenchFile {
  name: string
  run(ctx: BenchContext): Promise<void>
}

/** Median and 95th percentile of samples (ms). */
export function summarize(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!
  return { median: at(0.5), p95: at(0.95) }
}

/** Time `fn` over each input after `warmup` untimed calls; returns the per-call samples (ms). */
export async function timeEach<T>(inputs: T[], fn: (input: T) => Promise<unknown>, warmup = 3): Promise<number[]> {
  for (const input of inputs.slice(0, warmup)) await fn(input)
  const samples: number[] = []
  for (const input of inputs) {
    const t0 = performance.now()
    await fn(input)
    samples.push(performance.now() - t0)
  }
  return samples
}

/** A fresh migrated database on an engine; `name` keeps pg databases of different suites apart. */
export interface BenchDb {
  db: Db
  /** Connection URL (pg engine), null for PGlite. */
  url: string | null
  /** Another connection wrapper to the same data (its own tile cache); close it before `close()`. */
  reopen(): Db
  close(): Promise<void>
}

export async function openBenchDb(ctx: BenchContext, engine: Engine, name: string): Promise<BenchDb> {
  const migrations = path.join(PROJECT_ROOT, 'migrations')
  if (engine === 'pglite') {
    const instance = await openPglite()
    const db = wrapPglite(instance)
    await migrate(db, { dir: migrations })
    return { db, url: null, reopen: () => wrapPglite(instance, { ownsInstance: false }), close: () => db.close() }
  }
  // The pid keeps two engineers' runs on one server apart.
  const dbName = `diming_bench_${name}_${process.pid}`
  const admin = new pg.Client({ connectionString: ctx.pgUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${dbName}`)
  await admin.end()
  const url = new URL(ctx.pgUrl)
  url.pathname = `/${dbName}`
  const db = createPgDb({ connectionString: url.toString(), max: 8 })
  await db.exec('CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS fuzzystrmatch; CREATE EXTENSION IF NOT EXISTS btree_gist;')
  await migrate(db, { dir: migrations })
  return {
    db,
    url: url.toString(),
    reopen: () => createPgDb({ connectionString: url.toString(), max: 8 }),
    async close() {
      await db.close()
      const c = new pg.Client({ connectionString: ctx.pgUrl })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
      await c.end()
    },
  }
}

/** Start the real app on a random local port. */
export async function startApp(db: Db): Promise<{ base: string; close(): Promise<void> }> {
  const app = createApp({ db, logger: pino({ level: 'silent' }), config: { clientDistDir: '/nonexistent' } })
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Deterministic PRNG (mulberry32), so every run generates the same data. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const formatNumber = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2))
