import { doSegmentsIntersect, orient, segmentDistance2 } from './planar.ts';
import type { CountyMesh } from './triangulate-county.ts';
import type { XY } from './types.ts';

/** Tuning of {@link smoothRegionBoundaries}. */
export interface SmoothOptions {
  /** Laplacian passes. */
  iterations: number;
  /** Fraction of the way to the neighbours' midpoint moved per pass (0–1). */
  factor: number;
  /** Vertices closer than this (metres) to the chord of their neighbours are dropped. */
  simplifyTolerance: number;
  /** Grid cell of the segment index, metres. */
  cellSize: number;
}

/** Smoothed positions per mesh point, and which points were dropped from the boundaries. */
export interface SmoothResult {
  xy: XY[];
  removed: Uint8Array;
}

/**
 * Turns the zig-zag triangle-edge boundaries between regions into smooth lines: interior boundary points
 * that join exactly two boundary edges move towards their neighbours' midpoint (Laplacian smoothing), then
 * nearly straight ones are dropped. Junctions of three regions and county outline points never move, and
 * a move is only made if the new edges cross no other boundary edge and sweep over no other boundary point,
 * so the partition stays a valid planar subdivision. Every point moves once for all regions that share it.
 * @param mesh - the county mesh
 * @param region - region index per triangle
 * @param options - see {@link SmoothOptions}
 * @returns new positions (the mesh is not mutated) and the dropped points
 */
export function smoothRegionBoundaries(mesh: CountyMesh, region: Int32Array, options: SmoothOptions): SmoothResult {
  const xy = mesh.xy.map((p): XY => [p[0], p[1]]);
  const removed = new Uint8Array(xy.length);
  const graph = boundaryGraph(mesh, region);
  const index = createSegmentIndex(xy, options.cellSize);
  for (const [a, b] of graph.segments) index.add(a, b);
  const movable = [...graph.links.keys()].filter((v) => v >= mesh.boundaryCount && graph.links.get(v)!.length === 2).sort((p, q) => p - q);
  for (let pass = 0; pass < options.iterations; pass++) {
    for (const v of movable) {
      const [a, b] = graph.links.get(v)!;
      const target: XY = [
        xy[v][0] + options.factor * ((xy[a][0] + xy[b][0]) / 2 - xy[v][0]),
        xy[v][1] + options.factor * ((xy[a][1] + xy[b][1]) / 2 - xy[v][1]),
      ];
      tryMove(v, a, b, target, xy, index);
    }
  }
  for (const v of movable) {
    const [a, b] = graph.links.get(v)!;
    if (segmentDistance2(xy[v], xy[a], xy[b]) > options.simplifyTolerance ** 2) continue;
    if (graph.links.get(a)!.includes(b) || !isFreeToJoin(v, a, b, xy, index)) continue;
    index.remove(a, v);
    index.remove(v, b);
    index.add(a, b);
    replaceLink(graph.links.get(a)!, v, b);
    replaceLink(graph.links.get(b)!, v, a);
    removed[v] = 1;
  }
  return { xy, removed };
}

function boundaryGraph(mesh: CountyMesh, region: Int32Array): { segments: Array<[number, number]>; links: Map<number, number[]> } {
  const segments: Array<[number, number]> = [];
  const links = new Map<number, number[]>();
  const link = (a: number, b: number): void => {
    links.set(a, [...(links.get(a) ?? []), b]);
  };
  for (let e = 0; e < mesh.triangles.length; e++) {
    const t = Math.floor(e / 3);
    const n = mesh.neighbors[e];
    const [a, b] = [mesh.triangles[e], mesh.triangles[e % 3 === 2 ? e - 2 : e + 1]];
    if (n < 0) segments.push([a, b]);
    else if (t < n && region[n] !== region[t]) {
      segments.push([a, b]);
      link(a, b);
      link(b, a);
    }
  }
  return { segments, links };
}

function replaceLink(list: number[], from: number, to: number): void {
  list[list.indexOf(from)] = to;
}

