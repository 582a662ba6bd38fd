import { describe, expect, it } from 'vitest'
import { bboxCenter, formatBbox, isValidBbox } from '../../../client/src/shared/bbox'

describe('isValidBbox', () => {
  it('accepts a city bbox', () => {
    expect(isValidBbox([113.7, 28.9, 114.9, 30.1])).toBe(true)
  })
  it('accepts an antimeridian-crossing bbox (west > east)', () => {
    expect(isValidBbox([170, -10, -170, 10])).toBe(true)
  })
  it('rejects out-of-range, inverted latitudes, wrong length and non-numbers', () => {
    expect(isValidBbox([-181, 0, 0, 1])).toBe(false)
    expect(isValidBbox([0, 10, 1, 5])).toBe(false)
    expect(isValidBbox([0, 0, 1])).toBe(false)
    expect(isValidBbox([0, 0, 1, Number.NaN])).toBe(false)
  })
})

describe('formatBbox', () => {
  it('joins with commas and rounds to 6 decimals', () => {
    expect(formatBbox([113.123456789, 28.9, 114.9, 30.1])).toBe('113.123457,28.9,114.9,30.1')
  })
})

describe('bboxCenter', () => {
  it('returns [lng, lat] of the middle', () => {
    expect(bboxCenter([0, 0, 10, 20])).toEqual([5, 10])
  })
})
