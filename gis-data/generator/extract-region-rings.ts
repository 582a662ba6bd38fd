import type { Edge } from './cancel-opposite-edges.ts';
import { polygonizeEdges } from './polygonize-edges.ts';
import { nextEdge, type CountyMesh } from './triangulate-county.ts';
import type { RingPolygon } from './types.ts';

/**
 * Outlines each region of a partitioned mesh: the triangle edges whose other side is another region or
 * outside the county, chained into polygons of mesh point indices. Neighbouring regions get the same
 * points in opposite order along their shared edges, and outline edges are the county's own.
 * @param mesh - the county mesh
 * @param region - region index per triangle
 * @param regionCount - number of regions
 * @returns polygons per region
 */
export function extractRegionRings(mesh: CountyMesh, region: Int32Array, regionCount: number): RingPolygon[][] {
  const edges: Edge[][] = Array.from({ length: regionCount }, () => []);
  for (let e = 0; e < mesh.triangles.length; e++) {
    const t = Math.floor(e / 3);
    const n = mesh.neighbors[e];
    if (n < 0 || region[n] !== region[t]) edges[region[t]].push([mesh.triangles[e], mesh.triangles[nextEdge(e)]]);
  }
  return edges.map((list) => polygonizeEdges(list, (i) => mesh.xy[i]));
}
