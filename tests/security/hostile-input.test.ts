/**
 * Hostile input, generic over the route registry (issue 7): every write route and every GET route
 * with a query schema gets fast-check generated input — random JSON, wrong types, huge strings, SQL
 * and script fragments, malformed GeoJSON — plus wrong media types, broken and oversized bodies.
 * Every answer is below 500, every error is problem+json, and a refused write leaves every table as
 * it was (tests/helpers/db-checksum.ts). Runs per route: DIMING_FUZZ_RUNS (default 15); seed: DIMING_FUZZ_SEED.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROLES } from '../../server/src/auth/permissions.ts'
import { loadConfig } from '../../server/src/config.ts'
import type { RouteDef } from '../../server/src/http/route.ts'
import { allRoutes } from '../../server/src/routes/index.ts'
import { watchChanges, type ChangeWatch } from '../helpers/db-checksum.ts'
import { hostileString, hugeSelfIntersectingPolygon, MALFORMED_GEOMETRIES } from '../helpers/hostile-input.ts'
import { concretePath, pathParamNames, samplePathParams, type PathSamples } from '../helpers/route-samples.ts'
import { schemaArbitrary, toJsonSchema, type JsonSchema } from '../helpers/schema-arbitrary.ts'
import { createTestApp, type TestApp, type TestSession } from '../helpers/test-app.ts'
import { useSeededDb } from '../helpers/seeded-db.ts'
import { encodeAny, geometryKeys, malformedJsonRequests, probe, runProperty } from './hostile-requests.ts'

const RUNS = Number(process.env.DIMING_FUZZ_RUNS ?? 15)
const SEED = process.env.DIMING_FUZZ_SEED ? Number(process.env.DIMING_FUZZ_SEED) : undefined
const FC = { numRuns: RUNS, seed: SEED, endOnFailure: true } as const
/** A self-intersecting polygon of 15 000 positions (~600 KB): under the body limit, so the geometry check must refuse it. */
const HUGE_BOWTIE = hugeSelfIntersectingPolygon(15_000)

/** Routes that end the caller's own session whatever they are sent: covered by tests/security/sessions.test.ts. */
const SESSION_ENDERS = new Set(['/api/auth/logout', '/api/auth/logout-all'])
const WRITES = new Set(['post', 'put', 'patch', 'delete'])

// The registry as createApp builds it; the first test checks the app serves exactly these.
const ROUTES = allRoutes(loadConfig()).filter((r) => !SESSION_ENDERS.has(r.path))
const WRITE_ROUTES = ROUTES.filter((r) => WRITES.has(r.method))
const READ_ROUTES = ROUTES.filter((r) => r.method === 'get' && (r.query || r.params))

const t = useSeededDb()
let app: TestApp
let fuzzer: TestSession
let samples: PathSamples
let watch: ChangeWatch

beforeAll(async () => {
  app = createTestApp(t.db)
  // One user holding every role: admin passes every permission, the others exercise role-specific branches.
  fuzzer = await app.as([...ROLES], 'fuzzer')
  const { rows } = await t.db.query<{ id: number }>("SELECT id FROM users WHERE username = 'fuzzer'")
  await app.createUser('victim', ['viewer'])
  samples = await samplePathParams(t.db, ROUTES, [Number(rows[0]!.id)])
  watch = watchChanges(t.db)
  await watch.reset()
})

/** Fails with every collected failure line (so one run reports all broken routes of a kind). */
function expectNoFailures(failures: string[]): void {
  expect(failures.filter(Boolean)).toEqual([])
}

async function expectStillUp(): Promise<void> {
  const health = await app.anon.get('/api/health')
  expect(health.status).toBe(200)
  expect((await fuzzer.get('/api/auth/me')).body.user?.username).toBe('fuzzer')
}

/** A query string from generated values: arrays repeat the key, objects become JSON text. */
function toQueryString(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `q=${encodeAny(String(value))}`
  const parts: string[] = []
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    for (const item of Array.isArray(v) ? v : [v]) {
      const text = typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item)
      parts.push(`${encodeAny(k)}=${encodeAny(text)}`)
    }
  }
  return parts.join('&')
}

