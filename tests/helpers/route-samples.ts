import type { Queryable } from '../../server/src/db/db.ts'
import type { RouteDef } from '../../server/src/http/route.ts'

/**
 * Which table an `:id`-like path parameter points into, by route prefix (longest prefix wins).
 * A route not listed here gets `1`, which is still a well-formed request: the tests stay generic
 * over the route registry, this table only makes more requests reach a real row.
 */
const ID_TABLES: [prefix: string, param: string, table: string][] = [
  ['/api/admin/users', 'id', 'users'],
  ['/api/places', 'id', 'place_names'],
  ['/api/places', 'aliasId', 'place_name_aliases'],
  ['/api/naming/proposals', 'id', 'naming_proposals'],
  ['/api/naming/decisions', 'id', 'naming_decisions'],
  ['/api/naming/announcements', 'id', 'naming_announcements'],
  ['/api/notices', 'id', 'notice_batches'],
  ['/api/notices', 'opinionId', 'notice_opinions'],
  ['/api/public/notices', 'id', 'notice_batches'],
  ['/api/facilities', 'id', 'facilities'],
  ['/api/coverage/analyses', 'id', 'coverage_analyses'],
  ['/api/boundaries/lines', 'id', 'boundary_lines'],
  ['/api/boundaries/lines', 'revisionId', 'boundary_line_revisions'],
  ['/api/boundaries/markers', 'id', 'boundary_markers'],
  ['/api/boundaries/markers', 'photoId', 'boundary_marker_photos'],
]

/** Fixed values for non-id parameters (a township over Xianning, a tile over the city). */
const FIXED: Record<string, string> = {
  code: '421202001000', fontstack: 'Noto Sans Regular', range: '0-255', layer: 'divisions',
  z: '8', x: '211', y: '105', collectionId: 'divisions', featureId: '1', ruleSetId: 'default',
}

/** Values found in the database for the parameters of each route. */
export type PathSamples = Map<string, string>

async function firstId(db: Queryable, table: string, avoid: number[]): Promise<string | null> {
  try {
    const { rows } = await db.query<{ id: number }>(`SELECT id FROM ${table} WHERE NOT (id = ANY($1::bigint[])) ORDER BY id LIMIT 1`, [avoid])
    return rows[0] ? String(rows[0].id) : null
  } catch {
    return null
  }
}

/**
 * Looks up an existing row for every parameterised route, so fuzzed requests reach handlers.
 * @param avoidUserIds users the caller must not edit (the fuzzing session itself).
 */
export async function samplePathParams(db: Queryable, routes: readonly RouteDef[], avoidUserIds: number[] = []): Promise<PathSamples> {
  const samples: PathSamples = new Map()
  for (const r of routes) {
    for (const [, name] of r.path.matchAll(/:([A-Za-z0-9_]+)/g)) {
      const key = `${r.path}:${name}`
      const entry = ID_TABLES.filter(([prefix, param]) => r.path.startsWith(prefix) && param === name)
        .sort((a, b) => b[0].length - a[0].length)[0]
      const found = entry ? await firstId(db, entry[2], entry[2] === 'users' ? avoidUserIds : []) : null
      samples.set(key, found ?? FIXED[name!] ?? '1')
    }
  }
  return samples
}

/**
 * The route's path with parameters filled: from `override` (already URL-encoded) first, then the samples.
 * @example concretePath({ path: '/api/places/:id' }, samples) // = '/api/places/17'
 */
export function concretePath(route: Pick<RouteDef, 'path'>, samples: PathSamples, override: Record<string, string> = {}): string {
  return route.path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) =>
    override[name] ?? encodeURIComponent(samples.get(`${route.path}:${name}`) ?? FIXED[name] ?? '1'))
}

/** The path parameter names of a route. */
export function pathParamNames(route: Pick<RouteDef, 'path'>): string[] {
  return [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!)
}
