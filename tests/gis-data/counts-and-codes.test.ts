import { describe, expect, it } from 'vitest';
import { readLayer, XIANNING_DIR } from './helpers/read-dataset.ts';

// Expected numbers from ../shared/gis-data-src/SOURCES.md (NBS 2023 lists for 421200).
const TOWNS = { '421202000000': 17, '421221000000': 10, '421222000000': 16, '421223000000': 13, '421224000000': 14, '421281000000': 19 };
const VILLAGES = { '421202000000': 197, '421221000000': 105, '421222000000': 190, '421223000000': 206, '421224000000': 208, '421281000000': 190 };

const city = readLayer(XIANNING_DIR, 'city.geojson');
const counties = readLayer(XIANNING_DIR, 'counties.geojson');
const townships = readLayer(XIANNING_DIR, 'townships.geojson');
const villages = readLayer(XIANNING_DIR, 'villages.geojson');
const all = [...city, ...counties, ...townships, ...villages];

describe('xianning counts', () => {
  it('has one city, six counties, 89 townships and 1096 villages', () => {
    expect([city.length, counties.length, townships.length, villages.length]).toEqual([1, 6, 89, 1096]);
  });

  it('has the SOURCES.md number of townships in every county', () => {
    const perCounty = Object.fromEntries(counties.map((c) => [c.properties.code, townships.filter((t) => t.properties.parent_code === c.properties.code).length]));
    expect(perCounty).toEqual(TOWNS);
  });

  it('has the SOURCES.md number of villages and communities in every county', () => {
    const countyOf = new Map(townships.map((t) => [t.properties.code, t.properties.parent_code]));
    const perCounty: Record<string, number> = {};
    for (const v of villages) {
      const county = countyOf.get(v.properties.parent_code!)!;
      perCounty[county] = (perCounty[county] ?? 0) + 1;
    }
    expect(perCounty).toEqual(VILLAGES);
  });
});

describe('xianning codes', () => {
  it('uses unique 12-digit codes', () => {
    const codes = all.map((f) => f.properties.code);
    expect(codes.every((c) => /^\d{12}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('points every parent_code at an existing division one level up, and nests the codes', () => {
    const levelOf = new Map(all.map((f) => [f.properties.code, f.properties.level]));
    const parentLevel: Record<string, string | null> = { city: null, county: 'city', township: 'county', village: 'township' };
    for (const f of all) {
      const { code, level, parent_code: parent } = f.properties;
      expect(parent === null ? null : levelOf.get(parent), code).toBe(parentLevel[level]);
      if (parent) expect(code.startsWith(parent.replace(/0+$/, '')), code).toBe(true);
    }
  });

  it('keeps 6-digit admin codes on the city and counties only', () => {
    expect(city[0].properties).toMatchObject({ code: '421200000000', admin_code: '421200', name: '咸宁市', level: 'city', parent_code: null });
    for (const c of counties) expect(c.properties.admin_code).toBe(c.properties.code.slice(0, 6));
  });

  it('marks every synthetic geometry as synthetic', () => {
    for (const t of townships) expect(t.properties.geom_source).toBe('synthetic: seeded Voronoi partition of the real county (generator v1)');
    for (const v of villages) {
      expect(v.properties).toMatchObject({
        geom_source: 'synthetic: seeded point in township (generator v1)',
        population_source: 'synthetic (generator v1)',
        urban_rural_source: 'synthetic from name suffix (generator v1)',
        source: 'NBS 2023 统计用区划代码',
      });
    }
  });
});
