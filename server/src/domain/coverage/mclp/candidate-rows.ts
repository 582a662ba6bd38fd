import type { McLpInstance } from './mclp-types.ts'

/**
 * Transposes an instance: for each candidate, the demand rows it covers.
 * @example candidateRows({ candidateCount: 2, rows: [{ weight: 1, coverers: [1] }], k: 1, groups: [] }) // = [[], [0]]
 */
export function candidateRows(instance: McLpInstance): number[][] {
  const out: number[][] = Array.from({ length: instance.candidateCount }, () => [])
  instance.rows.forEach((row, r) => {
    for (const j of row.coverers) out[j]!.push(r)
  })
  return out
}
