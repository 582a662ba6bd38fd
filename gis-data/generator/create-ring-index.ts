import { segmentDistance2 } from './planar.ts';

type P = readonly [number, number];

/** Fast spatial queries over one polygon's rings (planar units). */
export interface RingIndex {
  /** Even-odd point-in-polygon over all rings. */
  contains(point: P): boolean;
  /** Distance to the nearest ring edge, looking only within `limit` (returns `limit` if nothing is nearer). */
  distanceWithin(point: P, limit: number): number;
}

/**
 * Builds a {@link RingIndex}: edges bucketed into horizontal bands for the crossing test and into a uniform
 * grid for distances, so per-point cost no longer grows with the ring length (used millions of times).
 * @param rings - open rings (outer and holes, any orientation)
 * @param cellSize - grid cell size for distance queries, in the rings' units
 * @returns the index
 * @example
 * createRingIndex([[[0, 0], [10, 0], [0, 10]]], 1).contains([1, 1]) // = true
 */
export function createRingIndex(rings: readonly (readonly P[])[], cellSize: number): RingIndex {
  const edges: Array<[P, P]> = rings.flatMap((ring) => ring.map((a, i): [P, P] => [a, ring[(i + 1) % ring.length]]));
  const ys = edges.map(([a]) => a[1]);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const bandCount = Math.max(1, Math.min(4096, edges.length));
  const bandHeight = (maxY - minY) / bandCount || 1;
  const bandOf = (y: number): number => Math.max(0, Math.min(bandCount - 1, Math.floor((y - minY) / bandHeight)));
  const bands: number[][] = Array.from({ length: bandCount }, () => []);
  const cells = new Map<string, number[]>();
  edges.forEach(([a, b], i) => {
    for (let k = bandOf(Math.min(a[1], b[1])); k <= bandOf(Math.max(a[1], b[1])); k++) bands[k].push(i);
    for (let cx = Math.floor(Math.min(a[0], b[0]) / cellSize); cx <= Math.floor(Math.max(a[0], b[0]) / cellSize); cx++) {
      for (let cy = Math.floor(Math.min(a[1], b[1]) / cellSize); cy <= Math.floor(Math.max(a[1], b[1]) / cellSize); cy++) {
        const key = `${cx},${cy}`;
        const list = cells.get(key);
        if (list) list.push(i);
        else cells.set(key, [i]);
      }
    }
  });
  return {
    contains([x, y]) {
      if (y < minY || y > maxY) return false;
      let inside = false;
      for (const i of bands[bandOf(y)]) {
        const [[xi, yi], [xj, yj]] = edges[i];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    },
    distanceWithin(point, limit) {
      let best = limit * limit;
      const seen = new Set<number>();
      for (let cx = Math.floor((point[0] - limit) / cellSize); cx <= Math.floor((point[0] + limit) / cellSize); cx++) {
        for (let cy = Math.floor((point[1] - limit) / cellSize); cy <= Math.floor((point[1] + limit) / cellSize); cy++) {
          for (const i of cells.get(`${cx},${cy}`) ?? []) {
            if (seen.has(i)) continue;
            seen.add(i);
            best = Math.min(best, segmentDistance2(point, edges[i][0], edges[i][1]));
          }
        }
      }
      return Math.sqrt(best);
    },
  };
}
