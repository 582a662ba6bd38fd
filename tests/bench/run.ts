/**
 * `npm run bench`: discover `tests/bench/*.bench.ts`, run each (sequentially, one engine at a time:
 * the machine has 2 cores), and print one table of medians with ratios against baselines measured
 * in the same run.
 *
 * Environment: BENCH_SIZES=10000,100000,1000000 (place names), BENCH_ENGINES=pg,pglite,
 * BENCH_PG_URL (default DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_PGLITE_MAX=100000 (largest size loaded into PGlite), BENCH_PGLITE_IMPORT_MAX=10000, BENCH_LOAD_SECONDS=5 (autocannon),
 * BENCH_FILTER=regex on file names, BENCH_OUT=path to also write the results as JSON.
 */
import { readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { formatNumber, type BenchContext, type BenchFile, type BenchResult, type Engine } from './bench-kit.ts'

// Tiles are measured uncached unless a bench turns the cache on per request pattern (see places-layer).
process.env.DIMING_TILE_CACHE_MB ??= '0'
process.env.LOG_LEVEL ??= 'silent'

const list = (v: string | undefined, fallback: string) => (v || fallback).split(',').map((s) => s.trim()).filter(Boolean)
const sizes = list(process.env.BENCH_SIZES, '10000,100000,1000000').map(Number).filter((n) => Number.isInteger(n) && n > 0)
const engines = list(process.env.BENCH_ENGINES, 'pg,pglite').filter((e): e is Engine => e === 'pg' || e === 'pglite')
const filter = process.env.BENCH_FILTER ? new RegExp(process.env.BENCH_FILTER) : null
const results: BenchResult[] = []

const ctx: BenchContext = {
  sizes,
  engines,
  pgUrl: process.env.BENCH_PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  pgliteMaxSize: Number(process.env.BENCH_PGLITE_MAX) || 100_000,
  pgliteImportMaxSize: Number(process.env.BENCH_PGLITE_IMPORT_MAX) || 10_000,
  loadSeconds: Number(process.env.BENCH_LOAD_SECONDS) || 5,
  record: (r) => {
    results.push(r)
    const ratio = r.baseline ? `  (${r.baseline.name} ${formatNumber(r.baseline.median)} → ×${formatNumber(r.baseline.median / r.median)})` : ''
    console.log(`  ${r.suite} · ${r.case} · ${r.engine} · ${r.size ?? ''}: ${formatNumber(r.median)} ${r.unit}${ratio}`)
  },
  log: (m) => console.log(`  ${m}`),
}

function printTable(rows: BenchResult[]): void {
  const header = ['suite', 'case', 'engine', 'size', 'median', 'p95', 'unit', 'baseline', 'baseline median', 'speed-up vs baseline', 'note']
  const body = rows.map((r) => [
    r.suite, r.case, r.engine, r.size === null ? '' : r.size.toLocaleString('en'), formatNumber(r.median), r.p95 === null ? '' : formatNumber(r.p95),
    r.unit, r.baseline?.name ?? '', r.baseline ? formatNumber(r.baseline.median) : '',
    // For times the baseline/ours ratio is the speed-up; for rps (higher is better) it is inverted.
    r.baseline ? `×${formatNumber(r.unit === 'rps' ? r.median / r.baseline.median : r.baseline.median / r.median)}` : '', r.note ?? '',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const b of body) console.log(line(b as string[]))
}

const dir = path.dirname(new URL(import.meta.url).pathname)
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts') && (!filter || filter.test(f))).sort()
console.log(`Diming bench — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
console.log(`sizes ${sizes.join(', ')} · engines ${engines.join(', ')} · files ${files.join(', ')}`)
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: BenchFile }
  console.log(`\n▶ ${mod.default.name} (${file})`)
  const t0 = performance.now()
  try {
    await mod.default.run(ctx)
  } catch (err) {
    console.error(`  ✗ ${file} failed: ${(err as Error).stack ?? err}`)
    process.exitCode = 1
  }
  console.log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}
printTable(results)
console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes share these cores)`)
if (process.env.BENCH_OUT) await writeFile(process.env.BENCH_OUT, JSON.stringify({ date: new Date().toISOString(), results }, null, 2))
process.exit(process.exitCode ?? 0)
