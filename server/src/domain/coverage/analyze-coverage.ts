import type { CoverageSource } from './coverage-source.ts'
import { NoRoadNetwork, type CoverageRequest } from './coverage-request.ts'
import { loadCoverageInputs } from './load-coverage-inputs.ts'
import { measureCoverage } from './measure-coverage.ts'
import { coverageReport, type CoverageReport } from './coverage-report.ts'

/** A coverage run: the report plus what it was computed from. */
export interface CoverageRun extends CoverageReport {
  scope_name: string
  supply_count: number
  road_lines: number
  timings_ms: { load: number; compute: number }
}

/** Result of {@link analyzeCoverage}: bad data is a value. */
export type CoverageRunResult = { valid: true; run: CoverageRun } | { valid: false; reason: string; detail: string }

/**
 * Runs both coverage measures for the chosen facility types over the scope.
 * @param source storage
 * @param request types, distance, network mode, scope
 * @returns the run, or `no_road_network` when road distances are asked where no roads are loaded
 */
export async function analyzeCoverage(source: CoverageSource, request: CoverageRequest): Promise<CoverageRunResult> {
  const t0 = performance.now()
  const inputs = await loadCoverageInputs(source, request)
  if (request.network === 'road' && inputs.roadLines === 0) {
    return { valid: false, reason: NoRoadNetwork, detail: 'No road lines are loaded in this area; use straight-line distance.' }
  }
  const t1 = performance.now()
  const measured = measureCoverage(inputs.demand, inputs.supply, request.distanceMetres, inputs.graph)
  const report = coverageReport(inputs.demand, measured, request, inputs.scopeName)
  const t2 = performance.now()
  return {
    valid: true,
    run: {
      ...report, scope_name: inputs.scopeName, supply_count: inputs.supply.length, road_lines: inputs.roadLines,
      timings_ms: { load: Math.round(t1 - t0), compute: Math.round(t2 - t1) },
    },
  }
}
