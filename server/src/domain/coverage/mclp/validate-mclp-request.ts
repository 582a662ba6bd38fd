/** Failure reasons of {@link validateMclpRequest}, exported for the API and tests. */
export const KNotPositive = 'k_not_positive'
export const KExceedsCandidates = 'k_exceeds_candidates'
export const KBelowRequiredTownships = 'k_below_required_townships'
export const TownshipWithoutCandidates = 'township_without_candidates'

/** Result of {@link validateMclpRequest}. */
export type MclpRequestValidation =
  | { valid: true }
  | { valid: false; reason: string; detail: string }

/**
 * Checks an MCLP request before solving: k is a positive integer no larger than the number of
 * candidate sites, and when every township must get a site, each such township has a candidate
 * and k is large enough for all of them.
 * @param k requested number of new sites
 * @param candidateCount number of candidate sites
 * @param requiredGroups candidate indices per required township, with its code
 * @example validateMclpRequest(6, 5, []) // = { valid: false, reason: 'k_exceeds_candidates', … }
 */
export function validateMclpRequest(
  k: number,
  candidateCount: number,
  requiredGroups: readonly { code: string; candidates: readonly number[] }[],
): MclpRequestValidation {
  if (!Number.isInteger(k) || k < 1) return { valid: false, reason: KNotPositive, detail: `k must be a positive integer, got ${k}` }
  if (k > candidateCount) {
    return { valid: false, reason: KExceedsCandidates, detail: `k = ${k} exceeds the ${candidateCount} candidate sites` }
  }
  const empty = requiredGroups.filter((g) => g.candidates.length === 0).map((g) => g.code)
  if (empty.length) {
    return { valid: false, reason: TownshipWithoutCandidates, detail: `townships without candidate sites: ${empty.join(', ')}` }
  }
  if (requiredGroups.length > k) {
    return {
      valid: false,
      reason: KBelowRequiredTownships,
      detail: `${requiredGroups.length} townships have no facility, so k must be at least ${requiredGroups.length}`,
    }
  }
  return { valid: true }
}
