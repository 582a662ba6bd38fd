/**
 * Coverage analysis speed (issue 4): a city (≈1,100 villages × 1,000 facilities) and 100,000 demand
 * points × 10,000 facilities, each through the real service (load from the database + both measures
 * in Node with a grid index and ellipsoidal distances) and as pure computation, against a plain
 * PostGIS `ST_DWithin` count of the same pairs (geography, GiST-indexed) on the same engine.
 * The covered counts of ours and PostGIS's are printed side by side as a correctness check.
 */
import type { Db } from '../../server/src/db/db.ts'
import { analyzeCoverage } from '../../server/src/domain/coverage/analyze-coverage.ts'
import { computeWithinReach } from '../../server/src/domain/coverage/compute-within-reach.ts'
import { createCachedCoverageSource, createCoverageSource } from '../../server/src/db/coverage.source.ts'
import { createRandom, openBenchDb, summarize, type BenchFile } from './bench-kit.ts'

const RADIUS = 1000
const EXTENT = { west: 113.55, south: 29.05, east: 114.95, north: 30.3 }
const CASES = [
  { label: 'city', demand: 1_100, supply: 1_000, runs: 7 },
  { label: '100k x 10k', demand: 100_000, supply: 10_000, runs: 3 },
]

/** Loads N villages (under 1 city, 10 counties, 1,000 townships) and M facilities, deterministic. */
async function load(db: Db, demand: number, supply: number): Promise<void> {
  const random = createRandom(42)
  const point = () => [EXTENT.west + (EXTENT.east - EXTENT.west) * random(), EXTENT.south + (EXTENT.north - EXTENT.south) * random()]
  await db.query(`INSERT INTO divisions (code, name, level, label_point, source) VALUES ('421200000000', '基准市', 'city', ST_SetSRID(ST_MakePoint(114.2, 29.7), 4326), 'bench')`)
  await db.query(`INSERT INTO divisions (code, name, level, parent_code, label_point, source)
    SELECT '4212' || lpad(c::text, 2, '0') || '000000', '县' || c, 'county', '421200000000', ST_SetSRID(ST_MakePoint(114.2, 29.7), 4326), 'bench'
    FROM generate_series(1, 10) c`)
  await db.query(`INSERT INTO divisions (code, name, level, parent_code, label_point, source)
    SELECT '4212' || lpad(c::text, 2, '0') || lpad(t::text, 3, '0') || '000', '镇' || c || '-' || t, 'township',
      '4212' || lpad(c::text, 2, '0') || '000000', ST_SetSRID(ST_MakePoint(114.2, 29.7), 4326), 'bench'
    FROM generate_series(1, 10) c, generate_series(1, 100) t`)
  const batch = 5000
  for (let start = 0; start < demand; start += batch) {
    const n = Math.min(batch, demand - start)
    const pts = Array.from({ length: n }, point)
    await db.query(`INSERT INTO divisions (code, name, level, parent_code, urban_rural_code, population_total, label_point, source)
      SELECT '4212' || lpad((1 + (i % 10))::text, 2, '0') || lpad((1 + (i / 10 % 100))::text, 3, '0') || lpad((1 + i / 1000)::text, 3, '0'),
        '村' || i, 'village', '4212' || lpad((1 + (i % 10))::text, 2, '0') || lpad((1 + (i / 10 % 100))::text, 3, '0') || '000',
        CASE WHEN i % 5 = 0 THEN '111' ELSE '220' END, 100 + i % 900, ST_SetSRID(ST_MakePoint(x, y), 4326), 'bench'
      FROM unnest($1::int[], $2::float8[], $3::float8[]) AS u(i, x, y)`,
    [Array.from({ length: n }, (_, k) => start + k), pts.map((p) => p[0]), pts.map((p) => p[1])])
  }
  for (let start = 0; start < supply; start += batch) {
    const n = Math.min(batch, supply - start)
    const pts = Array.from({ length: n }, point)
    await db.query(`INSERT INTO facilities (type, name, division_code, geom, source)
      SELECT 'rural_mutual_aid_centre', '点' || i, '4212' || lpad((1 + (i % 10))::text, 2, '0') || lpad((1 + (i / 10 % 100))::text, 3, '0') || '000',
        ST_SetSRID(ST_MakePoint(x, y), 4326), 'bench'
      FROM unnest($1::int[], $2::float8[], $3::float8[]) AS u(i, x, y)`,
    [Array.from({ length: n }, (_, k) => start + k), pts.map((p) => p[0]), pts.map((p) => p[1])])
  }
  // The baseline gets the indexes a PostGIS user would add for geography distance queries.
  await db.exec(`CREATE INDEX bench_divisions_geog ON divisions USING gist ((label_point::geography));
    CREATE INDEX bench_facilities_geog ON facilities USING gist ((geom::geography)); ANALYZE divisions; ANALYZE facilities;`)
}

