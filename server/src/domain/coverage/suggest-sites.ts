import type { CoverageSource } from './coverage-source.ts'
import { NoRoadNetwork, type CoverageRequest } from './coverage-request.ts'
import type { DemandPoint, SupplyPoint } from './coverage-types.ts'
import { loadCoverageInputs } from './load-coverage-inputs.ts'
import { measureCoverage } from './measure-coverage.ts'
import { coverageReport, type CoverageReport } from './coverage-report.ts'
import { findCoverers } from './mclp/find-coverers.ts'
import { findNetworkCoverers } from './roads/find-network-coverers.ts'
import { buildMclpInstance } from './mclp/build-mclp-instance.ts'
import { validateMclpRequest } from './mclp/validate-mclp-request.ts'
import { solveMclp } from './mclp/solve-mclp.ts'
import type { McLpResult } from './mclp/mclp-types.ts'

/** An MCLP request: the coverage parameters plus how many sites, where from, and what to maximise. */
export interface SuggestRequest extends CoverageRequest {
  k: number
  candidates: 'villages' | 'grid'
  gridMetres: number
  requirePerTownship: boolean
  weight: 'population' | 'aged60' | 'count'
  /** Only this class of demand counts (rural mutual-aid centres serve villages, urban centres communities). */
  demandClass: 'all' | 'urban' | 'rural'
  timeLimitSeconds: number
}

/** A candidate site. */
interface Candidate {
  lng: number
  lat: number
  townshipCode: string
  villageCode: string | null
}

/** One suggested site with what it adds. */
export interface SuggestedSite {
  rank: number
  lng: number
  lat: number
  township_code: string
  township_name: string | null
  village_code: string | null
  village_name: string | null
  /** Weight it adds (population, aged 60+ or places, per the request). */
  gain: number
  gain_population: number
  /** Villages/communities it newly brings within reach. */
  covers: string[]
}

/** The answer: sites, solver report, coverage before and after. */
export interface Suggestion {
  sites: SuggestedSite[]
  solver: Omit<McLpResult, 'sites'> & { time_limit_s: number; candidates: number; demand_rows: number }
  unreachable_weight: number
  before: CoverageReport
  after: CoverageReport
}

/** Most candidate sites offered to the MCLP. */
export const MAX_CANDIDATES = 20_000

/** Failure reason when the grid is too fine. */
export const GridTooFine = 'grid_too_fine'

const weightOf = (d: DemandPoint, mode: SuggestRequest['weight'], only: SuggestRequest['demandClass']): number =>
  only !== 'all' && d.urbanRural !== only ? 0 : mode === 'count' ? 1 : mode === 'aged60' ? d.aged60 ?? 0 : d.population ?? 0

function requiredGroups(demand: readonly DemandPoint[], supply: readonly SupplyPoint[], candidates: readonly Candidate[]) {
  const served = new Set(supply.map((s) => s.townshipCode))
  const townships = [...new Set(demand.map((d) => d.townshipCode))].filter((t) => !served.has(t))
  return townships.map((code) => ({ code, candidates: candidates.flatMap((c, j) => (c.townshipCode === code ? [j] : [])) }))
}

/**
 * Suggests k new sites maximising the weight newly brought within reach, keeping existing
 * facilities fixed (MCLP; HiGHS when small enough, greedy beyond), optionally one in every
 * township that has none.
 * @returns the suggestion, or why the request cannot be answered (k too large, no roads, …)
 */
export async function suggestSites(
  source: CoverageSource, request: SuggestRequest,
): Promise<{ valid: true; suggestion: Suggestion } | { valid: false; reason: string; detail: string }> {
  const inputs = await loadCoverageInputs(source, request)
  if (request.network === 'road' && inputs.roadLines === 0) {
    return { valid: false, reason: NoRoadNetwork, detail: 'No road lines are loaded in this area; use straight-line distance.' }
  }
  const { demand, supply, graph } = inputs
  const grid = request.candidates === 'grid' ? await source.gridCandidates(request.scope, request.gridMetres) : []
  if (grid === null || grid.length > MAX_CANDIDATES) {
    return { valid: false, reason: GridTooFine, detail: `a ${request.gridMetres} m grid gives more than ${MAX_CANDIDATES} candidate sites; use a coarser grid` }
  }
  const candidates: Candidate[] = request.candidates === 'villages'
    ? demand.map((d) => ({ lng: d.lng, lat: d.lat, townshipCode: d.townshipCode, villageCode: d.code }))
    : grid.map((g) => ({ ...g, villageCode: null }))
  // Only townships with demand of the served class must get a site (a 街道 needs no rural centre).
  const served = demand.filter((d) => request.demandClass === 'all' || d.urbanRural === request.demandClass)
  const groups = request.requirePerTownship ? requiredGroups(served, supply, candidates) : []
  const check = validateMclpRequest(request.k, candidates.length, groups)
  if (!check.valid) return check
  const before = measureCoverage(demand, supply, request.distanceMetres, graph)
  const coverers = graph
    ? findNetworkCoverers(demand, candidates, graph, request.distanceMetres)
    : findCoverers(demand, candidates, request.distanceMetres)
  const built = buildMclpInstance({
    weights: demand.map((d) => weightOf(d, request.weight, request.demandClass)), coveredByExisting: before.withinReach.map((c) => c.covered),
    coverers, candidateCount: candidates.length, k: request.k, groups: groups.map((g) => g.candidates),
  })
  const result = await solveMclp(built.instance, { timeLimitSeconds: request.timeLimitSeconds })
  const located = await Promise.all(result.sites.map(async ({ candidate }) => {
    const c = candidates[candidate]!
    return c.villageCode ? c : { ...c, villageCode: (await source.locate(c.lng, c.lat))?.villageCode ?? null }
  }))
  const added: SupplyPoint[] = located.map((c, i) => ({ id: `new-${i + 1}`, typeId: request.types[0]!, lng: c.lng, lat: c.lat, villageCode: c.villageCode, townshipCode: c.townshipCode }))
  const after = measureCoverage(demand, [...supply, ...added], request.distanceMetres, graph)
  const byCode = new Map(demand.map((d) => [d.code, d]))
  const claimed = new Set<number>()
  const sites = result.sites.map(({ candidate, gain }, i) => {
    const covers = demand.flatMap((d, di) => (!before.withinReach[di]!.covered && !claimed.has(di) && coverers[di]!.includes(candidate) ? [di] : []))
    covers.forEach((di) => claimed.add(di))
    const c = located[i]!
    const township = demand.find((d) => d.townshipCode === c.townshipCode)
    return {
      rank: i + 1, lng: c.lng, lat: c.lat, township_code: c.townshipCode, township_name: township?.townshipName ?? null,
      village_code: c.villageCode, village_name: c.villageCode ? byCode.get(c.villageCode)?.name ?? null : null,
      gain, gain_population: covers.reduce((s, di) => s + (demand[di]!.population ?? 0), 0), covers: covers.map((di) => demand[di]!.code),
    }
  })
  const { sites: _s, ...solver } = result
  return {
    valid: true,
    suggestion: {
      sites,
      solver: { ...solver, time_limit_s: request.timeLimitSeconds, candidates: candidates.length, demand_rows: built.instance.rows.length },
      unreachable_weight: built.unreachableWeight,
      before: coverageReport(demand, before, request, inputs.scopeName),
      after: coverageReport(demand, after, request, inputs.scopeName),
    },
  }
}
