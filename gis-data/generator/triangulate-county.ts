import Constrainautor from '@kninnug/constrainautor';
import Delaunator from 'delaunator';
import type { CountyShape } from './build-counties.ts';
import type { Rng } from './create-rng.ts';
import type { LocalProjection } from './local-projection.ts';
import { createRingIndex, type RingIndex } from './create-ring-index.ts';
import { orient } from './planar.ts';
import type { LngLat, XY } from './types.ts';

/**
 * A constrained triangulation of one county in local metres. Points `0 … boundaryCount-1` are the county's
 * own vertices (their global ids in `boundaryIds`); the rest are seeded interior points.
 */
export interface CountyMesh {
  boundaryCount: number;
  boundaryIds: number[];
  xy: XY[];
  /** Three point indices per triangle, counter-clockwise. */
  triangles: Int32Array;
  /** Per triangle edge (k → k+1): the triangle on the other side, or -1 on the county outline. */
  neighbors: Int32Array;
  centroids: XY[];
  areas: Float64Array;
}

/**
 * Triangulates a county: its outline vertices plus a jittered hexagonal grid of interior points (spacing
 * `spacing` metres, kept at least half a spacing away from the outline), Delaunay (delaunator) constrained
 * to the outline edges (@kninnug/constrainautor), keeping the triangles inside the county.
 * Every outline edge of the county is then exactly one triangle edge, with the county's own vertices.
 * @param county - the county shape (ids into `vertices`)
 * @param vertices - shared vertex table, WGS84
 * @param projection - local projection for this county
 * @param spacing - interior point spacing in metres
 * @param rng - seeded PRNG for the jitter
 * @returns the mesh
 * @throws Error when the kept triangles do not cover exactly the county outline
 */
export function triangulateCounty(county: CountyShape, vertices: readonly LngLat[], projection: LocalProjection, spacing: number, rng: Rng): CountyMesh {
  const rings = county.polygons.flatMap((p) => [p.outer, ...p.holes]);
  const boundaryIds = [...new Set(rings.flat())];
  const indexOf = new Map(boundaryIds.map((id, i) => [id, i]));
  const boundaryXY = boundaryIds.map((id) => projection.toXY(vertices[id]));
  const ringXY = county.polygons.map((p) => [p.outer, ...p.holes].map((ring) => ring.map((id) => boundaryXY[indexOf.get(id)!])));
  const indexes = ringXY.map((polygonRings) => createRingIndex(polygonRings, spacing));
  const isInside = (p: XY): boolean => indexes.some((index) => index.contains(p));
  const interior = seedInteriorPoints(boundaryXY, indexes, isInside, spacing, rng);
  const xy = [...boundaryXY, ...interior];
  const constraints = rings.flatMap((ring) => ring.map((id, i): [number, number] => [indexOf.get(id)!, indexOf.get(ring[(i + 1) % ring.length])!]));
  const del = Delaunator.from(xy);
  new Constrainautor(del, constraints);
  const triangles = keepInside(del.triangles, xy, isInside);
  const neighbors = linkNeighbors(triangles, xy.length);
  assertOutlineMatches(triangles, neighbors, constraints, county.name);
  const centroids: XY[] = [];
  const areas = new Float64Array(triangles.length / 3);
  for (let t = 0; t < areas.length; t++) {
    const [a, b, c] = [xy[triangles[3 * t]], xy[triangles[3 * t + 1]], xy[triangles[3 * t + 2]]];
    centroids.push([(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3]);
    areas[t] = orient(a, b, c) / 2;
  }
  return { boundaryCount: boundaryIds.length, boundaryIds, xy, triangles, neighbors, centroids, areas };
}

function seedInteriorPoints(boundaryXY: XY[], indexes: RingIndex[], isInside: (p: XY) => boolean, spacing: number, rng: Rng): XY[] {
  const xs = boundaryXY.map((p) => p[0]);
  const ys = boundaryXY.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const rowStep = (spacing * Math.sqrt(3)) / 2;
  const points: XY[] = [];
  for (let row = 0, y = minY + rowStep / 2; y < maxY; row++, y += rowStep) {
    for (let x = minX + (row % 2 === 0 ? spacing / 2 : spacing); x < maxX; x += spacing) {
      const p: XY = [x + rng.range(-0.3, 0.3) * spacing, y + rng.range(-0.3, 0.3) * spacing];
      if (isInside(p) && indexes.every((index) => index.distanceWithin(p, spacing / 2) >= spacing / 2)) points.push(p);
    }
  }
  return points;
}

function keepInside(all: Uint32Array, xy: XY[], isInside: (p: XY) => boolean): Int32Array {
  const kept: number[] = [];
  for (let t = 0; t < all.length; t += 3) {
    let [a, b, c] = [all[t], all[t + 1], all[t + 2]];
    const centroid: XY = [(xy[a][0] + xy[b][0] + xy[c][0]) / 3, (xy[a][1] + xy[b][1] + xy[c][1]) / 3];
    if (!isInside(centroid)) continue;
    if (orient(xy[a], xy[b], xy[c]) < 0) [b, c] = [c, b];
    kept.push(a, b, c);
  }
  return Int32Array.from(kept);
}

function linkNeighbors(triangles: Int32Array, pointCount: number): Int32Array {
  const edgeOwner = new Map<number, number>();
  for (let e = 0; e < triangles.length; e++) edgeOwner.set(triangles[e] * pointCount + triangles[nextEdge(e)], e);
  const neighbors = new Int32Array(triangles.length).fill(-1);
  for (let e = 0; e < triangles.length; e++) {
    const twin = edgeOwner.get(triangles[nextEdge(e)] * pointCount + triangles[e]);
    if (twin !== undefined) neighbors[e] = Math.floor(twin / 3);
  }
  return neighbors;
}

/** The next half-edge of the same triangle. */
export function nextEdge(e: number): number {
  return e % 3 === 2 ? e - 2 : e + 1;
}

function assertOutlineMatches(triangles: Int32Array, neighbors: Int32Array, constraints: [number, number][], name: string): void {
  const outline = new Set<string>();
  for (let e = 0; e < triangles.length; e++) if (neighbors[e] < 0) outline.add(`${triangles[e]},${triangles[nextEdge(e)]}`);
  const expected = new Set(constraints.map(([a, b]) => `${a},${b}`));
  const missing = [...expected].filter((k) => !outline.has(k));
  const extra = [...outline].filter((k) => !expected.has(k));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`triangulateCounty: mesh of ${name} does not follow its outline (${missing.length} edges missing, ${extra.length} extra)`);
  }
}
