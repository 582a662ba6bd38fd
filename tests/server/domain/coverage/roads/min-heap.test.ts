import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { MinHeap } from '../../../../../server/src/domain/coverage/roads/min-heap.ts'

describe('MinHeap', () => {
  it('pops keys in ascending order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 })), (keys) => {
        const heap = new MinHeap()
        keys.forEach((k, i) => heap.push(k, i))
        const out: number[] = []
        for (let top = heap.pop(); top; top = heap.pop()) out.push(top[0])
        expect(out).toEqual([...keys].sort((a, b) => a - b))
        expect(heap.size).toBe(0)
      }),
    )
  })

  it('returns undefined when empty', () => {
    expect(new MinHeap().pop()).toBeUndefined()
  })
})
