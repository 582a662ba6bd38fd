import type { MultiPolygon, Position } from 'geojson';

const orient = (a: Position, b: Position, c: Position): number => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
const ringArea2 = (ring: Position[]): number => ring.slice(0, -1).reduce((s, p, i) => s + p[0] * ring[i + 1][1] - ring[i + 1][0] * p[1], 0);
const same = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/**
 * Why a MultiPolygon is not a simple, RFC 7946-oriented polygon set, or null: rings closed with ≥ 4
 * positions, no repeated position within a ring, shells CCW and holes CW, and no two edges meeting except at
 * a shared vertex (no crossings, no collinear overlaps). Exact arithmetic on the file's coordinates.
 */
export function invalidReason(geometry: MultiPolygon): string | null {
  const edges: Array<[Position, Position]> = [];
  for (const polygon of geometry.coordinates) {
    for (const [k, ring] of polygon.entries()) {
      if (ring.length < 4) return `ring with ${ring.length} positions`;
      if (!same(ring[0], ring[ring.length - 1])) return 'ring not closed';
      for (let i = 1; i < ring.length; i++) if (same(ring[i - 1], ring[i])) return `repeated position ${ring[i].join(',')}`;
      if (new Set(ring.slice(0, -1).map((p) => `${p[0]},${p[1]}`)).size !== ring.length - 1) return 'ring touches itself';
      if ((ringArea2(ring) > 0) !== (k === 0)) return k === 0 ? 'shell not counter-clockwise' : 'hole not clockwise';
      for (let i = 1; i < ring.length; i++) edges.push([ring[i - 1], ring[i]]);
    }
  }
  edges.sort((a, b) => Math.min(a[0][0], a[1][0]) - Math.min(b[0][0], b[1][0]));
  for (let i = 0; i < edges.length; i++) {
    const [a, b] = edges[i];
    const maxX = Math.max(a[0], b[0]);
    for (let j = i + 1; j < edges.length && Math.min(edges[j][0][0], edges[j][1][0]) <= maxX; j++) {
      const [c, d] = edges[j];
      if (Math.max(a[1], b[1]) < Math.min(c[1], d[1]) || Math.max(c[1], d[1]) < Math.min(a[1], b[1])) continue;
      const problem = edgeConflict(a, b, c, d);
      if (problem) return `${problem} at ${a.join(',')}`;
    }
  }
  return null;
}

function edgeConflict(a: Position, b: Position, c: Position, d: Position): string | null {
  const shared = [a, b].filter((p) => same(p, c) || same(p, d)).length;
  if (shared === 2) return 'duplicate edge';
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (shared === 1) {
    const s = same(a, c) || same(a, d) ? a : b;
    const mine = same(s, a) ? b : a;
    const theirs = same(s, c) ? d : c;
    const isOverlap = orient(s, mine, theirs) === 0 && (mine[0] - s[0]) * (theirs[0] - s[0]) + (mine[1] - s[1]) * (theirs[1] - s[1]) > 0;
    return isOverlap ? 'collinear overlap' : null;
  }
  if (o1 * o2 < 0 && o3 * o4 < 0) return 'edges cross';
  const within = (p: Position, q: Position, r: Position): boolean =>
    Math.min(q[0], r[0]) <= p[0] && p[0] <= Math.max(q[0], r[0]) && Math.min(q[1], r[1]) <= p[1] && p[1] <= Math.max(q[1], r[1]);
  if ((o1 === 0 && within(c, a, b)) || (o2 === 0 && within(d, a, b)) || (o3 === 0 && within(a, c, d)) || (o4 === 0 && within(b, c, d))) return 'vertex touches an edge';
  return null;
}
