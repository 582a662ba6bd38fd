import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTownship } from '../../../gis-data/generator/classify-township.ts';
import { classifyVillage } from '../../../gis-data/generator/classify-village.ts';
import { createRng } from '../../../gis-data/generator/create-rng.ts';
import { formatGeoJson } from '../../../gis-data/generator/format-geojson.ts';
import { roundCoord } from '../../../gis-data/generator/round-coord.ts';
import { synthesizeVillageAttributes, urbanRuralCode } from '../../../gis-data/generator/synthesize-village-attributes.ts';

describe('createRng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(createRng(1).next()).toBe(0.6270739405881613);
  });

  it('stays within [0, 1)', () => {
    fc.assert(fc.property(fc.integer(), (seed) => Array.from({ length: 50 }, createRng(seed).next).every((x) => x >= 0 && x < 1)));
  });
});

describe('roundCoord', () => {
  it('keeps 7 decimals and is idempotent', () => {
    expect(roundCoord(114.123456789)).toBe(114.1234568);
    fc.assert(fc.property(fc.double({ min: -180, max: 180, noNaN: true }), (x) => roundCoord(roundCoord(x)) === roundCoord(x)));
  });

  it('never returns -0', () => {
    expect(Object.is(roundCoord(-0.00000001), 0)).toBe(true);
  });
});

describe('classifyTownship', () => {
  it.each([
    ['温泉街道', 'subdistrict'],
    ['汀泗桥镇', 'town'],
    ['大幕乡', 'township'],
    ['咸宁市经济技术开发区', 'development'],
    ['崇阳县工业园区', 'development'],
    ['咸安商贸物流区', 'development'],
    ['九宫山自然保护管理局', 'special'],
    ['羊楼洞茶场', 'special'],
  ])('classifies %s as %s', (name, kind) => {
    expect(classifyTownship(name)).toBe(kind);
  });
});

describe('classifyVillage', () => {
  it.each([
    ['万年路社区', 'community'],
    ['温泉社区居民委员会', 'community'],
    ['城东居委会', 'community'],
    ['马桥村委会', 'village'],
    ['高桥村民委员会', 'village'],
    ['黄龙林场虚拟生活区', 'living_area'],
  ])('classifies %s as %s', (name, kind) => {
    expect(classifyVillage(name)).toBe(kind);
  });
});

describe('urbanRuralCode', () => {
  it.each([
    ['community', 'subdistrict', 5, 9, '111'],
    ['community', 'development', 0, 1, '111'],
    ['community', 'town', 1, 4, '121'],
    ['community', 'town', 2, 4, '122'],
    ['community', 'township', 0, 1, '210'],
    ['community', 'special', 0, 1, '123'],
    ['living_area', 'town', 0, 1, '123'],
    ['village', 'town', 0, 12, '210'],
    ['village', 'subdistrict', 3, 12, '220'],
  ] as const)('%s in a %s, rank %i of %i → %s', (kind, township, rank, count, code) => {
    expect(urbanRuralCode(kind, township, { rank, count })).toBe(code);
  });
});

describe('synthesizeVillageAttributes', () => {
  it('keeps populations and the aged share in range for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom('village', 'community', 'living_area' as const), (seed, kind) => {
        const a = synthesizeVillageAttributes(kind, 'town', { rank: 0, count: 1 }, createRng(seed));
        const [min, max] = { village: [800, 4000], community: [3000, 15000], living_area: [300, 1500] }[kind];
        const share = a.populationAged60Plus / a.populationTotal;
        return a.populationTotal >= min && a.populationTotal <= max && share >= 0.15 && share <= 0.28;
      }),
    );
  });
});

describe('formatGeoJson', () => {
  it('writes parseable GeoJSON, one point feature per line, ending with a newline', () => {
    const features = [
      { type: 'Feature' as const, properties: { code: 'a' }, geometry: { type: 'Point' as const, coordinates: [1, 2] } },
      { type: 'Feature' as const, properties: { code: 'b' }, geometry: { type: 'Point' as const, coordinates: [3, 4] } },
    ];
    const text = formatGeoJson(features, { license: 'CC-BY-4.0' });
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', license: 'CC-BY-4.0', features });
    expect(text.split('\n')).toHaveLength(5);
    expect(text.endsWith(']}\n')).toBe(true);
  });

  it('breaks long polygon rings over several lines', () => {
    const ring = Array.from({ length: 20 }, (_, i) => [Math.cos(i), Math.sin(i)]);
    const feature = { type: 'Feature' as const, properties: {}, geometry: { type: 'MultiPolygon' as const, coordinates: [[[...ring, ring[0]]]] } };
    const text = formatGeoJson([feature]);
    expect(JSON.parse(text).features[0]).toEqual(feature);
    expect(text.split('\n').length).toBeGreaterThan(4);
  });
});
