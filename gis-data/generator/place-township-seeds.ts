import type { Rng } from './create-rng.ts';
import type { CountyMesh } from './triangulate-county.ts';
import type { XY } from './types.ts';

/** Where a township's seed may go. */
export type SeedRole = 'urban' | 'near-core' | 'free';

/** What seed placement needs to know about a township. */
export interface SeedSpec {
  role: SeedRole;
  weight: number;
}

const LLOYD_ITERATIONS = 15;

/**
 * Places one seed triangle per township. `urban` seeds (街道, or the seat town of a county without 街道) sit
 * on a small ring around the county seat (`core`), `near-core` seeds (development zones) on a wider ring,
 * `free` seeds (镇, 乡, farms, forests…) start at area-weighted random triangles kept apart from each
 * other and then move by weighted Lloyd relaxation to the centre of their cell, which makes cells compact
 * and of similar size for similar weights.
 * @param mesh - county mesh (local metres)
 * @param specs - per township, in output order
 * @param core - county seat in mesh coordinates
 * @param rng - seeded PRNG
 * @returns seed triangle per township (distinct)
 */
export function placeTownshipSeeds(mesh: CountyMesh, specs: readonly SeedSpec[], core: XY, rng: Rng): number[] {
  const totalArea = mesh.areas.reduce((sum, a) => sum + a, 0);
  const cellRadius = Math.sqrt(totalArea / specs.length / Math.PI);
  const seeds = new Array<number>(specs.length).fill(-1);
  const taken = new Set<number>();
  const place = (i: number, t: number): void => {
    seeds[i] = t;
    taken.add(t);
  };
  const urban = specs.flatMap((s, i) => (s.role === 'urban' ? [i] : []));
  const nearCore = specs.flatMap((s, i) => (s.role === 'near-core' ? [i] : []));
  const urbanRadius = urban.length === 1 ? 0 : 1500 + 500 * urban.length;
  ringTargets(core, urbanRadius, urban.length, rng).forEach((p, k) => place(urban[k], nearestFreeTriangle(mesh, p, taken)));
  ringTargets(core, urbanRadius + 4000, nearCore.length, rng).forEach((p, k) => place(nearCore[k], nearestFreeTriangle(mesh, p, taken)));
  const free = specs.flatMap((s, i) => (s.role === 'free' ? [i] : []));
  const cumulative = cumulativeAreas(mesh);
  for (const i of free) place(i, randomSpacedTriangle(mesh, seeds, 0.8 * cellRadius, cumulative, taken, rng));
  relax(mesh, seeds, specs, free);
  return seeds;
}

function ringTargets(core: XY, radius: number, count: number, rng: Rng): XY[] {
  const start = rng.range(0, 2 * Math.PI);
  return Array.from({ length: count }, (_, k): XY => {
    const angle = start + (2 * Math.PI * k) / count;
    return [core[0] + radius * Math.cos(angle), core[1] + radius * Math.sin(angle)];
  });
}

function nearestFreeTriangle(mesh: CountyMesh, p: XY, taken: Set<number>): number {
  let best = -1;
  let bestDistance = Infinity;
  mesh.centroids.forEach((c, t) => {
    const d = Math.hypot(c[0] - p[0], c[1] - p[1]);
    if (d < bestDistance && !taken.has(t)) [best, bestDistance] = [t, d];
  });
  return best;
}

function randomSpacedTriangle(mesh: CountyMesh, seeds: number[], minDistance: number, cumulative: Float64Array, taken: Set<number>, rng: Rng): number {
  let candidate = -1;
  for (let attempt = 0; attempt < 200; attempt++) {
    candidate = areaWeightedTriangle(cumulative, rng);
    const spacing = attempt < 100 ? minDistance : minDistance / 2;
    const isSpaced = seeds.every((s) => s < 0 || Math.hypot(mesh.centroids[s][0] - mesh.centroids[candidate][0], mesh.centroids[s][1] - mesh.centroids[candidate][1]) >= spacing);
    if (isSpaced && !taken.has(candidate)) return candidate;
  }
  return nearestFreeTriangle(mesh, mesh.centroids[candidate], taken);
}

function cumulativeAreas(mesh: CountyMesh): Float64Array {
  const cumulative = new Float64Array(mesh.areas.length);
  let sum = 0;
  mesh.areas.forEach((a, t) => {
    sum += a;
    cumulative[t] = sum;
  });
  return cumulative;
}

/** The first triangle whose cumulative area reaches a uniform draw (binary search). */
function areaWeightedTriangle(cumulative: Float64Array, rng: Rng): number {
  const target = rng.next() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function relax(mesh: CountyMesh, seeds: number[], specs: readonly SeedSpec[], movable: number[]): void {
  const inverseWeight2 = specs.map((s) => 1 / (s.weight * s.weight));
  for (let iteration = 0; iteration < LLOYD_ITERATIONS; iteration++) {
    const sums = specs.map(() => [0, 0, 0]);
    const cells: number[][] = specs.map(() => []);
    const seedX = seeds.map((s) => mesh.centroids[s][0]);
    const seedY = seeds.map((s) => mesh.centroids[s][1]);
    mesh.centroids.forEach(([x, y], t) => {
      let owner = 0;
      let bestCost = Infinity;
      for (let i = 0; i < seeds.length; i++) {
        const cost = ((seedX[i] - x) ** 2 + (seedY[i] - y) ** 2) * inverseWeight2[i];
        if (cost < bestCost) [owner, bestCost] = [i, cost];
      }
      const a = mesh.areas[t];
      sums[owner][0] += a * x;
      sums[owner][1] += a * y;
      sums[owner][2] += a;
      cells[owner].push(t);
    });
    const taken = new Set(seeds);
    for (const i of movable) {
      if (sums[i][2] === 0) continue;
      const target: XY = [sums[i][0] / sums[i][2], sums[i][1] / sums[i][2]];
      taken.delete(seeds[i]);
      seeds[i] = cells[i].reduce((best, t) => (!taken.has(t) && distance(mesh.centroids[t], target) < distance(mesh.centroids[best], target) ? t : best), seeds[i]);
      taken.add(seeds[i]);
    }
  }
}

function distance(a: XY, b: XY): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}
