/**
 * Small exact-enough planar predicates shared by the topology steps. Points are `[x, y]` in any planar unit
 * (GCJ-02/WGS84 degrees for ring bookkeeping, local metres for distances).
 */
type P = readonly [number, number];

/**
 * Twice the signed area of an open ring (positive = counter-clockwise).
 * @example
 * signedArea2([[0, 0], [1, 0], [0, 1]]) // = 1
 */
export function signedArea2(ring: readonly P[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/**
 * Whether a point is strictly inside an open ring (even-odd rule; points on the edge are unspecified).
 * @example
 * isPointInRing([0.2, 0.2], [[0, 0], [1, 0], [0, 1]]) // = true
 */
export function isPointInRing(point: P, ring: readonly P[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point is inside a polygon given as rings (outer first, then holes), even-odd over all rings. */
export function isPointInRings(point: P, rings: readonly (readonly P[])[]): boolean {
  let inside = false;
  for (const ring of rings) if (isPointInRing(point, ring)) inside = !inside;
  return inside;
}

/**
 * Squared distance from a point to a segment.
 * @example
 * segmentDistance2([0, 1], [-1, 0], [1, 0]) // = 1
 */
export function segmentDistance2(p: P, a: P, b: P): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/** Distance from a point to the nearest edge of any ring. */
export function distanceToRings(point: P, rings: readonly (readonly P[])[]): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const d2 = segmentDistance2(point, ring[i], ring[(i + 1) % ring.length]);
      if (d2 < best) best = d2;
    }
  }
  return Math.sqrt(best);
}

/** Cross product of (b - a) × (c - a): > 0 when a, b, c turn left. */
export function orient(a: P, b: P, c: P): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

function isOnSegment(p: P, a: P, b: P): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1])
  );
}

/**
 * Whether two closed segments share any point (touching and collinear overlap count).
 * @example
 * doSegmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0]) // = true
 */
export function doSegmentsIntersect(a: P, b: P, c: P, d: P): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return true;
  if (o1 === 0 && isOnSegment(c, a, b)) return true;
  if (o2 === 0 && isOnSegment(d, a, b)) return true;
  if (o3 === 0 && isOnSegment(a, c, d)) return true;
  if (o4 === 0 && isOnSegment(b, c, d)) return true;
  return false;
}
