import { area, booleanPointInPolygon, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { invalidReason } from './helpers/polygon-validity.ts';
import { directedEdges, keyOf, readLayer, unionBoundary, XIANNING_DIR, type DivisionProps } from './helpers/read-dataset.ts';

const counties = readLayer<MultiPolygon>(XIANNING_DIR, 'counties.geojson');
const townships = readLayer<MultiPolygon>(XIANNING_DIR, 'townships.geojson');
const inCounty = (c: Feature<MultiPolygon, DivisionProps>) => townships.filter((t) => t.properties.parent_code === c.properties.code);

describe('xianning townships', () => {
  it('are valid, RFC 7946-oriented MultiPolygons', () => {
    for (const t of townships) expect(invalidReason(t.geometry), t.properties.name).toBeNull();
  });

  // Exact: the townships' edges, with shared edges cancelled, are exactly the county's edges. With valid,
  // correctly oriented rings this proves no gap and no overlap (their winding numbers add up to the county's).
  it.each(counties.map((c) => [c.properties.name, c] as const))('partition %s exactly, sharing edges with identical vertices', (_, county) => {
    const boundary = unionBoundary(inCounty(county).flatMap((t) => directedEdges(t.geometry)));
    expect([...boundary].sort()).toEqual(directedEdges(county.geometry).sort());
  });

  it('touch the county outline only at county vertices (no T-junctions)', () => {
    for (const county of counties) {
      const outline = new Set(county.geometry.coordinates.flat(2).map(keyOf));
      const grid = gridOfEdges(county.geometry);
      const inner = new Set(inCounty(county).flatMap((t) => t.geometry.coordinates.flat(2)).filter((p) => !outline.has(keyOf(p))).map(keyOf));
      for (const key of inner) {
        const p = key.split(',').map(Number);
        for (const [a, b] of grid.get(cellOf(p)) ?? []) {
          const metres = Math.sqrt(segmentDistance2(p, a, b)) * 100_000;
          expect(metres, `${key} near the outline of ${county.properties.name}`).toBeGreaterThan(1);
        }
      }
    }
  });

  it('cover their county area to 1e-6 (turf, geodesic)', () => {
    for (const county of counties) {
      const sum = inCounty(county).reduce((s, t) => s + area(t), 0);
      expect(Math.abs(sum - area(county)) / area(county), county.properties.name).toBeLessThan(1e-6);
    }
  });

  it('do not overlap their neighbours (turf intersection area ~0)', () => {
    const boxes = townships.map((t) => bbox(t.geometry));
    let pairs = 0;
    for (let i = 0; i < townships.length; i++) {
      for (let j = i + 1; j < townships.length; j++) {
        if (!boxesOverlap(boxes[i], boxes[j])) continue;
        pairs++;
        const overlap = intersect(featureCollection([townships[i], townships[j]]));
        expect(overlap ? area(overlap) : 0, `${townships[i].properties.name}/${townships[j].properties.name}`).toBeLessThan(1);
      }
    }
    expect(pairs).toBeGreaterThan(200);
  });

  it('are compact enough and not tiny', () => {
    for (const t of townships) {
      const km2 = area(t) / 1e6;
      const perimeter = t.geometry.coordinates.reduce((s, p) => s + ringLengthMetres(p[0]), 0);
      expect(km2, t.properties.name).toBeGreaterThan(3);
      expect((4 * Math.PI * km2 * 1e6) / perimeter ** 2, t.properties.name).toBeGreaterThan(0.2);
    }
  });

  it('have their label point inside themselves', () => {
    for (const t of townships) expect(booleanPointInPolygon(t.properties.label_point!, t), t.properties.name).toBe(true);
  });

  it('put 街道 (subdistricts) near the county seat', () => {
    for (const t of townships.filter((x) => x.properties.name.endsWith('街道'))) {
      const county = counties.find((c) => c.properties.code === t.properties.parent_code)!;
      const [lng, lat] = t.properties.label_point!;
      const [seatLng, seatLat] = county.properties.label_point!;
      const km = Math.hypot((lng - seatLng) * 96.5, (lat - seatLat) * 110.6);
      expect(km, t.properties.name).toBeLessThan(8);
    }
  });
});

function bbox(g: MultiPolygon): number[] {
  const pts = g.coordinates.flat(2);
  return [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))];
}

function boxesOverlap(a: number[], b: number[]): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function ringLengthMetres(ring: number[][]): number {
  return ring.slice(1).reduce((s, p, i) => s + Math.hypot((p[0] - ring[i][0]) * 96_500, (p[1] - ring[i][1]) * 110_600), 0);
}

const CELL = 0.01;
const cellOf = (p: number[]): string => `${Math.floor(p[0] / CELL)},${Math.floor(p[1] / CELL)}`;

function gridOfEdges(g: MultiPolygon): Map<string, Array<[number[], number[]]>> {
  const grid = new Map<string, Array<[number[], number[]]>>();
  for (const ring of g.coordinates.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1], ring[i]];
      // register the edge in every cell its bbox (grown by one cell) touches, so a point query sees it
      for (let x = Math.floor(Math.min(a[0], b[0]) / CELL) - 1; x <= Math.floor(Math.max(a[0], b[0]) / CELL) + 1; x++) {
        for (let y = Math.floor(Math.min(a[1], b[1]) / CELL) - 1; y <= Math.floor(Math.max(a[1], b[1]) / CELL) + 1; y++) {
          const key = `${x},${y}`;
          grid.set(key, [...(grid.get(key) ?? []), [a, b]]);
        }
      }
    }
  }
  return grid;
}

function segmentDistance2(p: number[], a: number[], b: number[]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return (a[0] + t * dx - p[0]) ** 2 + (a[1] + t * dy - p[1]) ** 2;
}
