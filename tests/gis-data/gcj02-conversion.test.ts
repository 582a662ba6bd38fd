import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../../gis-data/generator/gcj02-to-wgs84.ts';
import { roundCoord } from '../../gis-data/generator/round-coord.ts';
import { GIS_DATA_SRC, keyOf, readLayer, XIANNING_DIR } from './helpers/read-dataset.ts';

const counties = readLayer<MultiPolygon>(XIANNING_DIR, 'counties.geojson');
const echarts = JSON.parse(readFileSync(join(XIANNING_DIR, 'sources/xianning_counties_echarts_gcj02.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const DATAV = join(GIS_DATA_SRC, 'xianning_counties_datav_wgs84-derived.geojson');
const hasDatav = existsSync(DATAV);
if (!hasDatav) console.warn(`[gis-data] skipping the DataV cross-check: ${DATAV} not found (set GIS_DATA_SRC)`);

const rings = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
const echartsVertices = echarts.features.flatMap((f) => rings(f.geometry).flat());
const metres = (a: Position, b: Position): number => Math.hypot((a[0] - b[0]) * 96_500, (a[1] - b[1]) * 110_600);

function distanceToRings(p: Position, target: Position[][]): number {
  let best = Infinity;
  for (const ring of target) {
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1], ring[i]];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, metres(p, [a[0] + t * dx, a[1] + t * dy]));
    }
  }
  return best;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('GCJ-02 → WGS84 conversion (gcoord)', () => {
  it('shifts Xianning by about −0.0054° lng and +0.0025° lat (SOURCES.md: GCJ-02 is +0.0054 / −0.0025)', () => {
    const shifts = echartsVertices.map((p) => {
      const [lng, lat] = gcj02ToWgs84([p[0], p[1]]);
      return [lng - p[0], lat - p[1]];
    });
    expect(median(shifts.map((s) => s[0]))).toBeCloseTo(-0.0054, 3);
    expect(median(shifts.map((s) => s[1]))).toBeCloseTo(0.0025, 3);
  });

  it('was applied to every county vertex and label point (each is a converted, rounded source vertex)', () => {
    const converted = new Set(
      [...echartsVertices, ...echarts.features.map((f) => f.properties!.cp as Position)].map((p) => keyOf(gcj02ToWgs84([p[0], p[1]]).map(roundCoord))),
    );
    for (const c of counties) {
      for (const p of c.geometry.coordinates.flat(2)) expect(converted.has(keyOf(p)), keyOf(p)).toBe(true);
      expect(converted.has(keyOf(c.properties.label_point!)), c.properties.name).toBe(true);
    }
  });

  it.skipIf(!hasDatav)('puts the counties a median < 100 m from DataV converted to WGS84, and the unconverted source > 250 m', () => {
    const datav = JSON.parse(readFileSync(DATAV, 'utf8')) as FeatureCollection<MultiPolygon>;
    const ours: number[] = [];
    const raw: number[] = [];
    for (const c of counties) {
      const reference = datav.features.find((f) => String(f.properties!.adcode) === c.properties.admin_code)!;
      const target = rings(reference.geometry);
      for (const p of c.geometry.coordinates.flat(2)) ours.push(distanceToRings(p, target));
      const source = echarts.features.find((f) => f.properties!.name === c.properties.name)!;
      for (const p of rings(source.geometry).flat()) raw.push(distanceToRings(p, target));
    }
    console.info(`[gis-data] median distance to DataV WGS84: converted ${median(ours).toFixed(0)} m, unconverted ${median(raw).toFixed(0)} m`);
    expect(median(ours)).toBeLessThan(100);
    expect(median(raw)).toBeGreaterThan(250);
  });
});
