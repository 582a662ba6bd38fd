import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readLayer, XIANNING_DIR } from './helpers/read-dataset.ts';

const townships = readLayer<MultiPolygon>(XIANNING_DIR, 'townships.geojson');
const villages = readLayer<Point>(XIANNING_DIR, 'villages.geojson');
const townshipOf = new Map(townships.map((t) => [t.properties.code, t]));
const metres = (a: number[], b: number[]): number => Math.hypot((a[0] - b[0]) * 96_500, (a[1] - b[1]) * 110_600);
const kindOf = (name: string): 'village' | 'community' | 'living_area' =>
  /(村委会|村民委员会)$/.test(name) ? 'village' : /(居委会|居民委员会|社区)$/.test(name) ? 'community' : 'living_area';

describe('xianning villages', () => {
  it('lie inside their own township', () => {
    for (const v of villages) expect(booleanPointInPolygon(v.geometry, townshipOf.get(v.properties.parent_code!)!), v.properties.name).toBe(true);
  });

  it('keep at least 300 m between any two points', () => {
    const sorted = [...villages].sort((a, b) => a.geometry.coordinates[0] - b.geometry.coordinates[0]);
    let closest = Infinity;
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && (sorted[j].geometry.coordinates[0] - sorted[i].geometry.coordinates[0]) * 96_500 < 300; j++) {
        closest = Math.min(closest, metres(sorted[i].geometry.coordinates, sorted[j].geometry.coordinates));
      }
    }
    expect(closest).toBeGreaterThanOrEqual(300);
  });

  it('cluster communities near the township centre and spread villages out', () => {
    const distance = (kind: string): number[] =>
      villages.filter((v) => kindOf(v.properties.name) === kind).map((v) => metres(v.geometry.coordinates, townshipOf.get(v.properties.parent_code!)!.properties.label_point!));
    const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    expect(median(distance('community'))).toBeLessThan(2_000);
    expect(median(distance('village'))).toBeGreaterThan(2 * median(distance('community')));
  });

  it('have plausible synthetic populations', () => {
    const ranges = { village: [800, 4000], community: [3000, 15000], living_area: [300, 1500] };
    for (const { properties: p } of villages) {
      const [min, max] = ranges[kindOf(p.name)];
      const total = p.population_total as number;
      const aged = p.population_aged_60_plus as number;
      expect(Number.isInteger(total) && total >= min && total <= max, p.name).toBe(true);
      expect(aged / total >= 0.15 && aged / total <= 0.28, p.name).toBe(true);
    }
  });

  it('derive urban_rural_code from the name suffix and the township kind', () => {
    const allowed: Record<string, (township: string) => string[]> = {
      community: (t) => (t.endsWith('街道') ? ['111'] : t.endsWith('镇') ? ['121', '122'] : t.endsWith('乡') ? ['210'] : ['111', '123']),
      village: () => ['210', '220'],
      living_area: () => ['123'],
    };
    for (const { properties: p } of villages) {
      const township = townshipOf.get(p.parent_code!)!.properties.name;
      expect(allowed[kindOf(p.name)](township), `${township} ${p.name}`).toContain(p.urban_rural_code);
    }
  });

  it('give exactly one 210 centre village to each township that has 村委会, the one nearest its centre', () => {
    for (const t of townships) {
      const own = villages.filter((v) => v.properties.parent_code === t.properties.code && kindOf(v.properties.name) === 'village');
      if (own.length === 0) continue;
      const nearest = own.reduce((a, b) => (metres(a.geometry.coordinates, t.properties.label_point!) <= metres(b.geometry.coordinates, t.properties.label_point!) ? a : b));
      expect(own.filter((v) => v.properties.urban_rural_code === '210').map((v) => v.properties.code), t.properties.name).toEqual([nearest.properties.code]);
    }
  });
});