/** Top-level properties of a schema whose type (or one of whose alternatives) is `type`. */
function keysOfType(schema: RouteDef['body'], type: 'string' | 'integer'): string[] {
  const js = toJsonSchema(schema)
  const isType = (p: JsonSchema): boolean => p.type === type || (p.anyOf ?? p.oneOf ?? []).some(isType)
  return Object.entries(js.properties ?? {}).filter(([, p]) => isType(p)).map(([k]) => k)
}

/** Values that broke databases before, by field type: NUL (PostgreSQL refuses it in text), lone
 * surrogates, SQL; integers just past PostgreSQL's int4 and JavaScript's safe range. */
const PROBES = {
  string: ['a\u0000b', '\uD800x', "'; DROP TABLE users; --", '<script>window.__xss=1</script>'],
  integer: [2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e15],
} as const

const hasFields = (route: RouteDef, type: 'string' | 'integer') =>
  keysOfType(route.body, type).length > 0 || keysOfType(route.query, type).length > 0

/** Puts each probe into each field of the type, in an otherwise plausible body or query, one at a time. */
async function probeFields(route: RouteDef, type: 'string' | 'integer'): Promise<string[]> {
  const failures: string[] = []
  const sample = (schema: RouteDef['body']) => schema
    ? fc.sample(schemaArbitrary(toJsonSchema(schema), { hostility: 0 }), { numRuns: 1, seed: SEED ?? 11 })[0] as Record<string, unknown>
    : {}
  const body = sample(route.body)
  const query = sample(route.query)
  // Queries carry only their required parameters and the probed one, so nothing else can refuse first.
  const required = Object.fromEntries((toJsonSchema(route.query).required ?? []).map((k) => [k, query[k]]))
  for (const [part, keys] of [['body', keysOfType(route.body, type)], ['query', keysOfType(route.query, type)]] as const) {
    for (const key of keys) {
      for (const value of PROBES[type]) {
        const b = part === 'body' ? { ...body, [key]: value } : body
        const q = part === 'query' ? { ...required, [key]: value } : query
        failures.push(await probe(fuzzer, route, watch, {
          label: `${part}.${key}=${JSON.stringify(value)}`, path: concretePath(route, samples), query: route.query ? toQueryString(q) : undefined,
          ...(route.body ? { contentType: 'application/json', body: JSON.stringify(b) } : {}),
        }, { readOnly: route.method === 'get' }))
      }
    }
  }
  return failures
}

