import { FACILITY_TYPES } from '../facilities/facility-types.ts'
import type { CoverageRequest } from './coverage-request.ts'
import type { DemandPoint } from './coverage-types.ts'
import type { Measured } from './measure-coverage.ts'
import { summarizeCoverage, type CoverageSummary } from './summarize-coverage.ts'
import { formatCoverageHeadline } from './format-coverage-headline.ts'

/** One village/community in a report, with both measures (API vocabulary: snake_case). */
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

/** Both measures summarised, with quotable headlines. */
export interface CoverageReport {
  has_facility: { summary: CoverageSummary; headline: { zh: string; en: string } }
  within_reach: { summary: CoverageSummary; headline: { zh: string; en: string } }
  villages: VillageCoverage[]
}

/**
 * Summarises measured coverage into the report shape the API, the saved analyses and the XLSX
 * export share.
 * @param demand villages and communities
 * @param measured both measures, same order
 * @param request the parameters (types and distance go into the headline)
 * @param scopeName e.g. 咸宁市
 */
export function coverageReport(demand: readonly DemandPoint[], measured: Measured, request: CoverageRequest, scopeName: string): CoverageReport {
  const types = FACILITY_TYPES.filter((t) => request.types.includes(t.id))
  const typeLabels = { zh: types.map((t) => t.zh), en: types.map((t) => t.en) }
  const scope = { zh: scopeName, en: scopeName }
  const has = summarizeCoverage(demand, measured.hasFacility)
  const reach = summarizeCoverage(demand, measured.withinReach)
  return {
    has_facility: { summary: has, headline: formatCoverageHeadline(has, { measure: 'has_facility', typeLabels, scopeName: scope }) },
    within_reach: {
      summary: reach,
      headline: formatCoverageHeadline(reach, { measure: 'within_reach', radiusMetres: request.distanceMetres, typeLabels, scopeName: scope }),
    },
    villages: demand.map((d, i) => ({
      code: d.code, name: d.name, county_code: d.countyCode, county_name: d.countyName, township_code: d.townshipCode,
      township_name: d.townshipName, lng: d.lng, lat: d.lat, population: d.population, aged_60: d.aged60, urban_rural: d.urbanRural,
      has_facility: measured.hasFacility[i]!.covered, within_reach: measured.withinReach[i]!.covered,
      nearest_m: measured.withinReach[i]!.nearestMetres === null ? null : Math.round(measured.withinReach[i]!.nearestMetres! * 10) / 10,
      nearest_id: measured.withinReach[i]!.nearestId,
    })),
  }
}
