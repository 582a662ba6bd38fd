import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatBbox } from '../../../../server/src/ogc/params/format-bbox.ts'
import { parseBbox } from '../../../../server/src/ogc/params/parse-bbox.ts'

describe('formatBbox', () => {
  it('joins the four numbers with commas', () => {
    expect(formatBbox([113.7, 29, 114.9, 30.2])).toBe('113.7,29,114.9,30.2')
  })
  it('writes -0 as 0', () => {
    expect(formatBbox([-0, 0, 1, 1])).toBe('0,0,1,1')
  })
  it('is the inverse of parseBbox on valid strings (format ∘ parse is idempotent)', () => {
    const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
    fc.assert(
      fc.property(num(-180, 180), num(-90, 90), num(-180, 180), num(-90, 90), (w, a, e, b) => {
        const raw = [w, Math.min(a, b), e, Math.max(a, b)].map(String).join(',')
        const first = parseBbox(raw)
        expect(first.ok).toBe(true)
        if (!first.ok || !first.value) return
        const again = parseBbox(formatBbox(first.value))
        expect(again).toEqual(first)
      }),
    )
  })
})
