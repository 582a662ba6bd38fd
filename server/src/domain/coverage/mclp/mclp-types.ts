/**
 * An abstract maximal covering location problem: choose at most `k` candidate sites to maximise the
 * weight of demand rows covered. Existing facilities are already accounted for by the builder
 * (rows they cover are left out), so they stay fixed.
 */
export interface McLpInstance {
  candidateCount: number
  /** Demand rows still uncovered: weight and the candidate indices within reach. */
  rows: readonly McLpRow[]
  /** Maximum number of new sites. */
  k: number
  /** Each group (candidate indices) must get at least one new site (e.g. townships without any facility). */
  groups: readonly (readonly number[])[]
}

/** One demand row of an {@link McLpInstance}. */
export interface McLpRow {
  weight: number
  coverers: readonly number[]
}

/** Which solver produced the answer. */
export type McLpSolver = 'highs' | 'greedy'

/** A solved instance. */
export interface McLpResult {
  solver: McLpSolver
  /** optimal = proven (by HiGHS, or greedy meeting its bound); time_limit = HiGHS stopped early; heuristic = greedy, not proven. */
  status: 'optimal' | 'time_limit' | 'heuristic'
  /** Selected candidates in order of marginal gain, each with the weight it adds. */
  sites: { candidate: number; gain: number }[]
  /** Total weight newly covered. */
  objective: number
  /** Best known upper bound on the optimum, or null. */
  upperBound: number | null
  /** Where the bound comes from: the MIP dual bound, the LP relaxation, or submodularity. */
  boundKind: 'mip_dual' | 'lp' | 'submodular' | null
  /** (upperBound − objective) / upperBound, 0 when proven optimal, null when unknown. */
  gap: number | null
}
