import { describe, expect, it } from 'vitest'
import { formatDelta, formatMetres, formatRate } from '../../../../client/src/features/coverage/coverage-format'

describe('formatRate', () => {
  it('rounds to one decimal and shows a dash when unknown', () => {
    expect([0.578, 0.86, 1, null, undefined].map(formatRate)).toEqual(['57.8%', '86%', '100%', '—', '—'])
  })
})

describe('formatMetres', () => {
  it('switches to km from 1,000 m', () => {
    expect([300, 500, 1000, 1500].map(formatMetres)).toEqual(['300 m', '500 m', '1 km', '1.5 km'])
  })
})

describe('formatDelta', () => {
  it('signs the change in percentage points', () => {
    expect([formatDelta(0.5, 0.575), formatDelta(0.6, 0.5), formatDelta(0.5, 0.5), formatDelta(null, 0.5)]).toEqual(['+7.5', '-10', '0', '—'])
  })
})
