import { describe, expect, it } from 'vitest'
import { checkDetail } from '../../../client/src/features/boundaries/boundaries.api'

const t = (key: string, values?: Record<string, unknown>) => `${key} ${JSON.stringify(values ?? {})}`

describe('checkDetail', () => {
  it('words a marker off its line from its number and distance', () => {
    expect(checkDetail({ code: 'marker_off_line', message: 'x', location: null, marker_number: 'L-001A', distance_m: 2.2234 }, t))
      .toBe('boundaries.checkDetail.markerOff {"n":"L-001A","m":"2.22"}')
  })

  it('gives the expected number of a misnumbered marker, the area of a gap, else the server message', () => {
    expect(checkDetail({ code: 'numbering_out_of_order', message: 'x', location: null, marker_number: 'L-002A', expected: 'L-001A' }, t)).toContain('"expected":"L-001A"')
    expect(checkDetail({ code: 'gap', message: 'x', location: null, area_m2: 1234.56 }, t)).toContain('"a":"1234.6"')
    expect(checkDetail({ code: 'line_crossing', message: 'A × B', location: null }, t)).toBe('A × B')
  })
})
