import { area, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { invalidReason } from './helpers/polygon-validity.ts';
import { directedEdges, readLayer, unionBoundary, XIANNING_DIR } from './helpers/read-dataset.ts';

const city = readLayer<MultiPolygon>(XIANNING_DIR, 'city.geojson')[0];
const counties = readLayer<MultiPolygon>(XIANNING_DIR, 'counties.geojson');

describe('xianning counties', () => {
  it('are valid, RFC 7946-oriented MultiPolygons', () => {
    for (const c of counties) expect(invalidReason(c.geometry), c.properties.name).toBeNull();
  });

  it('share their common boundaries edge for edge with bit-identical vertices', () => {
    const owner = new Map(counties.flatMap((c) => directedEdges(c.geometry).map((e) => [e, c.properties.name] as const)));
    const reverse = (e: string): string => e.split('|').reverse().join('|');
    const shared = [...owner].filter(([e, name]) => owner.has(reverse(e)) && owner.get(reverse(e)) !== name);
    const pairs = new Set(shared.map(([e, name]) => [name, owner.get(reverse(e))].sort().join('/')));
    // found by exact coordinate match only (no tolerance); the same 8 pairs PostGIS ST_Touches finds
    expect([...pairs].sort()).toEqual(
      ['咸安区/嘉鱼县', '咸安区/崇阳县', '咸安区/赤壁市', '咸安区/通山县', '崇阳县/通城县', '嘉鱼县/赤壁市', '崇阳县/通山县', '崇阳县/赤壁市']
        .map((p) => p.split('/').sort().join('/'))
        .sort(),
    );
    expect(shared.length).toBeGreaterThan(2000);
  });

  it('union exactly into the city outline: every unshared county edge is a city edge and vice versa', () => {
    const boundary = unionBoundary(counties.flatMap((c) => directedEdges(c.geometry)));
    expect([...boundary].sort()).toEqual(directedEdges(city.geometry).sort());
  });

  it('leave no gap or sliver: city area equals the sum of county areas', () => {
    const sum = counties.reduce((s, c) => s + area(c), 0);
    expect(Math.abs(area(city) - sum) / sum).toBeLessThan(1e-9);
    expect(sum / 1e6).toBeGreaterThan(9_000);
    expect(sum / 1e6).toBeLessThan(10_500);
  });

  it('have their label point inside', () => {
    for (const c of counties) expect(booleanPointInPolygon(c.properties.label_point!, c), c.properties.name).toBe(true);
  });

  it('keep the 7-decimal precision', () => {
    const text = JSON.stringify(counties.map((c) => c.geometry.coordinates));
    expect(text.match(/\d\.\d{8,}/)).toBeNull();
  });
});

describe('xianning city', () => {
  it('is valid and carries the NBS city code', () => {
    expect(invalidReason(city.geometry)).toBeNull();
    expect(city.properties).toMatchObject({ code: '421200000000', level: 'city', parent_code: null });
  });
});
