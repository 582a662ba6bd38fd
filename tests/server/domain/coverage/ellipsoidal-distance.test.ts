import { describe, expect, it } from 'vitest'
import { ellipsoidalDistance, metresPerDegree } from '../../../../server/src/domain/coverage/ellipsoidal-distance.ts'

// Reference values: PostGIS 3.3 `ST_Distance(a::geography, b::geography)` (WGS84 spheroid).
describe('ellipsoidalDistance', () => {
  it('matches PostGIS geography along a meridian (1 km scale) to the millimetre', () => {
    expect(ellipsoidalDistance(114, 30, 114, 30.01)).toBeCloseTo(1108.52526767, 2)
  })

  it('matches PostGIS geography on a diagonal in Xianning', () => {
    expect(ellipsoidalDistance(114.3, 29.8, 114.31, 29.805)).toBeCloseTo(1114.37328735, 2)
  })

  it('stays within 1 m of PostGIS at 50 km', () => {
    expect(Math.abs(ellipsoidalDistance(114, 30, 114.4, 30.3) - 50902.21292545)).toBeLessThan(1)
  })

  it('is symmetric and zero for the same point', () => {
    expect(ellipsoidalDistance(114.3, 29.8, 114.3, 29.8)).toBe(0)
    expect(ellipsoidalDistance(114.3, 29.8, 114.5, 29.9)).toBeCloseTo(ellipsoidalDistance(114.5, 29.9, 114.3, 29.8), 9)
  })

  it('takes the short way across the antimeridian', () => {
    expect(ellipsoidalDistance(179.999, 0, -179.999, 0)).toBeCloseTo(222.64, 1)
  })
})

describe('metresPerDegree', () => {
  it('gives the WGS84 equatorial values and shrinks longitude degrees towards the pole', () => {
    const [mx, my] = metresPerDegree(0)
    expect(mx).toBeCloseTo(111319.49, 1)
    expect(my).toBeCloseTo(110574.27, 1)
    expect(metresPerDegree(60)[0]).toBeCloseTo(55799.98, 0)
    expect(metresPerDegree(90)[0]).toBeCloseTo(0, 6)
  })
})
