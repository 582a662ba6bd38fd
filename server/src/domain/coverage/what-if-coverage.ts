import type { CoverageSource } from './coverage-source.ts'
import { NoRoadNetwork, type CoverageRequest } from './coverage-request.ts'
import type { SupplyPoint } from './coverage-types.ts'
import { loadCoverageInputs } from './load-coverage-inputs.ts'
import { measureCoverage } from './measure-coverage.ts'
import { coverageReport, type CoverageReport } from './coverage-report.ts'
import { applyWhatIf } from './apply-what-if.ts'
import { computeCoverageDelta, type CoverageDelta } from './compute-coverage-delta.ts'

/** Hypothetical changes as the planner makes them on the map. */
export interface WhatIfRequest extends CoverageRequest {
  changes: {
    add: { type: string; lng: number; lat: number; name?: string }[]
    move: { id: string; lng: number; lat: number }[]
    close: string[]
  }
}

/** Failure reasons of {@link whatIfCoverage}. */
export const OutsideEveryDivision = 'outside_every_division'
export const TypeNotInSupply = 'type_not_in_supply'

/** Before, after and the difference. */
export interface WhatIf {
  before: CoverageReport
  after: CoverageReport
  delta: { within_reach: Omit<CoverageDelta, 'changes'>; has_facility: Omit<CoverageDelta, 'changes'> }
}

const withoutChanges = ({ changes: _c, ...rest }: CoverageDelta) => rest

/**
 * Coverage before and after adding, moving and closing facilities (nothing is stored).
 * Added and moved points are located in divisions like real facilities.
 * @returns the comparison, or why the changes cannot be applied
 */
export async function whatIfCoverage(
  source: CoverageSource, request: WhatIfRequest,
): Promise<{ valid: true; whatIf: WhatIf } | { valid: false; reason: string; detail: string }> {
  const badType = request.changes.add.find((a) => !request.types.includes(a.type))
  if (badType) return { valid: false, reason: TypeNotInSupply, detail: `added type ${badType.type} is not among the analysed types` }
  const inputs = await loadCoverageInputs(source, request)
  if (request.network === 'road' && inputs.roadLines === 0) {
    return { valid: false, reason: NoRoadNetwork, detail: 'No road lines are loaded in this area; use straight-line distance.' }
  }
  const locateAll = (points: { lng: number; lat: number }[]) => Promise.all(points.map((p) => source.locate(p.lng, p.lat)))
  const [addAt, moveAt] = await Promise.all([locateAll(request.changes.add), locateAll(request.changes.move)])
  const outside = [...addAt, ...moveAt].findIndex((at) => at === null)
  if (outside >= 0) return { valid: false, reason: OutsideEveryDivision, detail: 'a changed facility lies outside every division' }
  const add: SupplyPoint[] = request.changes.add.map((a, i) => ({
    id: `what-if-${i + 1}`, typeId: a.type, lng: a.lng, lat: a.lat, villageCode: addAt[i]!.villageCode, townshipCode: addAt[i]!.divisionCode,
  }))
  const move = request.changes.move.map((m, i) => ({ ...m, villageCode: moveAt[i]!.villageCode, townshipCode: moveAt[i]!.divisionCode }))
  const applied = applyWhatIf(inputs.supply, { add, move, close: request.changes.close })
  if (!applied.valid) return { valid: false, reason: applied.reason, detail: `unknown or inactive facilities: ${applied.ids.join(', ')}` }
  const before = measureCoverage(inputs.demand, inputs.supply, request.distanceMetres, inputs.graph)
  const after = measureCoverage(inputs.demand, applied.supply, request.distanceMetres, inputs.graph)
  return {
    valid: true,
    whatIf: {
      before: coverageReport(inputs.demand, before, request, inputs.scopeName),
      after: coverageReport(inputs.demand, after, request, inputs.scopeName),
      delta: {
        within_reach: withoutChanges(computeCoverageDelta(inputs.demand, before.withinReach, after.withinReach)),
        has_facility: withoutChanges(computeCoverageDelta(inputs.demand, before.hasFacility, after.hasFacility)),
      },
    },
  }
}
