import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildRoadGraph } from '../../../../../server/src/domain/coverage/roads/build-road-graph.ts'
import { computeNetworkReach } from '../../../../../server/src/domain/coverage/roads/compute-network-reach.ts'
import { findNetworkCoverers } from '../../../../../server/src/domain/coverage/roads/find-network-coverers.ts'
import { computeWithinReach } from '../../../../../server/src/domain/coverage/compute-within-reach.ts'
import { ellipsoidalDistance } from '../../../../../server/src/domain/coverage/ellipsoidal-distance.ts'
import { createDemand, createSupply, offset } from '../builders.ts'

const pos = (e: number, n: number) => {
  const p = offset(e, n)
  return [p.lng, p.lat]
}

/** An L-shaped road: 1 km east, then 1 km north. The facility sits at its start. */
const road = buildRoadGraph([[pos(0, 0), pos(1000, 0), pos(1000, 1000)]])
const facility = createSupply('f', offset(0, 0))

describe('computeNetworkReach', () => {
  it('measures along the road: 1,600 m by road where the straight line is 1,166 m', () => {
    const demand = [createDemand('v', offset(1000, 600))]
    expect(computeWithinReach(demand, [facility], 1200)[0]!.covered).toBe(true)
    expect(computeNetworkReach(demand, [facility], road, 1200)[0]!.covered).toBe(false)
    const r = computeNetworkReach(demand, [facility], road, 1700)[0]!
    expect(r.covered).toBe(true)
    expect(r.nearestMetres).toBeCloseTo(1600, 0)
    expect(r.nearestId).toBe('f')
  })

  it('adds the walk from a village to the road', () => {
    const r = computeNetworkReach([createDemand('v', offset(1030, 600))], [facility], road, 2000)[0]!
    expect(r.nearestMetres).toBeCloseTo(1630, 0)
  })

  it('goes straight along the edge when the village and the facility share it', () => {
    const r = computeNetworkReach([createDemand('v', offset(40, 5))], [createSupply('g', offset(10, -5))], road, 1000)[0]!
    expect(r.nearestMetres).toBeCloseTo(40, 3)
  })

  it('does not cover a village on a road not connected to the facility', () => {
    const twoRoads = buildRoadGraph([[pos(0, 0), pos(500, 0)], [pos(600, 0), pos(900, 0)]])
    expect(computeNetworkReach([createDemand('v', offset(700, 0))], [facility], twoRoads, 5000)[0]!.covered).toBe(false)
  })

  it('covers nothing on an empty network', () => {
    expect(computeNetworkReach([createDemand('v', offset(10, 0))], [facility], buildRoadGraph([]), 1000)[0]!.covered).toBe(false)
  })

  it('is never shorter than the straight line and agrees with findNetworkCoverers', () => {
    const grid: number[][][] = []
    for (let k = 0; k <= 4; k += 1) {
      grid.push([pos(0, k * 500), pos(2000, k * 500)])
      grid.push([pos(k * 500, 0), pos(k * 500, 2000)])
    }
    // Streets cross at shared vertices only where both list them; add the crossings explicitly.
    const lines = grid.flatMap((l) => {
      const [a, b] = l as [number[], number[]]
      return Array.from({ length: 4 }, (_, s) => [
        [a[0]! + ((b[0]! - a[0]!) * s) / 4, a[1]! + ((b[1]! - a[1]!) * s) / 4],
        [a[0]! + ((b[0]! - a[0]!) * (s + 1)) / 4, a[1]! + ((b[1]! - a[1]!) * (s + 1)) / 4],
      ])
    })
    const graph = buildRoadGraph(lines)
    const xy = fc.record({ e: fc.integer({ min: -100, max: 2100 }), n: fc.integer({ min: -100, max: 2100 }) })
    fc.assert(
      fc.property(fc.array(xy, { minLength: 1, maxLength: 6 }), fc.array(xy, { minLength: 1, maxLength: 4 }), fc.integer({ min: 100, max: 3000 }), (ds, ss, radius) => {
        const demand = ds.map((p, i) => createDemand(`d${i}`, offset(p.e, p.n)))
        const supply = ss.map((p, i) => createSupply(`s${i}`, offset(p.e, p.n)))
        const reach = computeNetworkReach(demand, supply, graph, radius)
        const coverers = findNetworkCoverers(demand, supply, graph, radius)
        reach.forEach((r, i) => {
          expect(r.covered).toBe(coverers[i]!.length > 0)
          if (r.covered) {
            const s = supply.find((x) => x.id === r.nearestId)!
            expect(r.nearestMetres!).toBeGreaterThanOrEqual(ellipsoidalDistance(demand[i]!.lng, demand[i]!.lat, s.lng, s.lat) - 1e-6)
            expect(r.nearestMetres!).toBeLessThanOrEqual(radius)
          }
        })
      }),
      { numRuns: 150 },
    )
  })
})