function tryMove(v: number, a: number, b: number, target: XY, xy: XY[], index: SegmentIndex): void {
  const old = xy[v];
  const touched = index.near([xy[a], xy[b], old, target]);
  const pos = (id: number): XY => (id === v ? target : xy[id]);
  const isClear =
    touched.every(([c, d]) => c === v || d === v || (!conflicts(a, v, c, d, pos) && !conflicts(v, b, c, d, pos))) &&
    !sweepsPoint([xy[a], old, target], touched, [a, b, v], xy) &&
    !sweepsPoint([xy[b], old, target], touched, [a, b, v], xy);
  if (!isClear) return;
  index.remove(a, v);
  index.remove(v, b);
  xy[v] = target;
  index.add(a, v);
  index.add(v, b);
}

function isFreeToJoin(v: number, a: number, b: number, xy: XY[], index: SegmentIndex): boolean {
  const touched = index.near([xy[a], xy[b], xy[v]]);
  const pos = (id: number): XY => xy[id];
  return touched.every(([c, d]) => c === v || d === v || !conflicts(a, b, c, d, pos)) && !sweepsPoint([xy[a], xy[v], xy[b]], touched, [a, b, v], xy);
}

/** Whether new segment p–q meets existing segment c–d anywhere but at a shared end. */
function conflicts(p: number, q: number, c: number, d: number, pos: (id: number) => XY): boolean {
  const shared = [p, q].filter((x) => x === c || x === d);
  if (shared.length === 2) return true;
  if (shared.length === 0) return doSegmentsIntersect(pos(p), pos(q), pos(c), pos(d));
  const s = shared[0];
  const mine = pos(s === p ? q : p);
  const theirs = pos(s === c ? d : c);
  const origin = pos(s);
  const isCollinear = orient(origin, mine, theirs) === 0;
  return isCollinear && (mine[0] - origin[0]) * (theirs[0] - origin[0]) + (mine[1] - origin[1]) * (theirs[1] - origin[1]) > 0;
}

function sweepsPoint(triangle: XY[], segments: Array<[number, number]>, skip: number[], xy: XY[]): boolean {
  const [p, q, r] = triangle;
  const sign = Math.sign(orient(p, q, r));
  if (sign === 0) return false;
  return segments.some((segment) =>
    segment.some((id) => !skip.includes(id) && sign * orient(p, q, xy[id]) >= 0 && sign * orient(q, r, xy[id]) >= 0 && sign * orient(r, p, xy[id]) >= 0),
  );
}

interface SegmentIndex {
  add(a: number, b: number): void;
  remove(a: number, b: number): void;
  near(points: XY[]): Array<[number, number]>;
}

function createSegmentIndex(xy: XY[], cellSize: number): SegmentIndex {
  const cells = new Map<string, Map<string, [number, number]>>();
  const cellKeys = (points: XY[]): string[] => {
    const xs = points.map((p) => Math.floor(p[0] / cellSize));
    const ys = points.map((p) => Math.floor(p[1] / cellSize));
    const keys: string[] = [];
    for (let cx = Math.min(...xs); cx <= Math.max(...xs); cx++) for (let cy = Math.min(...ys); cy <= Math.max(...ys); cy++) keys.push(`${cx},${cy}`);
    return keys;
  };
  const keyOf = (a: number, b: number): string => (a < b ? `${a},${b}` : `${b},${a}`);
  return {
    add(a, b) {
      for (const cell of cellKeys([xy[a], xy[b]])) {
        const bucket = cells.get(cell) ?? new Map<string, [number, number]>();
        cells.set(cell, bucket);
        bucket.set(keyOf(a, b), [a, b]);
      }
    },
    remove(a, b) {
      for (const cell of cellKeys([xy[a], xy[b]])) cells.get(cell)?.delete(keyOf(a, b));
    },
    near(points) {
      const found = new Map<string, [number, number]>();
      for (const cell of cellKeys(points)) for (const [k, s] of cells.get(cell) ?? []) found.set(k, s);
      return [...found.values()];
    },
  };
}
