import type { CountyMesh } from './triangulate-county.ts';

const MAX_PASSES = 50;

/**
 * Makes every region a clean polygon: edge-connected (stray components go to the neighbouring region they
 * share most edges with) and without pinch vertices (a vertex where a region touches itself only at that
 * point; the smaller touching group of triangles goes to a neighbour). Seed triangles never move.
 * Mutates and returns `region` (it is the generator's own working array, not an input).
 * @param mesh - the county mesh
 * @param region - region index per triangle, from growRegions
 * @param seeds - seed triangle per region
 * @returns the same array, repaired
 * @throws Error when repairs do not converge
 */
export function repairRegions(mesh: CountyMesh, region: Int32Array, seeds: readonly number[]): Int32Array {
  const fan = trianglesAroundVertices(mesh);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const moved = reconnect(mesh, region, seeds) + unpinch(mesh, region, seeds, fan);
    if (moved === 0) return region;
  }
  throw new Error('repairRegions: regions still disconnected or pinched after repairs');
}

function trianglesAroundVertices(mesh: CountyMesh): number[][] {
  const fan: number[][] = mesh.xy.map(() => []);
  for (let e = 0; e < mesh.triangles.length; e++) fan[mesh.triangles[e]].push(Math.floor(e / 3));
  return fan;
}

function reconnect(mesh: CountyMesh, region: Int32Array, seeds: readonly number[]): number {
  const reached = new Uint8Array(region.length);
  seeds.forEach((seed, r) => {
    const queue = [seed];
    reached[seed] = 1;
    for (let i = 0; i < queue.length; i++) {
      for (let k = 0; k < 3; k++) {
        const n = mesh.neighbors[3 * queue[i] + k];
        if (n >= 0 && !reached[n] && region[n] === r) {
          reached[n] = 1;
          queue.push(n);
        }
      }
    }
  });
  let moved = 0;
  for (let t = 0; t < region.length; t++) {
    if (reached[t]) continue;
    const votes = new Map<number, number>();
    for (let k = 0; k < 3; k++) {
      const n = mesh.neighbors[3 * t + k];
      if (n >= 0 && region[n] !== region[t]) votes.set(region[n], (votes.get(region[n]) ?? 0) + 1);
    }
    const winner = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (winner) {
      region[t] = winner[0];
      moved++;
    }
  }
  return moved;
}

function unpinch(mesh: CountyMesh, region: Int32Array, seeds: readonly number[], fan: number[][]): number {
  const isSeed = new Set(seeds);
  let moved = 0;
  fan.forEach((around, v) => {
    if (around.every((t) => region[t] === region[around[0]])) return;
    const groups = groupsAtVertex(mesh, region, around, v);
    for (const [r, list] of groups) {
      if (list.length < 2) continue;
      const keep = list.find((g) => g.some((t) => isSeed.has(t))) ?? list.reduce((best, g) => (g.length > best.length ? g : best));
      for (const group of list) {
        if (group === keep || group.some((t) => isSeed.has(t))) continue;
        for (const t of group) {
          const other = neighbourRegionAt(mesh, region, t, r);
          if (other >= 0) {
            region[t] = other;
            moved++;
          }
        }
      }
    }
  });
  return moved;
}

/** For each region at vertex v: its triangles there, split into groups joined by edges through v. */
function groupsAtVertex(mesh: CountyMesh, region: Int32Array, around: number[], v: number): Map<number, number[][]> {
  const parent = new Map(around.map((t) => [t, t]));
  const find = (t: number): number => {
    while (parent.get(t) !== t) t = parent.get(t)!;
    return t;
  };
  for (const t of around) {
    for (let k = 0; k < 3; k++) {
      const [a, b] = [mesh.triangles[3 * t + k], mesh.triangles[3 * t + ((k + 1) % 3)]];
      const n = mesh.neighbors[3 * t + k];
      if ((a === v || b === v) && n >= 0 && parent.has(n) && region[n] === region[t]) parent.set(find(n), find(t));
    }
  }
  const byRegion = new Map<number, Map<number, number[]>>();
  for (const t of around) {
    const groups = byRegion.get(region[t]) ?? new Map<number, number[]>();
    byRegion.set(region[t], groups);
    const root = find(t);
    groups.set(root, [...(groups.get(root) ?? []), t]);
  }
  return new Map([...byRegion].map(([r, groups]) => [r, [...groups.values()]]));
}

function neighbourRegionAt(mesh: CountyMesh, region: Int32Array, t: number, own: number): number {
  for (let k = 0; k < 3; k++) {
    const n = mesh.neighbors[3 * t + k];
    if (n >= 0 && region[n] !== own) return region[n];
  }
  return -1;
}
