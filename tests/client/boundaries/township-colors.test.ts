import { describe, expect, it } from 'vitest'
import { townshipColors } from '../../../client/src/features/boundaries/use-boundary-layer'

describe('townshipColors', () => {
  it('gives neighbours different colours and is stable', () => {
    const pairs: Array<[string, string]> = [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd']]
    const colors = townshipColors(['d', 'c', 'b', 'a'], pairs)
    for (const [x, y] of pairs) expect(colors.get(x)).not.toBe(colors.get(y))
    expect(townshipColors(['a', 'b', 'c', 'd'], pairs)).toEqual(colors)
  })
})
