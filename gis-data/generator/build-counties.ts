import type { FeatureCollection, Geometry, Position } from 'geojson';
import { cancelOppositeEdges, type Edge } from './cancel-opposite-edges.ts';
import { cleanRing } from './clean-ring.ts';
import { gcj02ToWgs84 } from './gcj02-to-wgs84.ts';
import { signedArea2 } from './planar.ts';
import { polygonizeEdges } from './polygonize-edges.ts';
import type { NbsCounty } from './read-nbs-lists.ts';
import { roundCoord } from './round-coord.ts';
import { splitTJunctions } from './split-t-junctions.ts';
import type { LngLat, RingPolygon } from './types.ts';

/** A county with its topology: polygons are rings of ids into {@link CountyTopology.vertices}. */
export interface CountyShape {
  code: string;
  adminCode: string;
  name: string;
  labelPoint: LngLat;
  polygons: RingPolygon[];
}

/** All counties of a dataset over one shared vertex table (WGS84, rounded), so shared edges are shared ids. */
export interface CountyTopology {
  vertices: LngLat[];
  counties: CountyShape[];
}

/** How to read the county polygon source. */
export interface CountySourceOptions {
  nameProperty: string;
  labelPointProperty: string;
  datum: 'gcj02' | 'wgs84';
}

/**
 * Builds the county layer: joins polygons to NBS codes by name, cleans quantisation artefacts, splits
 * T-junctions, merges each county's parts by cancelling shared edges, checks that no two counties overlap
 * and that no gap lies between them, then converts every vertex once to WGS84 (rounded to 1e-7).
 * Because conversion and rounding are per vertex id, adjacent counties keep bit-identical shared edges.
 * @param source - the county polygons (e.g. echarts "shape-with-internal-borders")
 * @param nbsCounties - the NBS county rows (6-digit codes)
 * @param options - property names and datum of the source
 * @returns the county topology, counties sorted by code
 * @throws Error when a polygon has no NBS match, counties overlap, or a gap lies between counties
 */
export function buildCounties(source: FeatureCollection, nbsCounties: readonly NbsCounty[], options: CountySourceOptions): CountyTopology {
  const raw: LngLat[] = [];
  const idOf = new Map<string, number>();
  const vertexId = (p: Position): number => {
    const key = `${p[0]},${p[1]}`;
    let id = idOf.get(key);
    if (id === undefined) {
      id = raw.length;
      idOf.set(key, id);
      raw.push([p[0], p[1]]);
    }
    return id;
  };
  const at = (id: number): LngLat => raw[id];
  const joined = nbsCounties.map((county) => {
    const feature = findFeature(source, county.name, options.nameProperty);
    const rings = polygonsOf(feature.geometry).flatMap((polygon) =>
      polygon.map((ring, k) => orientRing(cleanRing(ring as LngLat[]), k === 0).map(vertexId)),
    );
    const label = feature.properties?.[options.labelPointProperty] as [number, number] | undefined;
    if (!label) throw new Error(`buildCounties: ${county.name} has no "${options.labelPointProperty}" label point`);
    return { county, rings, label };
  });
  const allIds = raw.map((_, id) => id);
  const counties = joined.map(({ county, rings, label }) => {
    const split = splitTJunctions(rings, allIds, at).rings;
    const edges = split.flatMap(ringEdges);
    return { county, label, edges, polygons: polygonizeEdges(cancelOppositeEdges(edges), at) };
  });
  assertNoGapsOrOverlaps(counties.map((c) => ({ name: c.county.name, edges: c.polygons.flatMap(polygonEdges) })), at);
  const toWgs84 = options.datum === 'gcj02' ? gcj02ToWgs84 : (p: readonly [number, number]): LngLat => [p[0], p[1]];
  const round = (p: readonly [number, number]): LngLat => {
    const [lng, lat] = toWgs84(p);
    return [roundCoord(lng), roundCoord(lat)];
  };
  const vertices = raw.map(round);
  assertDistinct(vertices);
  return {
    vertices,
    counties: counties.map(({ county, label, polygons }) => ({
      code: `${county.code}000000`,
      adminCode: county.code,
      name: county.name,
      labelPoint: round(label),
      polygons,
    })),
  };
}

function findFeature(source: FeatureCollection, name: string, nameProperty: string) {
  const names = (f: (typeof source.features)[number]): string => String(f.properties?.[nameProperty] ?? '');
  const exact = source.features.filter((f) => names(f) === name);
  const candidates = exact.length > 0 ? exact : source.features.filter((f) => names(f) !== '' && name.startsWith(names(f)));
  if (candidates.length !== 1) throw new Error(`buildCounties: ${candidates.length} polygons match the NBS county "${name}"`);
  return candidates[0];
}

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`buildCounties: unsupported geometry type ${geometry.type}`);
}

function orientRing(ring: LngLat[], isOuter: boolean): LngLat[] {
  const isCcw = signedArea2(ring) > 0;
  return isCcw === isOuter ? ring : [...ring].reverse();
}

/** Directed edges of an open ring of ids. */
export function ringEdges(ring: readonly number[]): Edge[] {
  return ring.map((a, i): Edge => [a, ring[(i + 1) % ring.length]]);
}

/** Directed edges of all rings of a polygon. */
export function polygonEdges(polygon: RingPolygon): Edge[] {
  return [polygon.outer, ...polygon.holes].flatMap(ringEdges);
}

function assertNoGapsOrOverlaps(counties: { name: string; edges: Edge[] }[], at: (id: number) => LngLat): void {
  const owner = new Map<string, string>();
  for (const { name, edges } of counties) for (const [a, b] of edges) owner.set(`${a},${b}`, name);
  const union = polygonizeEdges(cancelOppositeEdges(counties.flatMap((c) => c.edges)), at);
  for (const polygon of union) {
    for (const hole of polygon.holes) {
      const around = new Set(ringEdges(hole).map(([a, b]) => owner.get(`${a},${b}`)));
      if (around.size > 1) throw new Error(`buildCounties: gap between ${[...around].join(', ')} near vertex ${at(hole[0]).join(',')}`);
    }
  }
}

function assertDistinct(vertices: LngLat[]): void {
  const seen = new Set<string>();
  for (const [lng, lat] of vertices) {
    const key = `${lng},${lat}`;
    if (seen.has(key)) throw new Error(`buildCounties: two source vertices collapse to ${key} after conversion and rounding`);
    seen.add(key);
  }
}
