import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { cityFeature, countyFeatures, GENERATOR_VERSION, townshipFeatures, villageFeatures } from './build-features.ts';
import { buildCounties, polygonEdges } from './build-counties.ts';
import { buildTownships } from './build-townships.ts';
import { buildVillages } from './build-villages.ts';
import { cancelOppositeEdges } from './cancel-opposite-edges.ts';
import { DatasetSourcesSchema, type DatasetSources } from './dataset-sources.ts';
import { findLabelPoint } from './find-label-point.ts';
import { formatGeoJson } from './format-geojson.ts';
import { createLocalProjection } from './local-projection.ts';
import { polygonizeEdges } from './polygonize-edges.ts';
import { readNbsLists } from './read-nbs-lists.ts';
import { referenceLayer } from './reference-layer.ts';
import { roundCoord } from './round-coord.ts';
import type { LngLat } from './types.ts';

/** Generated files of one dataset: file name → text. */
export type DatasetFiles = Map<string, string>;

/**
 * Generates every file of a dataset folder from its `sources/` (pure: reads inputs, writes nothing).
 * @param datasetDir - e.g. `gis-data/xianning`
 * @returns file name → content, in a fixed order
 */
export function generateDataset(datasetDir: string): DatasetFiles {
  const sourcesDir = join(datasetDir, 'sources');
  const sources = DatasetSourcesSchema.parse(readJson(join(sourcesDir, 'sources.json')));
  const nbs = readNbsLists(sourcesDir, sources);
  const polygons = readJson(join(sourcesDir, sources.county_polygons.file)) as FeatureCollection;
  const topology = buildCounties(polygons, nbs.counties, {
    nameProperty: sources.county_polygons.name_property,
    labelPointProperty: sources.county_polygons.label_point_property,
    datum: sources.county_polygons.datum,
  });
  const city = polygonizeEdges(cancelOppositeEdges(topology.counties.flatMap((c) => c.polygons.flatMap(polygonEdges))), (id) => topology.vertices[id]);
  const townships = buildTownships(topology, nbs.townships, nbs.villages, sources.seed);
  const villages = buildVillages(townships, nbs.villages, sources.seed);
  const cityRings = city.map((p) => [p.outer, ...p.holes].map((ring) => ring.map((id) => topology.vertices[id])));
  const files: DatasetFiles = new Map();
  files.set('city.geojson', formatGeoJson([cityFeature(sources, city, topology.vertices, cityLabelPoint(cityRings, topology.counties.map((c) => c.labelPoint)))]));
  files.set('counties.geojson', formatGeoJson(countyFeatures(sources, topology)));
  files.set('townships.geojson', formatGeoJson(townshipFeatures(sources, townships)));
  files.set('villages.geojson', formatGeoJson(villageFeatures(sources, villages)));
  for (const layer of sources.reference_layers) {
    files.set(layer.output, referenceLayer(readJson(join(sourcesDir, layer.file)) as FeatureCollection, layer));
  }
  files.set('dataset.json', datasetJson(sources, cityRings, { counties: topology.counties.length, townships: townships.length, villages: villages.length }));
  return files;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The city label point: of the county seats, the one farthest inside the city outline. */
function cityLabelPoint(rings: LngLat[][][], candidates: LngLat[]): LngLat {
  const projection = createLocalProjection(candidates[0]);
  const [lng, lat] = projection.toLngLat(findLabelPoint(candidates.map(projection.toXY), rings[0].map((ring) => ring.map(projection.toXY))));
  return [roundCoord(lng), roundCoord(lat)];
}

function datasetJson(sources: DatasetSources, cityRings: LngLat[][][], counts: Record<string, number>): string {
  const points = cityRings.flatMap((p) => p[0]);
  const bbox = [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
  const layers = Object.fromEntries(sources.reference_layers.map((l) => [l.key, l.output]));
  const dataset = {
    id: sources.id,
    name: sources.name,
    city_code: sources.city_code,
    admin_code: sources.city_admin_code,
    center: [roundCoord((bbox[0] + bbox[2]) / 2), roundCoord((bbox[1] + bbox[3]) / 2)],
    bbox,
    files: { city: 'city.geojson', counties: 'counties.geojson', townships: 'townships.geojson', villages: 'villages.geojson', ...layers },
    counts,
    generator: GENERATOR_VERSION,
    attribution: [sources.county_polygons.source, sources.nbs.source, ...sources.reference_layers.map((l) => `${l.attribution} (${l.license})`)],
  };
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