const POSTGIS_COUNT = `
  SELECT count(*)::int AS covered FROM divisions v
  WHERE v.level = 'village' AND EXISTS (
    SELECT 1 FROM facilities f WHERE f.status = 'active' AND f.type = 'rural_mutual_aid_centre'
      AND ST_DWithin(f.geom::geography, v.label_point::geography, $1))`

async function time<T>(runs: number, fn: () => Promise<T>): Promise<{ median: number; p95: number; last: T }> {
  let last = await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now()
    last = await fn()
    samples.push(performance.now() - t0)
  }
  return { ...summarize(samples), last }
}

const bench: BenchFile = {
  name: 'coverage analysis',
  async run(ctx) {
    for (const c of CASES) {
      for (const engine of ctx.engines) {
        const handle = await openBenchDb(ctx, engine, `coverage_${c.demand}`)
        try {
          ctx.log(`coverage ${c.label} on ${engine}: loading…`)
          await load(handle.db, c.demand, c.supply)
          const source = createCoverageSource(handle.db)
          const request = { types: ['rural_mutual_aid_centre'], distanceMetres: RADIUS, network: 'straight' as const, scope: null }
          // The baseline runs with PostgreSQL's default parallelism (the API's sessions run without parallel workers).
          const baseline = await time(c.runs, () => handle.db.transaction(async (tx) => {
            await tx.query('SET LOCAL max_parallel_workers_per_gather = 2')
            return tx.query<{ covered: number }>(POSTGIS_COUNT, [RADIUS])
          }))
          const service = await time(c.runs, () => analyzeCoverage(source, request))
          // What the API does: villages and facilities kept per data version, so a planner's next run skips the load.
          const cached = createCachedCoverageSource(handle.db)
          const warm = await time(c.runs, () => analyzeCoverage(cached, request))
          const [demand, supply] = await Promise.all([source.demand(null), source.supply(request.types)])
          const compute = await time(c.runs, async () => computeWithinReach(demand, supply, RADIUS))
          const ours = compute.last.filter((x) => x.covered).length
          const theirs = baseline.last.rows[0]!.covered
          const note = `covered: ours ${ours}, PostGIS ${theirs}${ours === theirs ? ' (agree)' : ' (DIFFER)'}`
          const base = { name: 'PostGIS ST_DWithin count', median: baseline.median }
          ctx.record({ suite: 'coverage', case: `${c.label}: service, cold (load + both measures)`, engine, size: c.demand, median: service.median, p95: service.p95, unit: 'ms', baseline: base, note })
          ctx.record({ suite: 'coverage', case: `${c.label}: API service, inputs cached (same data version)`, engine, size: c.demand, median: warm.median, p95: warm.p95, unit: 'ms', baseline: base })
          ctx.record({ suite: 'coverage', case: `${c.label}: within-reach compute only`, engine, size: c.demand, median: compute.median, p95: compute.p95, unit: 'ms', baseline: base })
        } finally {
          await handle.close()
        }
      }
    }
  },
}

export default bench
