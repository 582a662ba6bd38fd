import type { LngLat } from './types.ts';

const keyOf = (p: LngLat): string => `${p[0]},${p[1]}`;

/**
 * Removes what coordinate quantisation leaves in a ring: consecutive duplicate vertices and zero-width
 * spikes (A → B → A). Repeats until nothing changes. Does not mutate its argument.
 * @param ring - closed or open ring
 * @returns an open ring (first vertex not repeated at the end)
 * @example
 * cleanRing([[0, 0], [1, 0], [1, 0], [2, 0], [1, 0], [1, 1], [0, 0]]) // = [[0, 0], [1, 0], [1, 1]]
 */
export function cleanRing(ring: readonly LngLat[]): LngLat[] {
  let points = ring.map((p): LngLat => [p[0], p[1]]);
  let changed = true;
  while (changed) {
    changed = false;
    const deduped: LngLat[] = [];
    for (const p of points) {
      if (deduped.length > 0 && keyOf(deduped[deduped.length - 1]) === keyOf(p)) changed = true;
      else deduped.push(p);
    }
    while (deduped.length > 1 && keyOf(deduped[0]) === keyOf(deduped[deduped.length - 1])) {
      deduped.pop();
      changed = changed || deduped.length !== points.length - 1;
    }
    const n = deduped.length;
    const unspiked = deduped.filter((_, i) => {
      const isSpike = n > 2 && keyOf(deduped[(i - 1 + n) % n]) === keyOf(deduped[(i + 1) % n]);
      if (isSpike) changed = true;
      return !isSpike;
    });
    points = unspiked;
  }
  return points;
}
