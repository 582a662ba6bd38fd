import { describe, expect, it } from 'vitest'
import { buildRoadGraph } from '../../../../../server/src/domain/coverage/roads/build-road-graph.ts'
import { offset } from '../builders.ts'

const pos = (e: number, n: number) => {
  const p = offset(e, n)
  return [p.lng, p.lat]
}

const edgeMetres = (g: ReturnType<typeof buildRoadGraph>) => Array.from(g.adjMetres).reduce((s, m) => s + m, 0) / 2

describe('buildRoadGraph', () => {
  it('splits a 1 km segment into 50 m pieces and keeps its length', () => {
    const g = buildRoadGraph([[pos(0, 0), pos(1000, 0)]])
    expect(g.lngs.length).toBe(21)
    expect(edgeMetres(g)).toBeCloseTo(1000, 3)
  })

  it('joins lines that share a vertex into one node', () => {
    const g = buildRoadGraph([[pos(0, 0), pos(40, 0)], [pos(40, 0), pos(40, 40)]])
    expect(g.lngs.length).toBe(3)
    const middle = 1
    expect(g.adjStart[middle + 1]! - g.adjStart[middle]!).toBe(2)
  })

  it('does not connect lines that merely cross (a bridge)', () => {
    const g = buildRoadGraph([[pos(-20, 0), pos(20, 0)], [pos(0, -20), pos(0, 20)]])
    expect(g.lngs.length).toBe(4)
    expect(g.adjTo.length).toBe(4)
  })

  it('is empty for no lines and ignores zero-length segments', () => {
    expect(buildRoadGraph([]).lngs.length).toBe(0)
    const g = buildRoadGraph([[pos(0, 0), pos(0, 0), pos(10, 0)]])
    expect(g.lngs.length).toBe(2)
    expect(g.adjTo.length).toBe(2)
  })
})
