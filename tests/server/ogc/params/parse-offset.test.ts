import { describe, expect, it } from 'vitest'
import {
  MaxOffset,
  parseOffset,
  ReasonOffsetNotInteger,
  ReasonOffsetRepeated,
  ReasonOffsetTooLarge,
} from '../../../../server/src/ogc/params/parse-offset.ts'

describe('parseOffset', () => {
  it('is 0 when absent', () => {
    expect(parseOffset(undefined)).toEqual({ ok: true, value: 0 })
  })
  it('accepts 0 and positive integers', () => {
    expect(parseOffset('0')).toEqual({ ok: true, value: 0 })
    expect(parseOffset('40')).toEqual({ ok: true, value: 40 })
  })
  it.each(['-1', '2.5', 'x', ''])('rejects %j', (raw) => {
    expect(parseOffset(raw)).toEqual({ ok: false, reason: ReasonOffsetNotInteger })
  })
  it('rejects an offset beyond the maximum', () => {
    expect(parseOffset(String(MaxOffset + 1))).toEqual({ ok: false, reason: ReasonOffsetTooLarge })
  })
  it('rejects a repeated parameter', () => {
    expect(parseOffset(['1', '2'])).toEqual({ ok: false, reason: ReasonOffsetRepeated })
  })
})
