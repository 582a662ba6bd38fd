import { createMinHeap } from './create-min-heap.ts';
import type { CountyMesh } from './triangulate-county.ts';

/**
 * Grows one region per seed triangle over the mesh's triangle adjacency (multi-source Dijkstra, centroid to
 * centroid), where region i's cost is its path length divided by `weights[i]`: a smaller weight gives a
 * smaller cell. A triangle is claimed by the first wavefront that reaches it, and a wavefront only passes
 * through its own triangles, so every region is edge-connected. Triangles no wavefront reaches (a part of the
 * county not connected by edges) go to the region of the nearest claimed triangle.
 * @param mesh - the county mesh
 * @param seeds - seed triangle per region (distinct)
 * @param weights - growth weight per region (> 0)
 * @returns region index per triangle
 */
export function growRegions(mesh: CountyMesh, seeds: readonly number[], weights: readonly number[]): Int32Array {
  const count = mesh.areas.length;
  const region = new Int32Array(count).fill(-1);
  type Entry = [key: number, region: number, triangle: number, path: number];
  const heap = createMinHeap<Entry>((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  seeds.forEach((t, r) => heap.push([0, r, t, 0]));
  for (let entry = heap.pop(); entry; entry = heap.pop()) {
    const [, r, t, path] = entry;
    if (region[t] >= 0) continue;
    region[t] = r;
    for (let k = 0; k < 3; k++) {
      const n = mesh.neighbors[3 * t + k];
      if (n < 0 || region[n] >= 0) continue;
      const step = Math.hypot(mesh.centroids[n][0] - mesh.centroids[t][0], mesh.centroids[n][1] - mesh.centroids[t][1]);
      heap.push([(path + step) / weights[r], r, n, path + step]);
    }
  }
  assignUnreached(mesh, region);
  return region;
}

function assignUnreached(mesh: CountyMesh, region: Int32Array): void {
  const claimed = [...region.keys()].filter((t) => region[t] >= 0);
  for (let start = 0; start < region.length; start++) {
    if (region[start] >= 0) continue;
    const component = [start];
    region[start] = -2;
    for (let i = 0; i < component.length; i++) {
      for (let k = 0; k < 3; k++) {
        const n = mesh.neighbors[3 * component[i] + k];
        if (n >= 0 && region[n] === -1) {
          region[n] = -2;
          component.push(n);
        }
      }
    }
    const [sx, sy] = mesh.centroids[start];
    let owner = -1;
    let best = Infinity;
    for (const c of claimed) {
      const d = Math.hypot(mesh.centroids[c][0] - sx, mesh.centroids[c][1] - sy);
      if (d < best) [owner, best] = [region[c], d];
    }
    for (const t of component) region[t] = owner;
  }
}
