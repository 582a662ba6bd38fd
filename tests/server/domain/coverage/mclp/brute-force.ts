import type { McLpInstance } from '../../../../../server/src/domain/coverage/mclp/mclp-types.ts'

/** Covered weight of a selection. */
export function coveredWeight(instance: McLpInstance, selected: readonly number[]): number {
  const chosen = new Set(selected)
  return instance.rows.reduce((s, row) => (row.coverers.some((j) => chosen.has(j)) ? s + row.weight : s), 0)
}

/** True when every group has a selected candidate. */
export function satisfiesGroups(instance: McLpInstance, selected: readonly number[]): boolean {
  const chosen = new Set(selected)
  return instance.groups.every((g) => g.some((j) => chosen.has(j)))
}

/** Optimum by enumerating every subset of at most k candidates (tiny instances only). */
export function bruteForceMclp(instance: McLpInstance): number {
  const n = instance.candidateCount
  let best = -Infinity
  for (let mask = 0; mask < 1 << n; mask += 1) {
    const selected = [...Array(n).keys()].filter((j) => mask & (1 << j))
    if (selected.length > instance.k || !satisfiesGroups(instance, selected)) continue
    best = Math.max(best, coveredWeight(instance, selected))
  }
  return best
}
