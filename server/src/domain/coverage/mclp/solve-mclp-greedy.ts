import type { McLpInstance } from './mclp-types.ts'
import { candidateRows } from './candidate-rows.ts'

/** Greedy answer with a valid upper bound on the optimum. */
export interface GreedyOutcome {
  selected: number[]
  objective: number
  /** min over checkpoints S of f(S) + sum of the k−|S|… top marginal gains w.r.t. S (submodularity). */
  upperBound: number
}

function gainsOf(instance: McLpInstance, byCandidate: number[][], covered: Uint8Array): Float64Array {
  const gains = new Float64Array(instance.candidateCount)
  byCandidate.forEach((rows, j) => {
    let g = 0
    for (const r of rows) if (!covered[r]) g += instance.rows[r]!.weight
    gains[j] = g
  })
  return gains
}

/** f(S) + sum of the k largest gains w.r.t. S bounds every solution of size ≤ k (Nemhauser–Wolsey). */
function boundAt(instance: McLpInstance, byCandidate: number[][], covered: Uint8Array, value: number): number {
  const gains = Array.from(gainsOf(instance, byCandidate, covered)).sort((a, b) => b - a)
  return value + gains.slice(0, instance.k).reduce((s, g) => s + g, 0)
}

/**
 * Greedy MCLP: first one best site per required group, then lazy greedy (CELF) by marginal covered
 * weight until k sites or nothing left to gain. Deterministic (ties broken by candidate index), so
 * the answer is reproducible. Guarantees ≥ (1 − 1/e) of the optimum without groups.
 * @param instance a validated instance (groups.length ≤ k, no empty group)
 * @returns the selection, its covered weight and an upper bound on the optimum
 */
export function solveMclpGreedy(instance: McLpInstance): GreedyOutcome {
  const byCandidate = candidateRows(instance)
  const covered = new Uint8Array(instance.rows.length)
  const selected: number[] = []
  let value = 0
  const take = (j: number): void => {
    selected.push(j)
    for (const r of byCandidate[j]!) {
      if (!covered[r]) {
        covered[r] = 1
        value += instance.rows[r]!.weight
      }
    }
  }
  let upperBound = boundAt(instance, byCandidate, covered, 0)
  const open = instance.groups.map((g) => new Set(g))
  while (open.some((g) => g.size > 0 && ![...g].some((j) => selected.includes(j)))) {
    const gains = gainsOf(instance, byCandidate, covered)
    let best = -1
    for (const group of open) {
      if ([...group].some((j) => selected.includes(j))) continue
      for (const j of group) if (best < 0 || gains[j]! > gains[best]! || (gains[j] === gains[best] && j < best)) best = j
    }
    take(best)
  }
  // CELF: stale gains only shrink (submodular), so a popped gain that is still current is the best.
  const gains = gainsOf(instance, byCandidate, covered)
  const chosen = new Set(selected)
  const heap = [...gains.keys()].filter((j) => !chosen.has(j) && gains[j]! > 0).sort((a, b) => gains[b]! - gains[a]! || a - b)
  while (selected.length < instance.k && heap.length) {
    const j = heap[0]!
    let g = 0
    for (const r of byCandidate[j]!) if (!covered[r]) g += instance.rows[r]!.weight
    if (g === gains[j]) {
      heap.shift()
      if (g > 0) take(j)
      continue
    }
    gains[j] = g
    heap.shift()
    if (g <= 0) continue
    let lo = 0
    let hi = heap.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const m = heap[mid]!
      if (gains[m]! > g || (gains[m] === g && m < j)) lo = mid + 1
      else hi = mid
    }
    heap.splice(lo, 0, j)
  }
  upperBound = Math.min(upperBound, boundAt(instance, byCandidate, covered, value))
  return { selected, objective: value, upperBound: Math.max(upperBound, value) }
}
