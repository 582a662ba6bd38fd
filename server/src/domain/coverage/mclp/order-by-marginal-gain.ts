import type { McLpInstance } from './mclp-types.ts'
import { candidateRows } from './candidate-rows.ts'

/**
 * Orders a chosen set of sites greedily by the weight each adds on top of those before it,
 * so the report can say "site 1 adds 3,200 people, site 2 adds 1,100 …". Sites that add nothing
 * are dropped unless `keep` says they are required (a township group's only site).
 * @param instance the instance
 * @param chosen candidate indices
 * @param keep candidates that must stay even with zero gain
 * @returns sites with their marginal gains, largest first
 * @example orderByMarginalGain(inst, [3, 1], new Set()) // = [{ candidate: 1, gain: 50 }, { candidate: 3, gain: 20 }]
 */
export function orderByMarginalGain(
  instance: McLpInstance,
  chosen: readonly number[],
  keep: ReadonlySet<number>,
): { candidate: number; gain: number }[] {
  const byCandidate = candidateRows(instance)
  const covered = new Uint8Array(instance.rows.length)
  const remaining = [...new Set(chosen)].sort((a, b) => a - b)
  const sites: { candidate: number; gain: number }[] = []
  while (remaining.length) {
    let bestPos = 0
    let bestGain = -1
    remaining.forEach((j, pos) => {
      let gain = 0
      for (const r of byCandidate[j]!) if (!covered[r]) gain += instance.rows[r]!.weight
      if (gain > bestGain) {
        bestGain = gain
        bestPos = pos
      }
    })
    const [j] = remaining.splice(bestPos, 1) as [number]
    for (const r of byCandidate[j]!) covered[r] = 1
    if (bestGain > 0 || keep.has(j)) sites.push({ candidate: j, gain: bestGain })
  }
  return sites
}
