/**
 * `npm run soak`: the read API under steady load (issue 7). For each public read endpoint (items,
 * tiles, search, the divisions layer) autocannon holds SOAK_CONNECTIONS concurrent clients for
 * SOAK_SECONDS; the server's resident memory is sampled before, between and after. Fails (exit 1) on
 * any error, timeout or non-2xx answer. With --write-docs the figures replace the "Load" section of
 * docs/performance.md. Reduced form in CI: tests/security/load.test.ts.
 *
 *   SOAK_CONNECTIONS=200 SOAK_SECONDS=30 npm run soak -- --write-docs
 *   SOAK_URL=http://localhost:8080 npm run soak          # against a server already running
 *
 * Without SOAK_URL it starts the real server (tests/helpers/serve.ts) on DATABASE_URL if set, else on
 * a fresh embedded database (first start seeds Xianning: a minute or two).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PROJECT_ROOT } from '../../server/src/config.ts'
import { LOAD_TARGETS, loadRun, residentMiB, type LoadResult } from '../helpers/load-run.ts'
import { cloneTemplate, ensurePgliteTemplate } from '../helpers/pglite-template.ts'
import { freePort, spawnServer, type ServerProcess } from '../helpers/server-process.ts'

const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 200)
const SECONDS = Number(process.env.SOAK_SECONDS ?? 30)
const WRITE_DOCS = process.argv.includes('--write-docs')
const DOC = path.join(PROJECT_ROOT, 'docs/performance.md')
/** One block per engine, so a run on each engine keeps the other's figures. */
const markers = (engine: string) => {
  const key = engine.split(' ')[0]!.toLowerCase()
  return { start: `<!-- load:${key}:start (written by npm run soak -- --write-docs) -->`, end: `<!-- load:${key}:end -->` }
}

async function startServer(): Promise<{ url: string; server: ServerProcess | null; engine: string }> {
  if (process.env.SOAK_URL) return { url: process.env.SOAK_URL, server: null, engine: 'external server' }
  const env: Record<string, string> = { PORT: String(await freePort()), LOG_LEVEL: 'warn' }
  if (!process.env.DATABASE_URL) {
    await ensurePgliteTemplate()
    env.DIMING_DATA_DIR = cloneTemplate('diming-soak-')
  }
  console.log(`starting the server (${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite, seeding first'})…`)
  const server = spawnServer(env)
  const url = (await server.waitFor(/listening at (\S+)/))[1]!
  return { url, server, engine: process.env.DATABASE_URL ? 'PostgreSQL + PostGIS' : 'embedded PGlite' }
}

function table(results: LoadResult[], memory: (number | null)[]): string {
  // autocannon counts timeouts among errors: show both, never add them up.
  const rows = results.map((r, i) => `| ${r.name} | \`${r.path}\` | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${memory[i + 1] ?? '?'} |`)
  return ['| endpoint | path | requests | req/s | p50 ms | p99 ms | max ms | errors | of which timeouts (30 s) | non-2xx | RSS after (MiB) |', '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|', ...rows].join('\n')
}

function writeDocs(engine: string, section: string): void {
  const { start: START, end: END } = markers(engine)
  const block = `${START}\n### ${engine}\n\n${section}\n${END}`
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Performance\n'
  const start = doc.indexOf(START)
  const end = doc.indexOf(END)
  const heading = doc.indexOf('\n## Load\n')
  const next = start >= 0 && end > start
    ? doc.slice(0, start) + block + doc.slice(end + END.length)
    : heading >= 0
      ? `${doc.slice(0, heading + 9)}\n${block}\n${doc.slice(heading + 9)}`
      : `${doc.trimEnd()}\n\n## Load\n\n${block}\n`
  writeFileSync(DOC, next)
  console.log(`wrote the Load section of ${path.relative(PROJECT_ROOT, DOC)}`)
}

const { url, server, engine } = await startServer()
try {
  for (const t of LOAD_TARGETS) {
    const res = await fetch(`${url}${t.path}`)
    if (res.status !== 200) throw new Error(`warm-up ${t.path}: ${res.status} ${(await res.text()).slice(0, 200)}`)
  }
  const pid = server?.child.pid
  const memory: (number | null)[] = [pid ? residentMiB(pid) : null]
  const results: LoadResult[] = []
  for (const t of LOAD_TARGETS) {
    console.log(`${t.name}: ${CONNECTIONS} clients for ${SECONDS} s…`)
    const r = await loadRun(url, t, CONNECTIONS, SECONDS)
    results.push(r)
    memory.push(pid ? residentMiB(pid) : null)
    console.log(`  ${r.requests} requests, ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}, RSS ${memory.at(-1)} MiB`)
  }
  const failed = results.filter((r) => r.errors + r.non2xx > 0)
  const summary = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run soak\`: ${CONNECTIONS} concurrent clients for ${SECONDS} s per endpoint, one after another,`,
    `against the real server on ${engine} (${os.cpus().length} CPU cores shared with other work, Node ${process.version}).`,
    `Server resident memory: ${memory[0] ?? '?'} MiB before, ${memory.at(-1) ?? '?'} MiB after.`,
    `Errors, timeouts and non-2xx answers: ${failed.length === 0 ? 'none' : failed.map((r) => r.name).join(', ')}.`,
    '',
    table(results, memory),
  ].join('\n')
  console.log(`\n${summary}\n`)
  if (WRITE_DOCS) writeDocs(engine, summary)
  if (failed.length > 0) process.exitCode = 1
} finally {
  await server?.stop('SIGTERM')
}
