import type { Position } from 'geojson'

const key = (p: Position) => `${p[0]},${p[1]}`

/**
 * Reapplies a surveyor's edit onto a line someone else saved meanwhile (after a 409): vertices the
 * surveyor removed from the base are removed from the current line, vertices they added (or moved, which is
 * remove + add) are inserted after the nearest preceding vertex they kept. Changes of the other surveyor
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
  let anchor: Position | null = null
  const inserts: Array<{ after: Position | null; point: Position }> = []
  for (const p of mine) {
    if (baseKeys.has(key(p))) anchor = p
    else inserts.push({ after: anchor, point: p })
  }
  for (const { after, point } of inserts.reverse()) {
    const at = after ? result.findIndex((p) => key(p) === key(after)) : 0
    const index = Math.min(Math.max(at, 0) + 1, result.length - 1)
    result.splice(index, 0, point)
  }
  return result
}
