import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import shp from 'shpjs';
import type { FeatureCollection } from 'geojson';
import { CGCS2000_GEOGRAPHIC_PRJ, shapefileZip } from '../../../../server/src/domain/boundaries/shapefile-zip.ts';

const collection: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'A-B', name: '咸安区温泉街道—浮山街道线', length_m: 12.5 }, geometry: { type: 'LineString', coordinates: [[114, 30], [114.01, 30]] } },
    { type: 'Feature', properties: { code: 'A-C', name: '咸安区温泉街道—永安街道线', length_m: 7 }, geometry: { type: 'LineString', coordinates: [[114, 30], [114, 29.99], [114.01, 29.98]] } },
    { type: 'Feature', properties: { number: 'A-B-001A', reference_objects: [{ name: '电杆' }] }, geometry: { type: 'Point', coordinates: [114.005, 30] } },
  ],
};

describe('shapefileZip', () => {
  it('writes one file set per geometry kind with the CGCS2000 .prj and a UTF-8 .cpg', async () => {
    const zip = await JSZip.loadAsync(await shapefileZip({ names: { point: 'boundary_markers', polyline: 'boundary_lines' }, collection }));
    expect(Object.keys(zip.files).sort()).toEqual([
      'boundary_lines.cpg', 'boundary_lines.dbf', 'boundary_lines.prj', 'boundary_lines.shp', 'boundary_lines.shx',
      'boundary_markers.cpg', 'boundary_markers.dbf', 'boundary_markers.prj', 'boundary_markers.shp', 'boundary_markers.shx',
    ]);
    expect(await zip.file('boundary_lines.prj')!.async('string')).toBe(CGCS2000_GEOGRAPHIC_PRJ);
    expect(await zip.file('boundary_lines.cpg')!.async('string')).toBe('UTF-8');
  });

  it('round-trips Chinese attributes and every line as its own record (read back with shpjs)', async () => {
    const bytes = await shapefileZip({ names: { point: 'boundary_markers', polyline: 'boundary_lines' }, collection });
    const layers = (await shp(bytes)) as Array<FeatureCollection & { fileName: string }>;
    const lines = layers.find((l) => l.fileName === 'boundary_lines')!;
    expect(lines.features.map((f) => f.properties?.name)).toEqual(['咸安区温泉街道—浮山街道线', '咸安区温泉街道—永安街道线']);
    // shpjs reprojects through the .prj (CGCS2000 → WGS84 via proj4): identical up to float noise
    const coordinates = (lines.features[1]!.geometry as { coordinates: number[][] }).coordinates
    expect(coordinates.flat().map((v) => Number(v.toFixed(9)))).toEqual([114, 30, 114, 29.99, 114.01, 29.98]);
    const markers = layers.find((l) => l.fileName === 'boundary_markers')!;
    expect(markers.features[0]!.properties).toMatchObject({ number: 'A-B-001A', reference_: '[{"name":"电杆"}]' });
  });
});
