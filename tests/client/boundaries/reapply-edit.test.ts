import { describe, expect, it } from 'vitest'
import { reapplyEdit } from '../../../client/src/features/boundaries/reapply-edit'

describe('reapplyEdit', () => {
  it('keeps the other surveyor\'s new vertex and applies my moved vertex', () => {
    expect(reapplyEdit([[0, 0], [1, 0], [2, 0]], [[0, 0], [1, 1], [2, 0]], [[0, 0], [1, 0], [1.5, -1], [2, 0]]))
      .toEqual([[0, 0], [1, 1], [1.5, -1], [2, 0]])
  })

  it('keeps both edits when we moved different vertices', () => {
    const base = [[0, 0], [1, 0], [2, 0], [3, 0]]
    const mine = [[0, 0], [1, 0.5], [2, 0], [3, 0]]
    const theirs = [[0, 0], [1, 0], [2, -0.5], [3, 0]]
    expect(reapplyEdit(base, mine, theirs)).toEqual([[0, 0], [1, 0.5], [2, -0.5], [3, 0]])
  })

  it('applies a deletion and never drops the ends', () => {
    expect(reapplyEdit([[0, 0], [1, 0], [2, 0]], [[0, 0], [2, 0]], [[0, 0], [1, 0], [2, 0]])).toEqual([[0, 0], [2, 0]])
  })

  it('returns the current line unchanged when I changed nothing', () => {
    const current = [[0, 0], [0.5, 0.2], [2, 0]]
    expect(reapplyEdit([[0, 0], [2, 0]], [[0, 0], [2, 0]], current)).toEqual(current)
  })
})

describe('reapplyEdit when both moved neighbouring vertices', () => {
  it('places my moved vertex before the vertex it preceded, keeping the other surveyor\'s move', () => {
    const base = [[0, 0], [1, 0], [2, 0], [3, 0]]
    const mine = [[0, 0], [1, 0], [2, 0.4], [3, 0]]
    const theirs = [[0, 0], [1, -0.3], [2, 0], [3, 0]]
    expect(reapplyEdit(base, mine, theirs)).toEqual([[0, 0], [1, -0.3], [2, 0.4], [3, 0]])
  })

  it('falls back to the cheapest place when both neighbours moved', () => {
    const base = [[0, 0], [1, 0], [2, 0], [3, 0], [4, 0]]
    const mine = [[0, 0], [1, 0], [2, 0.5], [3, 0], [4, 0]]
    const theirs = [[0, 0], [1, 0.1], [2, 0], [3, 0.1], [4, 0]]
    expect(reapplyEdit(base, mine, theirs)).toEqual([[0, 0], [1, 0.1], [2, 0.5], [3, 0.1], [4, 0]])
  })
})
