import type { McLpInstance, McLpResult } from './mclp-types.ts'
import { solveMclpGreedy } from './solve-mclp-greedy.ts'
import { solveMclpExact } from './solve-mclp-exact.ts'
import { orderByMarginalGain } from './order-by-marginal-gain.ts'

/** Options for {@link solveMclp}. */
export interface SolveMclpOptions {
  /** HiGHS time limit in seconds (default 5). */
  timeLimitSeconds?: number
  /** Largest model (non-zeros of the covering matrix) handed to HiGHS; bigger ones go greedy (default 400k). */
  exactMaxNonZeros?: number
}

const nonZeros = (instance: McLpInstance): number => instance.rows.reduce((s, r) => s + r.coverers.length, 0)

const gapOf = (bound: number | null, objective: number): number | null =>
  bound === null ? null : bound <= 0 ? 0 : Math.max(0, (bound - objective) / bound)

/**
 * Solves an MCLP instance: greedy always (it is fast and a warm start), then HiGHS exactly when the
 * model is small enough, keeping whichever is better when HiGHS runs out of time. Reports which
 * solver answered and the gap to the best known bound.
 * @param instance the instance; `k` must be 1…candidateCount and every group non-empty with
 *   groups.length ≤ k (validate with `validateMclpRequest` first; violations throw)
 * @param options time limit and size threshold
 * @returns the sites in order of marginal gain and the solver report
 */
export async function solveMclp(instance: McLpInstance, options: SolveMclpOptions = {}): Promise<McLpResult> {
  const { timeLimitSeconds = 5, exactMaxNonZeros = 400_000 } = options
  if (!(instance.k >= 1 && instance.k <= instance.candidateCount)) throw new Error('solveMclp needs 1 ≤ k ≤ candidateCount')
  if (instance.groups.length > instance.k || instance.groups.some((g) => g.length === 0)) {
    throw new Error('solveMclp needs at most k groups, none empty')
  }
  const keep = new Set(instance.groups.flat())
  const total = (sites: { gain: number }[]): number => sites.reduce((sum, site) => sum + site.gain, 0)
  const greedy = solveMclpGreedy(instance)
  const greedySites = orderByMarginalGain(instance, greedy.selected, keep)
  // A greedy answer whose bound meets it is proven optimal (e.g. nothing left to cover).
  const greedyResult = (bound: number, kind: McLpResult['boundKind']): McLpResult => ({
    solver: 'greedy',
    status: bound <= total(greedySites) ? 'optimal' : 'heuristic',
    sites: greedySites,
    objective: total(greedySites),
    upperBound: bound,
    boundKind: kind,
    gap: gapOf(bound, greedy.objective),
  })
  if (instance.rows.length === 0 || nonZeros(instance) > exactMaxNonZeros) return greedyResult(greedy.upperBound, 'submodular')
  const exact = await solveMclpExact(instance, { timeLimitSeconds, warmStart: greedy.selected })
  if (exact.status === 'failed') return greedyResult(greedy.upperBound, 'submodular')
  const bound = Math.min(exact.dualBound ?? Infinity, greedy.upperBound)
  if (exact.status === 'optimal' || exact.objective > greedy.objective) {
    const sites = orderByMarginalGain(instance, exact.selected, keep)
    const objective = total(sites)
    return {
      solver: 'highs',
      status: exact.status === 'optimal' ? 'optimal' : 'time_limit',
      sites,
      objective,
      upperBound: exact.status === 'optimal' ? objective : bound,
      boundKind: exact.status === 'optimal' || exact.dualBound !== null ? 'mip_dual' : 'submodular',
      gap: exact.status === 'optimal' ? 0 : gapOf(bound, objective),
    }
  }
  return greedyResult(bound, exact.dualBound !== null && exact.dualBound <= greedy.upperBound ? 'mip_dual' : 'submodular')
}
