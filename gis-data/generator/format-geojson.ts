import type { Feature, Geometry, Position } from 'geojson';

const POSITIONS_PER_LINE = 8;

/**
 * Serialises a FeatureCollection so that git diffs stay readable: one line per point feature, and
 * polygon coordinates broken every few positions. Property order is kept as given; output ends with a newline.
 * @param features - features (coordinates already rounded)
 * @param members - foreign members written before `features` (e.g. attribution, license)
 * @returns the JSON text
 * @example
 * formatGeoJson([{ type: 'Feature', properties: { a: 1 }, geometry: { type: 'Point', coordinates: [1, 2] } }])
 * // = '{"type":"FeatureCollection","features":[\n{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[1,2]}}\n]}\n'
 */
export function formatGeoJson(features: readonly Feature[], members: Record<string, unknown> = {}): string {
  const head = JSON.stringify({ type: 'FeatureCollection', ...members }).slice(0, -1);
  return `${head},"features":[\n${features.map(formatFeature).join(',\n')}\n]}\n`;
}

function formatFeature(feature: Feature): string {
  const start = `{"type":"Feature","properties":${JSON.stringify(feature.properties)},"geometry":`;
  return `${start}${formatGeometry(feature.geometry)}}`;
}

function formatGeometry(geometry: Geometry): string {
  if (geometry.type === 'Polygon') return `{"type":"Polygon","coordinates":[\n${formatPolygon(geometry.coordinates)}\n]}`;
  if (geometry.type === 'MultiPolygon') return `{"type":"MultiPolygon","coordinates":[\n${geometry.coordinates.map((p) => `[${formatPolygon(p)}]`).join(',\n')}\n]}`;
  return JSON.stringify(geometry);
}

function formatPolygon(rings: Position[][]): string {
  return rings.map(formatRing).join(',\n');
}

function formatRing(ring: Position[]): string {
  const lines: string[] = [];
  for (let i = 0; i < ring.length; i += POSITIONS_PER_LINE) lines.push(ring.slice(i, i + POSITIONS_PER_LINE).map((p) => JSON.stringify(p)).join(','));
  return `[${lines.join(',\n')}]`;
}
