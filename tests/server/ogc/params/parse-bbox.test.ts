import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatBbox } from '../../../../server/src/ogc/params/format-bbox.ts'
import {
  parseBbox,
  ReasonBboxLatOrder,
  ReasonBboxRange,
  ReasonBboxRepeated,
  ReasonBboxShape,
} from '../../../../server/src/ogc/params/parse-bbox.ts'
import type { Bbox } from '../../../../server/src/ogc/params/bbox.ts'

const lng = fc.double({ min: -180, max: 180, noNaN: true })
const lat = fc.double({ min: -90, max: 90, noNaN: true })
const bboxArb = fc.tuple(lng, lat, lng, lat).map(([w, a, e, b]): Bbox => [w, Math.min(a, b), e, Math.max(a, b)])

describe('parseBbox', () => {
  it('returns null when absent', () => {
    expect(parseBbox(undefined)).toEqual({ ok: true, value: null })
  })
  it('parses four numbers as [west, south, east, north]', () => {
    expect(parseBbox('113.7,29.0,114.9,30.2')).toEqual({ ok: true, value: [113.7, 29, 114.9, 30.2] })
  })
  it('drops heights from a six-number box', () => {
    expect(parseBbox('113,29,-10,114,30,500')).toEqual({ ok: true, value: [113, 29, 114, 30] })
  })
  it('keeps a box crossing the antimeridian (west > east)', () => {
    expect(parseBbox('170,-10,-170,10')).toEqual({ ok: true, value: [170, -10, -170, 10] })
  })
  it('accepts the world edges ±180 and ±90', () => {
    expect(parseBbox('-180,-90,180,90')).toEqual({ ok: true, value: [-180, -90, 180, 90] })
  })
  it.each(['', '1,2,3', '1,2,3,4,5', 'a,b,c,d', '1,,2,3', '0x10,1,2,3', 'Infinity,1,2,3', '1;2;3;4'])(
    'rejects the malformed value %j',
    (raw) => {
      expect(parseBbox(raw)).toEqual({ ok: false, reason: ReasonBboxShape })
    },
  )
  it.each(['-181,0,0,1', '0,0,180.5,1', '0,-91,1,1', '0,0,1,90.01', '1e400,0,1,1'])('rejects the out-of-range value %j', (raw) => {
    expect(parseBbox(raw)).toEqual({ ok: false, reason: ReasonBboxRange })
  })
  it('rejects minLat above maxLat', () => {
    expect(parseBbox('0,10,1,5')).toEqual({ ok: false, reason: ReasonBboxLatOrder })
  })
  it('rejects a repeated parameter', () => {
    expect(parseBbox(['0,0,1,1', '0,0,2,2'])).toEqual({ ok: false, reason: ReasonBboxRepeated })
  })
  it('round-trips through formatBbox for every valid box', () => {
    fc.assert(
      fc.property(bboxArb, (b) => {
        const r = parseBbox(formatBbox(b))
        expect(r.ok).toBe(true)
        if (r.ok) expect(r.value).toEqual(b.map((v) => (Object.is(v, -0) ? 0 : v)))
      }),
    )
  })
})
