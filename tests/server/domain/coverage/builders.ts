import type { DemandPoint, SupplyPoint } from '../../../../server/src/domain/coverage/coverage-types.ts'
import { metresPerDegree } from '../../../../server/src/domain/coverage/ellipsoidal-distance.ts'

/** Origin of the hand-made fixtures: Xianning city centre. */
export const ORIGIN = { lng: 114.3, lat: 29.85 }

/**
 * A point `east` and `north` metres from the origin: its ellipsoidal distance to the origin is
 * √(east² + north²) to well under a millimetre, so fixtures can be computed by hand.
 */
export function offset(east: number, north: number): { lng: number; lat: number } {
  let lat = ORIGIN.lat
  for (let i = 0; i < 3; i += 1) lat = ORIGIN.lat + north / metresPerDegree((ORIGIN.lat + lat) / 2)[1]
  return { lng: ORIGIN.lng + east / metresPerDegree((ORIGIN.lat + lat) / 2)[0], lat }
}

/** A demand point with defaults; override what the test cares about. */
export function createDemand(code: string, overrides: Partial<DemandPoint> = {}): DemandPoint {
  return {
    code,
    name: `村${code}`,
    ...ORIGIN,
    population: 100,
    aged60: null,
    urbanRural: 'rural',
    countyCode: '421202',
    countyName: '咸安区',
    townshipCode: '421202100',
    townshipName: '横沟桥镇',
    ...overrides,
  }
}

/** A supply point with defaults. */
export function createSupply(id: string, overrides: Partial<SupplyPoint> = {}): SupplyPoint {
  return { id, typeId: 'rural_mutual_aid_centre', ...ORIGIN, villageCode: null, townshipCode: null, ...overrides }
}
