import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseLimit, ReasonLimitNotInteger, ReasonLimitRepeated } from '../../../../server/src/ogc/params/parse-limit.ts'

const config = { defaultLimit: 10, maxLimit: 1000 }

describe('parseLimit', () => {
  it('uses the default when absent', () => {
    expect(parseLimit(undefined, config)).toEqual({ ok: true, value: 10 })
  })
  it('accepts a limit within the range', () => {
    expect(parseLimit('250', config)).toEqual({ ok: true, value: 250 })
  })
  it('clamps limit above the maximum', () => {
    expect(parseLimit('5000', config)).toEqual({ ok: true, value: 1000 })
  })
  it('clamps a huge limit instead of overflowing', () => {
    expect(parseLimit('99999999999999999999999', config)).toEqual({ ok: true, value: 1000 })
  })
  it.each(['0', '-1', '1.5', 'ten', '', '1e3'])('rejects %j', (raw) => {
    expect(parseLimit(raw, config)).toEqual({ ok: false, reason: ReasonLimitNotInteger })
  })
  it('rejects a repeated parameter', () => {
    expect(parseLimit(['1', '2'], config)).toEqual({ ok: false, reason: ReasonLimitRepeated })
  })
  it('always yields an integer in [1, max] for any positive integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const r = parseLimit(String(n), config)
        expect(r).toEqual({ ok: true, value: Math.min(n, config.maxLimit) })
      }),
    )
  })
})
