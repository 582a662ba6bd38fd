import type { Position } from 'geojson'

const key = (p: Position) => `${p[0]},${p[1]}`

/** Where inserting `point` into `line` lengthens it least (planar degrees are fine for ordering). */
function cheapestSlot(line: Position[], point: Position): number {
  const d = (a: Position, b: Position) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)
  let best = 1
  let cost = Infinity
  for (let i = 1; i < line.length; i += 1) {
    const extra = d(line[i - 1]!, point) + d(point, line[i]!) - d(line[i - 1]!, line[i]!)
    if (extra < cost) { cost = extra; best = i }
  }
  return best
}

/**
 * Reapplies a surveyor's edit onto a line someone else saved meanwhile (after a 409): vertices the
 * surveyor removed from the base are removed from the current line; vertices they added (a moved vertex is
 * removed + added) go after the vertex they followed in the edit, or before the one they preceded, or —
 * when the other surveyor moved both — where they lengthen the line least. The other surveyor's changes
 * stay. The result is shown for review before it is saved.
 * @param base - the geometry the surveyor started from
 * @param mine - the surveyor's edited geometry
 * @param current - the geometry now stored
 * @returns the merged positions
 * @example
 * reapplyEdit([[0, 0], [1, 0], [2, 0]], [[0, 0], [1, 1], [2, 0]], [[0, 0], [1, 0], [1.5, -1], [2, 0]])
 * // = [[0, 0], [1, 1], [1.5, -1], [2, 0]]
 */
export function reapplyEdit(base: Position[], mine: Position[], current: Position[]): Position[] {
  const mineKeys = new Set(mine.map(key))
  const baseKeys = new Set(base.map(key))
  const removed = new Set(base.map(key).filter((k) => !mineKeys.has(k)))
  const result = current.filter((p, i) => i === 0 || i === current.length - 1 || !removed.has(key(p)))
  mine.forEach((point, i) => {
    if (baseKeys.has(key(point))) return
    const before = mine.slice(0, i).reverse().find((p) => baseKeys.has(key(p)))
    const after = mine.slice(i + 1).find((p) => baseKeys.has(key(p)))
    const prev = before ? result.findIndex((p) => key(p) === key(before)) : -1
    const next = after ? result.findIndex((p) => key(p) === key(after)) : -1
    // consecutive added points follow each other: place after the last one inserted
    const lastAdded = i > 0 && !baseKeys.has(key(mine[i - 1]!)) ? result.findIndex((p) => key(p) === key(mine[i - 1]!)) : -1
    let slot: number
    if (lastAdded >= 0) slot = lastAdded + 1
    else if (prev >= 0 && prev < result.length - 1) slot = prev + 1
    else if (next > 0) slot = next
    else slot = cheapestSlot(result, point)
    result.splice(Math.min(Math.max(slot, 1), result.length - 1), 0, point)
  })
  return result
}
