/** Reads the golden-file fixtures of tests/fixtures/boundaries/<function>/in and names their out twin (STYLE §9). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';

const ROOT = fileURLToPath(new URL('../../../fixtures/boundaries/', import.meta.url));

export interface BoundaryFixture {
  name: string;
  outPath: string;
  line: Feature<LineString>;
  points: Array<Feature<Point>>;
}

export function readFixtures(fn: string): BoundaryFixture[] {
  const dir = join(ROOT, fn, 'in');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.geojson'))
    .map((file) => {
      const collection = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection;
      const line = collection.features.find((f) => f.geometry.type === 'LineString') as Feature<LineString>;
      const points = collection.features.filter((f) => f.geometry.type === 'Point') as Array<Feature<Point>>;
      return { name: file, outPath: join(ROOT, fn, 'out', file), line, points };
    });
}

/** A golden FeatureCollection: input drawn grey, results coloured with simplestyle so any viewer shows the change. */
export function goldenCollection(features: Feature[]): string {
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;
}

export const lineFeature = (coordinates: Position[], properties: Record<string, unknown>): Feature<LineString> => ({
  type: 'Feature', properties, geometry: { type: 'LineString', coordinates },
});

export const pointFeature = (coordinates: Position, properties: Record<string, unknown>): Feature<Point> => ({
  type: 'Feature', properties, geometry: { type: 'Point', coordinates },
});
