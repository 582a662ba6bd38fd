import { fail, ok, type Parsed } from './parsed.ts'

export const ReasonOffsetRepeated = 'offset must be given once'
export const ReasonOffsetNotInteger = 'offset must be a non-negative integer'
export const ReasonOffsetTooLarge = 'offset is too large'

/** Largest offset we accept: far beyond any table, and still exact as a JS number and an int8. */
export const MaxOffset = 1_000_000_000

/**
 * Parse the `offset` paging parameter (the `next` links we emit use it).
 * @param raw the raw query value (`undefined` when absent)
 * @returns the number of features to skip, 0 when absent
 * @example parseOffset('20') // = { ok: true, value: 20 }
 */
export function parseOffset(raw: unknown): Parsed<number> {
  if (raw === undefined) return ok(0)
  if (typeof raw !== 'string') return fail(ReasonOffsetRepeated)
  if (!/^\+?\d+$/.test(raw.trim())) return fail(ReasonOffsetNotInteger)
  const n = Number(raw.trim())
  if (n > MaxOffset) return fail(ReasonOffsetTooLarge)
  return ok(n)
}
