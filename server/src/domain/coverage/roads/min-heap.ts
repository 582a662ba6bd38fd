/**
 * A binary min-heap of (key, value) pairs with numeric keys, for Dijkstra. Stale entries are
 * allowed (lazy deletion): callers skip a popped entry whose key exceeds the settled distance.
 */
export class MinHeap {
  private keys: number[] = []
  private values: number[] = []

  get size(): number {
    return this.keys.length
  }

  push(key: number, value: number): void {
    const { keys, values } = this
    let i = keys.length
    keys.push(key)
    values.push(value)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (keys[parent]! <= key) break
      keys[i] = keys[parent]!
      values[i] = values[parent]!
      i = parent
    }
    keys[i] = key
    values[i] = value
  }

  /** Removes and returns the smallest pair, or undefined when empty. */
  pop(): [number, number] | undefined {
    const { keys, values } = this
    if (keys.length === 0) return undefined
    const top: [number, number] = [keys[0]!, values[0]!]
    const lastKey = keys.pop()!
    const lastValue = values.pop()!
    if (keys.length) {
      let i = 0
      const n = keys.length
      for (;;) {
        let child = 2 * i + 1
        if (child >= n) break
        if (child + 1 < n && keys[child + 1]! < keys[child]!) child += 1
        if (keys[child]! >= lastKey) break
        keys[i] = keys[child]!
        values[i] = values[child]!
        i = child
      }
      keys[i] = lastKey
      values[i] = lastValue
    }
    return top
  }
}
