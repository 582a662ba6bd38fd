import type { McLpInstance, McLpRow } from './mclp-types.ts'

/** Input of {@link buildMclpInstance}. */
export interface BuildMclpInput {
  /** Weight per demand point (population, aged 60+, or 1 to count places). */
  weights: readonly number[]
  /** Whether existing facilities already cover each demand point (those rows are left out). */
  coveredByExisting: readonly boolean[]
  /** Candidate indices within reach of each demand point. */
  coverers: readonly (readonly number[])[]
  candidateCount: number
  k: number
  /** Required groups, e.g. candidates of each township that has no facility yet. */
  groups?: readonly (readonly number[])[]
}

/** The instance plus what was left out of it. */
export interface BuiltMclpInstance {
  instance: McLpInstance
  /** Weight no candidate can reach (stays uncovered whatever is chosen). */
  unreachableWeight: number
  /** Demand points per merged row (to map rows back to villages). */
  rowDemand: number[][]
}

/**
 * Builds the MCLP instance for the uncovered demand: rows already covered by existing facilities
 * and zero-weight rows are dropped, and rows with identical candidate sets are merged (summing
 * weights), which shrinks the MIP a lot on real data without changing its optimum.
 * @param input weights, existing coverage, coverers, k, groups
 * @returns the instance and what was left out
 */
export function buildMclpInstance(input: BuildMclpInput): BuiltMclpInstance {
  const { weights, coveredByExisting, coverers, candidateCount, k, groups = [] } = input
  if (weights.length !== coverers.length || weights.length !== coveredByExisting.length) {
    throw new Error('buildMclpInstance needs weights, coveredByExisting and coverers of equal length')
  }
  const merged = new Map<string, { row: { weight: number; coverers: number[] }; demand: number[] }>()
  let unreachableWeight = 0
  coverers.forEach((list, i) => {
    const weight = weights[i]!
    if (coveredByExisting[i] || weight <= 0) return
    if (list.length === 0) {
      unreachableWeight += weight
      return
    }
    const sorted = [...new Set(list)].sort((a, b) => a - b)
    const key = sorted.join(',')
    const entry = merged.get(key)
    if (entry) {
      entry.row.weight += weight
      entry.demand.push(i)
    } else merged.set(key, { row: { weight, coverers: sorted }, demand: [i] })
  })
  const entries = [...merged.values()]
  const rows: McLpRow[] = entries.map((e) => e.row)
  return {
    instance: { candidateCount, rows, k, groups: groups.map((g) => [...g]) },
    unreachableWeight,
    rowDemand: entries.map((e) => e.demand),
  }
}
