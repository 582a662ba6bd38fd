import { orient } from './planar.ts';
import type { VertexAt } from './types.ts';

/**
 * Inserts into each ring edge every known vertex that lies exactly on it (strictly between its ends), so a
 * boundary drawn with more vertices on one side than on the other becomes the same chain of ids on both.
 * Exact for coordinates on a common grid (echarts: multiples of 1/1024°).
 * @param rings - open rings of vertex ids
 * @param vertexIds - all candidate vertex ids
 * @param at - position of a vertex id
 * @returns new rings (the input is not mutated) and how many vertices were inserted
 * @example
 * splitTJunctions([[0, 1, 2]], [0, 1, 2, 3], (id) => [[0, 0], [2, 0], [0, 2], [1, 0]][id]).rings // = [[0, 3, 1, 2]]
 */
export function splitTJunctions(rings: readonly number[][], vertexIds: readonly number[], at: VertexAt): { rings: number[][]; inserted: number } {
  const byX = [...vertexIds].sort((p, q) => at(p)[0] - at(q)[0] || p - q);
  const xs = byX.map((id) => at(id)[0]);
  let inserted = 0;
  const result = rings.map((ring) => {
    const out: number[] = [];
    ring.forEach((a, i) => {
      const b = ring[(i + 1) % ring.length];
      out.push(a);
      const onEdge = verticesInside(a, b, byX, xs, at);
      inserted += onEdge.length;
      out.push(...onEdge);
    });
    return out;
  });
  return { rings: result, inserted };
}

function verticesInside(a: number, b: number, byX: number[], xs: number[], at: VertexAt): number[] {
  const pa = at(a);
  const pb = at(b);
  const [x0, x1] = pa[0] <= pb[0] ? [pa[0], pb[0]] : [pb[0], pa[0]];
  const dx = pb[0] - pa[0];
  const dy = pb[1] - pa[1];
  const len2 = dx * dx + dy * dy;
  const hits: Array<[number, number]> = [];
  for (let k = lowerBound(xs, x0); k < xs.length && xs[k] <= x1; k++) {
    const id = byX[k];
    if (id === a || id === b) continue;
    const p = at(id);
    if (orient(pa, pb, p) !== 0) continue;
    const t = ((p[0] - pa[0]) * dx + (p[1] - pa[1]) * dy) / len2;
    if (t > 0 && t < 1) hits.push([t, id]);
  }
  return hits.sort((p, q) => p[0] - q[0]).map(([, id]) => id);
}

function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
