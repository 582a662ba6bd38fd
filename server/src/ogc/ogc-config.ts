import type { LimitConfig } from './params/parse-limit.ts'

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/**
 * Page-size settings of the OGC API, from `DIMING_OGC_DEFAULT_LIMIT` / `DIMING_OGC_MAX_LIMIT`.
 * @param env the environment
 * @returns default 10 and maximum 10000 unless configured (the default never exceeds the maximum)
 * @example readOgcConfig({ DIMING_OGC_MAX_LIMIT: '500' }) // = { defaultLimit: 10, maxLimit: 500 }
 */
export function readOgcConfig(env: NodeJS.ProcessEnv = process.env): LimitConfig {
  const maxLimit = positiveInt(env.DIMING_OGC_MAX_LIMIT, 10_000)
  return { defaultLimit: Math.min(positiveInt(env.DIMING_OGC_DEFAULT_LIMIT, 10), maxLimit), maxLimit }
}
