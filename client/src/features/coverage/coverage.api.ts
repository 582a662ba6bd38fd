import { http } from '../../shared/http'

/** Covered / uncovered figures of one set of villages (as the server computes them). */
export interface CoverageStats {
  demandCount: number
  coveredCount: number
  uncoveredCount: number
  population: number
  coveredPopulation: number
  uncoveredPopulation: number
  populationUnknownCount: number
  countRate: number | null
  populationRate: number | null
}

export interface AreaCoverage {
  code: string
  name: string
  all: CoverageStats
  urban: CoverageStats
  rural: CoverageStats
}

export interface CoverageSummary {
  total: { all: CoverageStats; urban: CoverageStats; rural: CoverageStats }
  counties: (AreaCoverage & { townships: AreaCoverage[] })[]
}

export interface VillageCoverage {
  code: string
  name: string
  county_code: string
  county_name: string
  township_code: string
  township_name: string
  lng: number
  lat: number
  population: number | null
  aged_60: number | null
  urban_rural: 'urban' | 'rural' | null
  has_facility: boolean
  within_reach: boolean
  nearest_m: number | null
  nearest_id: string | null
}

export interface Headline { zh: string; en: string }

export interface CoverageReport {
  has_facility: { summary: CoverageSummary; headline: Headline }
  within_reach: { summary: CoverageSummary; headline: Headline }
  villages: VillageCoverage[]
}

export interface CoverageRun extends CoverageReport {
  scope_name: string
  supply_count: number
  road_lines: number
  timings_ms: { load: number; compute: number }
}

export interface SuggestedSite {
  rank: number
  lng: number
  lat: number
  township_code: string
  township_name: string | null
  village_code: string | null
  village_name: string | null
  gain: number
  gain_population: number
  covers: string[]
}

export interface Suggestion {
  sites: SuggestedSite[]
  solver: {
    solver: 'highs' | 'greedy'
    status: 'optimal' | 'time_limit' | 'heuristic'
    objective: number
    upperBound: number | null
    boundKind: string | null
    gap: number | null
    time_limit_s: number
    candidates: number
    demand_rows: number
  }
  unreachable_weight: number
  before: CoverageReport
  after: CoverageReport
}

export interface DeltaFigures {
  gainedCount: number
  lostCount: number
  gainedPopulation: number
  lostPopulation: number
  gained: string[]
  lost: string[]
}

export interface WhatIf {
  before: CoverageReport
  after: CoverageReport
  delta: { within_reach: DeltaFigures; has_facility: DeltaFigures }
}

/** Parameters shared by run, suggest and what-if (API names). */
export interface CoverageParams {
  types: string[]
  distance_m: number
  network: 'straight' | 'road'
  scope?: string | null
}

export interface SuggestParams extends CoverageParams {
  k: number
  candidates: 'villages' | 'grid'
  grid_m: number
  require_per_township: boolean
  weight: 'population' | 'aged60' | 'count'
  demand_class: 'all' | 'urban' | 'rural'
}

export interface WhatIfChanges {
  add: { type: string; lng: number; lat: number }[]
  move: { id: number; lng: number; lat: number }[]
  close: number[]
}

export interface CoverageOptions {
  presets: { id: string; metres: number }[]
  max_distance_m: number
  road_network: boolean
}

export interface SavedAnalysis {
  id: number
  name: string
  parameters: Record<string, unknown> & { kind: 'run' | 'suggest' | 'what_if' }
  results?: Record<string, unknown>
  headline_zh: string
  headline_en: string
  created_at: string
  created_by: string
  version: number
}

export const fetchCoverageOptions = () => http<CoverageOptions>('/api/coverage/options')
export const runCoverage = (p: CoverageParams) => http<CoverageRun>('/api/coverage/run', { method: 'POST', body: p })
export const suggestSites = (p: SuggestParams) => http<Suggestion>('/api/coverage/suggest', { method: 'POST', body: p })
export const whatIfCoverage = (p: CoverageParams & { changes: WhatIfChanges }) => http<WhatIf>('/api/coverage/what-if', { method: 'POST', body: p })
export const saveAnalysis = (body: { kind: SavedAnalysis['parameters']['kind']; name: string; parameters: object }) =>
  http<SavedAnalysis>('/api/coverage/analyses', { method: 'POST', body })
export const fetchAnalyses = () => http<{ items: SavedAnalysis[] }>('/api/coverage/analyses')
export const fetchAnalysis = (id: number) => http<SavedAnalysis>(`/api/coverage/analyses/${id}`)
export const deleteAnalysis = (id: number, version: number) => http<void>(`/api/coverage/analyses/${id}`, { method: 'DELETE', query: { version } })
export const analysisExportUrl = (id: number) => `/api/coverage/analyses/${id}/export`
