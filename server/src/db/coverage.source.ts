import type { CoverageSource } from '../domain/coverage/coverage-source.ts'
import type { DemandPoint, SupplyPoint } from '../domain/coverage/coverage-types.ts'
import { classifyUrbanRural } from '../domain/coverage/classify-urban-rural.ts'
import { metresPerDegree } from '../domain/coverage/ellipsoidal-distance.ts'
import { divisionCodePrefix } from '../domain/facilities/division-code-prefix.ts'
import type { Queryable } from './db.ts'
import {
  SELECT_DEMAND, SELECT_GRID_CANDIDATES, SELECT_ROAD_LINES, SELECT_SCOPE_NAME, SELECT_SUPPLY, SELECT_TOWNSHIP_EXTENT,
} from './coverage.queries.ts'
import { locatePoint } from './facilities.registry.ts'
import { createLayerVersionCache } from './layer-version-cache.ts'

/** Most grid cells generated before the township test; a finer grid is refused (null). */
const MAX_GRID_CELLS = 200_000

interface DemandRow {
  code: string; name: string; lng: number; lat: number; population: number | null; aged_60: number | null
  urban_rural_code: string | null; township_code: string; township_name: string; county_code: string; county_name: string
}

interface SupplyRow { id: string; type: string; lng: number; lat: number; village_code: string | null; division_code: string }

const prefixOf = (scope: string | null) => (scope ? divisionCodePrefix(scope) : null)

/**
 * The database behind the coverage use cases.
 * @param q the database (or a transaction)
 * @returns a {@link CoverageSource}
 */
export function createCoverageSource(q: Queryable): CoverageSource {
  return {
    async demand(scope) {
      const { rows } = await q.query<DemandRow>(SELECT_DEMAND, [prefixOf(scope)])
      return rows.map((r): DemandPoint => ({
        code: r.code, name: r.name, lng: Number(r.lng), lat: Number(r.lat), population: r.population, aged60: r.aged_60,
        urbanRural: classifyUrbanRural(r.urban_rural_code), countyCode: r.county_code, countyName: r.county_name,
        townshipCode: r.township_code, townshipName: r.township_name,
      }))
    },
    async supply(types) {
      const { rows } = await q.query<SupplyRow>(SELECT_SUPPLY, [types])
      return rows.map((r): SupplyPoint => ({
        id: String(r.id), typeId: r.type, lng: Number(r.lng), lat: Number(r.lat), villageCode: r.village_code, townshipCode: r.division_code,
      }))
    },
    async roads(bbox) {
      const { rows } = await q.query<{ coordinates: number[][] }>(SELECT_ROAD_LINES, [...bbox])
      return rows.map((r) => r.coordinates)
    },
    async locate(lng, lat) {
      const at = await locatePoint(q, lng, lat)
      return at ? { divisionCode: at.division_code, villageCode: at.village_code } : null
    },
    async scopeName(scope) {
      const { rows } = await q.query<{ name: string }>(SELECT_SCOPE_NAME, [scope])
      return rows[0]?.name ?? ''
    },
    async gridCandidates(scope, spacingMetres) {
      const { rows: [extent] } = await q.query<{ w: number | null; s: number; e: number; n: number }>(SELECT_TOWNSHIP_EXTENT, [prefixOf(scope)])
      if (!extent || extent.w === null) return []
      const [mx, my] = metresPerDegree((Number(extent.s) + Number(extent.n)) / 2)
      const dLng = spacingMetres / mx
      const dLat = spacingMetres / my
      const cols = Math.floor((Number(extent.e) - Number(extent.w)) / dLng)
      const rowsN = Math.floor((Number(extent.n) - Number(extent.s)) / dLat)
      if ((cols + 1) * (rowsN + 1) > MAX_GRID_CELLS) return null
      const { rows } = await q.query<{ lng: number; lat: number; township_code: string }>(SELECT_GRID_CANDIDATES, [
        prefixOf(scope), Number(extent.w) + dLng / 2, Number(extent.s) + dLat / 2, dLng, dLat, cols, rowsN,
      ])
      return rows.map((r) => ({ lng: Number(r.lng), lat: Number(r.lat), townshipCode: r.township_code }))
    },
  }
}

/** Scopes (or type sets) remembered per database; the least recently used is dropped beyond this. */
const MAX_CACHED_LISTS = 16
const demandCache = createLayerVersionCache<DemandPoint[]>(MAX_CACHED_LISTS)
const supplyCache = createLayerVersionCache<SupplyPoint[]>(MAX_CACHED_LISTS)

/** The list and its points frozen: cached lists are shared by every caller. */
function frozen<T extends object>(list: T[]): T[] {
  for (const item of list) Object.freeze(item)
  return Object.freeze(list) as T[]
}

/**
 * The coverage source of the API: demand (villages) and supply (facilities) are read from the database once
 * per data version of their table (`layer_versions`, bumped by every write) and kept, frozen, in memory; a
 * planner's next analysis, site suggestion or what-if on the same data costs one version lookup instead of
 * loading 100,000 villages again. Any write to divisions or facilities makes the next call reload.
 * @param db the database (not a transaction: the cache outlives it)
 * @returns a {@link CoverageSource}
 */
export function createCachedCoverageSource(db: Queryable): CoverageSource {
  const source = createCoverageSource(db)
  return {
    ...source,
    demand: (scope) => demandCache.get(db, 'divisions', scope ?? '*', () => source.demand(scope).then(frozen)),
    supply: (types) => supplyCache.get(db, 'facilities', [...types].sort().join(','), () => source.supply(types).then(frozen)),
  }
}