describe('hostile input over the route registry', () => {
  it('covers the routes the app serves', () => {
    const served = createTestApp(t.db).app.locals.routes.map((r: RouteDef) => `${r.method} ${r.path}`)
    expect(ROUTES.map((r) => `${r.method} ${r.path}`)).toEqual(served.filter((s) => !SESSION_ENDERS.has(s.split(' ')[1]!)))
    expect(WRITE_ROUTES.length).toBeGreaterThan(10)
  })

  describe.each(WRITE_ROUTES.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', (_name, route) => {
    it('answers generated bodies, queries and path values with < 500 and problem+json; a refused write changes nothing', async () => {
      const failures: string[] = []
      const bodyArb = route.body ? schemaArbitrary(toJsonSchema(route.body)) : fc.constant(undefined)
      const queryArb = route.query ? schemaArbitrary(toJsonSchema(route.query)).map(toQueryString) : fc.constant(undefined)
      await runProperty(fc.asyncProperty(bodyArb, queryArb, async (body, query) => {
        const line = await probe(fuzzer, route, watch, {
          label: 'generated', path: concretePath(route, samples), query,
          ...(route.body ? { contentType: 'application/json', body: JSON.stringify(body) ?? 'null' } : {}),
        })
        failures.push(line)
        return line === ''
      }), FC, failures)
      if (pathParamNames(route).length > 0) {
        await runProperty(fc.asyncProperty(hostileString, async (value) => {
          const name = pathParamNames(route).at(-1)!
          const line = await probe(fuzzer, route, watch, {
            label: `path ${name}=${JSON.stringify(value.slice(0, 40))}`,
            path: concretePath(route, samples, { [name]: encodeAny(value) }),
            ...(route.body ? { contentType: 'application/json', body: '{}' } : {}),
          })
          failures.push(line)
          return line === ''
        }), { ...FC, numRuns: Math.ceil(RUNS / 3) }, failures)
      }
      expectNoFailures(failures)
      await expectStillUp()
    })

    it.runIf(route.body !== undefined)('refuses malformed requests with 4xx problem+json and changes nothing', async () => {
      const path = concretePath(route, samples)
      const failures: string[] = []
      for (const req of malformedJsonRequests(route, path)) failures.push(await probe(fuzzer, route, watch, req, { must4xx: true }))
      expectNoFailures(failures)
      await expectStillUp()
    })

    it.runIf(geometryKeys(route).length > 0)('refuses malformed GeoJSON in every geometry field', async () => {
      const path = concretePath(route, samples)
      const [base] = fc.sample(schemaArbitrary(toJsonSchema(route.body), { hostility: 0 }), { numRuns: 1, seed: SEED ?? 7 })
      const failures: string[] = []
      for (const key of geometryKeys(route)) {
        for (const geometry of [...MALFORMED_GEOMETRIES, HUGE_BOWTIE]) {
          const body = JSON.stringify({ ...(base as object), [key]: geometry })
          failures.push(await probe(fuzzer, route, watch, { label: `${key}=${JSON.stringify(geometry).slice(0, 80)}`, path, contentType: 'application/json', body }, { must4xx: true }))
        }
      }
      expectNoFailures(failures)
    })

    it.runIf(hasFields(route, 'string'))('answers NUL, lone surrogates and SQL in every text field without a 5xx', async () => {
      expectNoFailures(await probeFields(route, 'string'))
    })

    it.runIf(hasFields(route, 'integer'))('answers integers past int4 and the safe range in every integer field without a 5xx', async () => {
      expectNoFailures(await probeFields(route, 'integer'))
    })

    it.runIf(route.bodyKind === 'raw')('refuses wrong media types and garbage uploads without a 5xx', async () => {
      const path = concretePath(route, samples)
      const failures: string[] = []
      failures.push(await probe(fuzzer, route, watch, { label: 'json to an upload', path, contentType: 'application/json', body: '{"a":1}' }, { must4xx: true }))
      failures.push(await probe(fuzzer, route, watch, { label: 'html as upload', path, contentType: 'text/html', body: '<script>window.__xss=1</script>' }, { must4xx: true }))
      await runProperty(fc.asyncProperty(fc.constantFrom(...(route.consumes ?? ['application/octet-stream'])), fc.uint8Array({ maxLength: 4096 }), async (type, bytes) => {
        const line = await probe(fuzzer, route, watch, { label: `${bytes.length} random bytes as ${type}`, path, contentType: type, body: Buffer.from(bytes) })
        failures.push(line)
        return line === ''
      }), FC, failures)
      expectNoFailures(failures)
      await expectStillUp()
    })
  })

  describe.each(READ_ROUTES.map((r) => [`GET ${r.path}`, r] as const))('%s', (_name, route) => {
    it.runIf(hasFields(route, 'string'))('answers NUL, lone surrogates and SQL in every text parameter without a 5xx', async () => {
      expectNoFailures(await probeFields(route, 'string'))
    })

    it.runIf(hasFields(route, 'integer'))('answers integers past int4 and the safe range in every integer parameter without a 5xx', async () => {
      expectNoFailures(await probeFields(route, 'integer'))
    })

    it('answers generated queries and path values with < 500 and problem+json, and writes nothing', async () => {
      const failures: string[] = []
      const queryArb = route.query ? schemaArbitrary(toJsonSchema(route.query)).map(toQueryString) : fc.constant(undefined)
      const names = pathParamNames(route)
      const pathArb = names.length > 0
        ? fc.option(fc.tuple(fc.constantFrom(...names), hostileString), { freq: 3 })
        : fc.constant(null)
      await runProperty(fc.asyncProperty(queryArb, pathArb, async (query, hostilePath) => {
        const override = hostilePath ? { [hostilePath[0]]: encodeAny(hostilePath[1]) } : {}
        const line = await probe(fuzzer, route, watch, { label: `query ${query?.slice(0, 80)} ${JSON.stringify(override).slice(0, 60)}`, path: concretePath(route, samples, override), query }, { readOnly: true })
        failures.push(line)
        return line === ''
      }), FC, failures)
      // Reads never write: judge every answer as a refused write (nothing may change).
      expect(await watch.changedSince()).toEqual([])
      expectNoFailures(failures)
    })
  })
})
