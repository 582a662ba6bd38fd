import { isPointInRing, signedArea2 } from './planar.ts';
import type { Edge } from './cancel-opposite-edges.ts';
import type { RingPolygon, VertexAt } from './types.ts';

/**
 * Chains boundary edges (area on their left) into polygons: CCW rings are shells, CW rings are holes,
 * each hole goes to the smallest shell around it. Where a vertex has several outgoing edges the walk takes
 * the first one clockwise from where it came (it traces faces), and a walk that passes a vertex twice is
 * cut there, so rings that touch at a vertex come out as separate simple rings (OGC-valid: a hole
 * touching its shell, or two shells touching) instead of one self-touching ring.
 * @param edges - boundary edges, e.g. from cancelOppositeEdges
 * @param at - planar position of a vertex id
 * @returns polygons of open rings of ids, each ring starting at its smallest id
 * @throws Error when the edges do not close into rings
 * @example
 * polygonizeEdges([[0, 1], [1, 2], [2, 0]], (id) => [[0, 0], [1, 0], [0, 1]][id])
 * // = [{ outer: [0, 1, 2], holes: [] }]
 */
export function polygonizeEdges(edges: readonly Edge[], at: VertexAt): RingPolygon[] {
  const outgoing = new Map<number, number[]>();
  edges.forEach(([a], i) => {
    const list = outgoing.get(a);
    if (list) list.push(i);
    else outgoing.set(a, [i]);
  });
  const used = new Uint8Array(edges.length);
  const rings: number[][] = [];
  for (let start = 0; start < edges.length; start++) {
    if (used[start]) continue;
    rings.push(...splitAtRepeatedVertices(walkRing(start, edges, outgoing, used, at)));
  }
  return assignHoles(rings.map(rotateToSmallest), at);
}

function walkRing(start: number, edges: readonly Edge[], outgoing: Map<number, number[]>, used: Uint8Array, at: VertexAt): number[] {
  const ring: number[] = [];
  let current = start;
  for (;;) {
    used[current] = 1;
    const [from, to] = edges[current];
    ring.push(from);
    const candidates = (outgoing.get(to) ?? []).filter((i) => !used[i] || i === start);
    const next = pickNext(from, to, edges, candidates, at);
    if (next === start) return ring;
    if (next < 0) throw new Error(`polygonizeEdges: ring starting at vertex ${edges[start][0]} does not close`);
    current = next;
  }
}

function pickNext(from: number, via: number, edges: readonly Edge[], candidates: number[], at: VertexAt): number {
  if (candidates.length <= 1) return candidates.length === 1 ? candidates[0] : -1;
  const [vx, vy] = at(via);
  const [fx, fy] = at(from);
  const back = Math.atan2(fy - vy, fx - vx);
  let best = -1;
  let bestTurn = Infinity;
  for (const i of candidates) {
    const [tx, ty] = at(edges[i][1]);
    let turn = back - Math.atan2(ty - vy, tx - vx);
    while (turn <= 0) turn += 2 * Math.PI;
    while (turn > 2 * Math.PI) turn -= 2 * Math.PI;
    if (turn < bestTurn) {
      bestTurn = turn;
      best = i;
    }
  }
  return best;
}

/** Cuts a closed walk that passes a vertex twice into simple rings (a hole touching its shell, two lobes). */
function splitAtRepeatedVertices(walk: number[]): number[][] {
  const loops: number[][] = [];
  const stack: number[] = [];
  const position = new Map<number, number>();
  for (const id of walk) {
    const k = position.get(id);
    if (k === undefined) {
      position.set(id, stack.length);
      stack.push(id);
      continue;
    }
    const loop = stack.splice(k);
    for (const v of loop) position.delete(v);
    loops.push(loop);
    position.set(id, stack.length);
    stack.push(id);
  }
  if (stack.length > 0) loops.push(stack);
  return loops.filter((loop) => loop.length >= 3);
}

function rotateToSmallest(ring: number[]): number[] {
  let k = 0;
  for (let i = 1; i < ring.length; i++) if (ring[i] < ring[k]) k = i;
  return [...ring.slice(k), ...ring.slice(0, k)];
}

function assignHoles(rings: number[][], at: VertexAt): RingPolygon[] {
  const area = (ring: number[]): number => signedArea2(ring.map(at));
  const shells = rings.filter((r) => area(r) > 0).map((outer) => ({ outer, holes: [] as number[][], size: area(outer) }));
  for (const hole of rings.filter((r) => area(r) <= 0)) {
    const owner = shells
      .filter((s) => containsRing(s.outer, hole, at))
      .sort((p, q) => p.size - q.size)[0];
    if (!owner) throw new Error(`polygonizeEdges: hole at vertex ${hole[0]} lies in no shell`);
    owner.holes.push(hole);
  }
  return shells.map(({ outer, holes }) => ({ outer, holes }));
}

function containsRing(shell: number[], hole: number[], at: VertexAt): boolean {
  const shellIds = new Set(shell);
  const probe = hole.find((id) => !shellIds.has(id));
  const shellPoints = shell.map(at);
  if (probe !== undefined) return isPointInRing(at(probe), shellPoints);
  const [a, b] = [at(hole[0]), at(hole[1])];
  return isPointInRing([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], shellPoints);
}
