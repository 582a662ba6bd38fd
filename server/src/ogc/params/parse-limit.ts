import { fail, ok, type Parsed } from './parsed.ts'

export const ReasonLimitRepeated = 'limit must be given once'
export const ReasonLimitNotInteger = 'limit must be a positive integer'

/** Default and maximum page size, from config. */
export interface LimitConfig {
  defaultLimit: number
  maxLimit: number
}

/**
 * Parse the OGC `limit` parameter.
 * @param raw the raw query value (`undefined` when absent)
 * @param config the default and maximum page size
 * @returns the page size, the default when absent, clamped to the maximum
 * @example parseLimit('5000', { defaultLimit: 10, maxLimit: 1000 }) // = { ok: true, value: 1000 }
 */
export function parseLimit(raw: unknown, config: LimitConfig): Parsed<number> {
  if (raw === undefined) return ok(config.defaultLimit)
  if (typeof raw !== 'string') return fail(ReasonLimitRepeated)
  if (!/^\+?\d+$/.test(raw.trim())) return fail(ReasonLimitNotInteger)
  const n = Number(raw.trim())
  if (n < 1) return fail(ReasonLimitNotInteger)
  // OGC 17-069r4 Req 22C (/req/core/fc-limit-response-1): clamp, don't reject.
  return ok(Math.min(n, config.maxLimit))
}
