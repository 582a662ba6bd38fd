import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Point, Position } from 'geojson';

/** Folder of the Xianning seed dataset in the repo. */
export const XIANNING_DIR = fileURLToPath(new URL('../../../gis-data/xianning/', import.meta.url));

/** Raw source data (not shipped): ../shared/gis-data-src next to the repo, or GIS_DATA_SRC. */
export const GIS_DATA_SRC = process.env.GIS_DATA_SRC ?? fileURLToPath(new URL('../../../../shared/gis-data-src/', import.meta.url));

/** Properties shared by every division feature. */
export interface DivisionProps {
  code: string;
  admin_code?: string;
  name: string;
  level: string;
  parent_code: string | null;
  label_point?: [number, number];
  source: string;
  geom_source: string;
  [key: string]: unknown;
}

/** Reads a GeoJSON FeatureCollection from the dataset folder. */
export function readLayer<G extends MultiPolygon | Point>(dir: string, name: string): Feature<G, DivisionProps>[] {
  return (JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as FeatureCollection<G, DivisionProps>).features;
}

/** Coordinate key as written in the file (exact). */
export const keyOf = (p: Position): string => `${p[0]},${p[1]}`;

/** Directed edges "a|b" of every ring of a MultiPolygon. */
export function directedEdges(geometry: MultiPolygon): string[] {
  return geometry.coordinates.flatMap((polygon) => polygon.flatMap((ring) => ring.slice(0, -1).map((p, i) => `${keyOf(p)}|${keyOf(ring[i + 1])}`)));
}

/** Edge multiset left after cancelling opposite pairs; throws on a duplicated directed edge (overlap). */
export function unionBoundary(edges: string[]): Set<string> {
  const set = new Set<string>();
  for (const e of edges) {
    if (set.has(e)) throw new Error(`directed edge ${e} occurs twice: two polygons overlap`);
    set.add(e);
  }
  const reverse = (e: string): string => e.split('|').reverse().join('|');
  return new Set([...set].filter((e) => !set.has(reverse(e))));
}
