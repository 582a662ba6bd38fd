import type { Snapped } from './snap-to-road.ts'

/**
 * Groups snapped sources by the edge they joined, for the same-edge shortcut (a village and a
 * facility on one edge reach each other directly along it).
 * @example sourcesByEdge({ edge: Int32Array.of(3, -1), t: …, metres: … }).get(3) // = [{ index: 0, t, metres }]
 */
export function sourcesByEdge(snapped: Snapped): Map<number, { index: number; t: number; metres: number }[]> {
  const byEdge = new Map<number, { index: number; t: number; metres: number }[]>()
  snapped.edge.forEach((e, index) => {
    if (e < 0) return
    const entry = { index, t: snapped.t[index]!, metres: snapped.metres[index]! }
    const list = byEdge.get(e)
    if (list) list.push(entry)
    else byEdge.set(e, [entry])
  })
  return byEdge
}
