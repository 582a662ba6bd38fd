import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { DatasetSources } from './dataset-sources.ts';
import { formatGeoJson } from './format-geojson.ts';
import { roundCoord } from './round-coord.ts';

type LayerSpec = DatasetSources['reference_layers'][number];

/**
 * Re-emits a third-party reference layer (already WGS84) unchanged except for rounding to 7 decimals,
 * with its licence and attribution as collection members and a `source` property on every feature,
 * so the attribution travels with the data (ODbL and CC-BY require it).
 * @param collection - the layer as read from sources/
 * @param spec - its entry in sources.json
 * @returns the GeoJSON text
 */
export function referenceLayer(collection: FeatureCollection, spec: LayerSpec): string {
  const features = collection.features.map(
    (f): Feature => ({ type: 'Feature', properties: { ...f.properties, source: spec.source }, geometry: roundGeometry(f.geometry) }),
  );
  return formatGeoJson(features, { name: spec.key, license: spec.license, attribution: spec.attribution });
}

function roundGeometry(geometry: Geometry): Geometry {
  if (geometry.type !== 'Point') throw new Error(`referenceLayer: only Point layers are supported, got ${geometry.type}`);
  return { type: 'Point', coordinates: geometry.coordinates.map(roundCoord) };
}
