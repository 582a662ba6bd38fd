import type { CountyShape, CountyTopology } from './build-counties.ts';
import { classifyTownship } from './classify-township.ts';
import { classifyVillage } from './classify-village.ts';
import { createLocalProjection, type LocalProjection } from './local-projection.ts';
import { createRng } from './create-rng.ts';
import { extractRegionRings } from './extract-region-rings.ts';
import { findLabelPoint } from './find-label-point.ts';
import { growRegions } from './grow-regions.ts';
import { hashString } from './hash-string.ts';
import { placeTownshipSeeds, type SeedSpec } from './place-township-seeds.ts';
import type { NbsTownship, NbsVillage } from './read-nbs-lists.ts';
import { repairRegions } from './repair-regions.ts';
import { roundCoord } from './round-coord.ts';
import { smoothRegionBoundaries } from './smooth-region-boundaries.ts';
import { triangulateCounty, type CountyMesh } from './triangulate-county.ts';
import type { LngLat, TownshipKind, XY } from './types.ts';

/** Mesh spacing of the synthetic partition, metres. */
export const MESH_SPACING = 700;

/** Relative cell size per kind (area grows roughly with the square). */
const WEIGHTS: Record<TownshipKind, number> = { subdistrict: 0.45, development: 0.45, special: 0.55, town: 1, township: 1.15 };

/** A synthetic township polygon over a real county. Rings are open (first vertex not repeated). */
export interface TownshipShape {
  code: string;
  name: string;
  parentCode: string;
  kind: TownshipKind;
  polygons: LngLat[][][];
  labelPoint: LngLat;
}

/**
 * Builds the synthetic township layer: for each county, a seeded mesh is cut into one region per NBS
 * township (seeds placed by kind, regions grown on the mesh, repaired, smoothed). Regions are unions of mesh
 * triangles, so they partition the county exactly: shared edges use the same points in both neighbours,
 * and edges on the county outline are the county's own vertices.
 * @param topology - counties over their shared vertex table
 * @param townships - NBS townships (12-digit codes)
 * @param villages - NBS villages (used to find the seat town of a county without 街道)
 * @param seed - dataset seed
 * @returns townships sorted by code
 */
export function buildTownships(topology: CountyTopology, townships: readonly NbsTownship[], villages: readonly NbsVillage[], seed: number): TownshipShape[] {
  return topology.counties.flatMap((county) => {
    const members = townships.filter((t) => t.parentCode === county.code);
    if (members.length === 0) throw new Error(`buildTownships: county ${county.code} has no townships`);
    return partitionCounty(county, topology, members, villages, seed);
  });
}

function partitionCounty(county: CountyShape, topology: CountyTopology, members: readonly NbsTownship[], villages: readonly NbsVillage[], seed: number): TownshipShape[] {
  const rng = createRng(seed ^ hashString(county.code));
  const projection = createLocalProjection(county.labelPoint);
  const mesh = triangulateCounty(county, topology.vertices, projection, MESH_SPACING, rng);
  const kinds = members.map((t) => classifyTownship(t.name));
  const specs = seedSpecs(members, kinds, villages);
  const seeds = placeTownshipSeeds(mesh, specs, projection.toXY(county.labelPoint), rng);
  const region = repairRegions(mesh, growRegions(mesh, seeds, specs.map((s) => s.weight)), seeds);
  const rings = extractRegionRings(mesh, region, members.length);
  const smooth = smoothRegionBoundaries(mesh, region, { iterations: 6, factor: 0.5, simplifyTolerance: 25, cellSize: 2 * MESH_SPACING });
  const coord = pointCoordinates(mesh, smooth.xy, topology.vertices, projection);
  return members.map((t, r) => {
    const polygons = rings[r].map((p) => [p.outer, ...p.holes].map((ring) => ring.filter((i) => !smooth.removed[i])));
    const candidates = [...region.keys()].filter((tri) => region[tri] === r).map((tri) => mesh.centroids[tri]);
    const label = findLabelPoint(candidates, polygons[0].map((ring) => ring.map((i) => smooth.xy[i])));
    const [lng, lat] = projection.toLngLat(label);
    return {
      code: t.code,
      name: t.name,
      parentCode: county.code,
      kind: kinds[r],
      polygons: polygons.map((p) => p.map((ring) => ring.map(coord))),
      labelPoint: [roundCoord(lng), roundCoord(lat)],
    };
  });
}

function seedSpecs(members: readonly NbsTownship[], kinds: TownshipKind[], villages: readonly NbsVillage[]): SeedSpec[] {
  const hasSubdistricts = kinds.includes('subdistrict');
  const communities = (code: string): number => villages.filter((v) => v.parentCode === code && classifyVillage(v.name) === 'community').length;
  const townIndexes = kinds.flatMap((k, i) => (k === 'town' ? [i] : []));
  const seatTown = hasSubdistricts ? -1 : townIndexes.reduce((best, i) => (best < 0 || communities(members[i].code) > communities(members[best].code) ? i : best), -1);
  return kinds.map((kind, i) => ({
    role: kind === 'subdistrict' || i === seatTown ? 'urban' : kind === 'development' ? 'near-core' : 'free',
    weight: WEIGHTS[kind],
  }));
}

function pointCoordinates(mesh: CountyMesh, xy: XY[], vertices: readonly LngLat[], projection: LocalProjection): (i: number) => LngLat {
  const cache = new Map<number, LngLat>();
  return (i) => {
    if (i < mesh.boundaryCount) return vertices[mesh.boundaryIds[i]];
    let point = cache.get(i);
    if (!point) {
      const [lng, lat] = projection.toLngLat(xy[i]);
      point = [roundCoord(lng), roundCoord(lat)];
      cache.set(i, point);
    }
    return point;
  };
}
