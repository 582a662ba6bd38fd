import type { DemandCoverage, DemandPoint, SupplyPoint } from './coverage-types.ts'

/**
 * The bureau's measure: a community or village is covered when a facility lies within it
 * (the facility's village code equals the demand's code).
 * @param demand villages and communities
 * @param supply facilities with the village they belong to
 * @returns one {@link DemandCoverage} per demand point, in input order (distances are null)
 * @example computeHasFacility([village('A')], [facility({ villageCode: 'A' })])[0].covered // = true
 */
export function computeHasFacility(demand: readonly DemandPoint[], supply: readonly SupplyPoint[]): DemandCoverage[] {
  const firstByVillage = new Map<string, string>()
  for (const facility of supply) {
    if (facility.villageCode !== null && !firstByVillage.has(facility.villageCode)) {
      firstByVillage.set(facility.villageCode, facility.id)
    }
  }
  return demand.map((point) => {
    const id = firstByVillage.get(point.code) ?? null
    return { covered: id !== null, nearestMetres: null, nearestId: id }
  })
}
