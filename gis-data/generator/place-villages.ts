import { createRingIndex } from './create-ring-index.ts';
import type { Rng } from './create-rng.ts';
import type { XY } from './types.ts';

/** Target spacing between village points, metres (relaxed step by step where a township is crowded). */
export const VILLAGE_SPACING = 300;
const MARGINS = [150, 75, 30];
const SPACINGS = [VILLAGE_SPACING, 200, 100, 0];
const BEST_CANDIDATES = 15;

/**
 * Places points for a township's village-level units inside its polygon (local metres): communities
 * (`clustered`) fall near the township centre (normal spread growing with their number), villages
 * (`spread`) are spread out by best-candidate sampling (of 15 random points, the one farthest from all
 * points placed so far). Points keep a margin from the township boundary (so neighbours across a boundary
 * stay apart too) and a minimum spacing, both relaxed only when a township cannot hold them.
 * @param polygons - the township polygons as planar rings (outer first, then holes)
 * @param centre - township label point, planar
 * @param units - in placement order, `clustered` or `spread`
 * @param rng - seeded PRNG
 * @returns one point per unit
 * @throws Error when a point cannot be placed at all
 */
export function placeVillages(polygons: readonly XY[][][], centre: XY, units: readonly ('clustered' | 'spread')[], rng: Rng): XY[] {
  const indexes = polygons.map((rings) => createRingIndex(rings, 500));
  const xs = polygons.flatMap((rings) => rings[0].map((p) => p[0]));
  const ys = polygons.flatMap((rings) => rings[0].map((p) => p[1]));
  const bbox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const clusteredCount = units.filter((u) => u === 'clustered').length;
  const sigma = 500 + 250 * Math.sqrt(clusteredCount);
  const placed: XY[] = [];
  const isUsable = (p: XY, margin: number): boolean =>
    indexes.some((index) => index.contains(p)) && indexes.every((index) => index.distanceWithin(p, margin) >= margin);
  const nearest = (p: XY): number => placed.reduce((best, q) => Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1])), Infinity);
  const uniform = (): XY => [rng.range(bbox[0], bbox[2]), rng.range(bbox[1], bbox[3])];
  const gaussian = (): XY => [centre[0] + sigma * rng.normal(), centre[1] + sigma * rng.normal()];
  for (const unit of units) {
    const point = unit === 'clustered' ? firstFit(gaussian, isUsable, nearest) : bestCandidate(uniform, isUsable, nearest);
    if (!point) throw new Error(`placeVillages: no room for point ${placed.length + 1} of ${units.length}`);
    placed.push(point);
  }
  return placed;
}

function firstFit(sample: () => XY, isUsable: (p: XY, margin: number) => boolean, nearest: (p: XY) => number): XY | undefined {
  for (let level = 0; level < SPACINGS.length; level++) {
    const margin = MARGINS[Math.min(level, MARGINS.length - 1)];
    for (let attempt = 0; attempt < 200; attempt++) {
      const p = sample();
      if (isUsable(p, margin) && nearest(p) >= SPACINGS[level]) return p;
    }
  }
  return undefined;
}

function bestCandidate(sample: () => XY, isUsable: (p: XY, margin: number) => boolean, nearest: (p: XY) => number): XY | undefined {
  for (const margin of MARGINS) {
    const candidates: XY[] = [];
    for (let attempt = 0; attempt < 2000 && candidates.length < BEST_CANDIDATES; attempt++) {
      const p = sample();
      if (isUsable(p, margin)) candidates.push(p);
    }
    if (candidates.length > 0) return candidates.reduce((best, p) => (nearest(p) > nearest(best) ? p : best));
  }
  return undefined;
}
