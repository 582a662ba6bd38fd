import { describe, expect, it } from 'vitest'
import { convertToWgs84 } from '../../../../server/src/domain/facilities/convert-to-wgs84.ts'
import { ellipsoidalDistance } from '../../../../server/src/domain/coverage/ellipsoidal-distance.ts'

describe('convertToWgs84', () => {
  it('passes WGS84 through unchanged', () => {
    expect(convertToWgs84([114.32, 29.84], 'WGS84')).toEqual([114.32, 29.84])
  })

  it('shifts a GCJ-02 position in Xianning by the few hundred metres of the national offset, south-west', () => {
    const [lng, lat] = convertToWgs84([114.3225, 29.8413], 'GCJ02')
    const shift = ellipsoidalDistance(114.3225, 29.8413, lng, lat)
    expect(shift).toBeGreaterThan(300)
    expect(shift).toBeLessThan(800)
    expect(lng).toBeLessThan(114.3225)
    expect(lat).toBeGreaterThan(29.8413 - 0.01)
  })

  it('does not mutate its argument', () => {
    const input: [number, number] = [114.3, 29.8]
    convertToWgs84(input, 'GCJ02')
    expect(input).toEqual([114.3, 29.8])
  })
})
