import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCounties, type CountyTopology } from '../../../gis-data/generator/build-counties.ts';
import { buildTownships } from '../../../gis-data/generator/build-townships.ts';
import { buildVillages } from '../../../gis-data/generator/build-villages.ts';
import { invalidReason } from '../helpers/polygon-validity.ts';
import { directedEdges, unionBoundary } from '../helpers/read-dataset.ts';

// Two synthetic counties on a 1/256° grid: A's shared edge has many vertices, B's only its ends (T-junctions).
const STEP = 1 / 256;
const line = (from: [number, number], to: [number, number], steps: number): [number, number][] =>
  Array.from({ length: steps }, (_, i) => [from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps]);
const countyA: [number, number][] = [
  ...line([114, 30], [114 + 32 * STEP, 30], 32),
  ...line([114 + 32 * STEP, 30], [114 + 32 * STEP, 30 + 32 * STEP], 32),
  ...line([114 + 32 * STEP, 30 + 32 * STEP], [114 + 12 * STEP, 30 + 32 * STEP], 20),
  ...line([114 + 12 * STEP, 30 + 32 * STEP], [114 + 12 * STEP, 30 + 16 * STEP], 16),
  ...line([114 + 12 * STEP, 30 + 16 * STEP], [114, 30 + 16 * STEP], 12),
  ...line([114, 30 + 16 * STEP], [114, 30], 16),
];
const countyB: [number, number][] = [
  [114 + 32 * STEP, 30],
  [114 + 64 * STEP, 30],
  [114 + 64 * STEP, 30 + 32 * STEP],
  [114 + 32 * STEP, 30 + 32 * STEP],
];
const source: FeatureCollection<Polygon> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: '甲区', cp: [114.08, 30.03] }, geometry: { type: 'Polygon', coordinates: [[...countyA, countyA[0]]] } },
    { type: 'Feature', properties: { name: '乙县', cp: [114.19, 30.06] }, geometry: { type: 'Polygon', coordinates: [[...countyB, countyB[0]].reverse()] } },
  ],
};
const nbsCounties = [{ code: '990101', name: '甲区' }, { code: '990102', name: '乙县' }];
const nbsTownships = [
  ['990101001', '东街道'], ['990101002', '西街道'], ['990101100', '甲镇'], ['990101101', '丙镇'], ['990101500', '甲林场'],
  ['990102100', '乙镇'], ['990102101', '丁镇'], ['990102200', '戊乡'],
].map(([code, name]) => ({ code: `${code}000`, name, parentCode: `${code.slice(0, 6)}000000` }));
const nbsVillages = nbsTownships.flatMap((t, i) =>
  ['一社区', '二社区', '三村委会', '四村委会', '五村委会'].map((suffix, k) => ({ code: `${t.code.slice(0, 9)}${200 + k}`, name: `${i}${suffix}`, parentCode: t.code })),
);

const build = () => {
  const topology = buildCounties(source, nbsCounties, { nameProperty: 'name', labelPointProperty: 'cp', datum: 'wgs84' });
  const townships = buildTownships(topology, nbsTownships, nbsVillages, 7);
  return { topology, townships, villages: buildVillages(townships, nbsVillages, 7) };
};
const countyGeometry = (topology: CountyTopology, i: number): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: topology.counties[i].polygons.map((p) => [p.outer, ...p.holes].map((r) => [...r, r[0]].map((id) => topology.vertices[id]))),
});
const { topology, townships, villages } = build();

describe('buildCounties', () => {
  it('splits T-junctions so both counties share the same edges, and their union is the outer rectangle', () => {
    const boundary = unionBoundary([0, 1].flatMap((i) => directedEdges(countyGeometry(topology, i))));
    const corners = new Set([...boundary].flatMap((e) => e.split('|')));
    expect(corners.has(`${114 + 32 * STEP},${30 + 16 * STEP}`)).toBe(false);
    expect(directedEdges(countyGeometry(topology, 1)).length).toBe(3 + 32);
  });
});

describe('buildTownships', () => {
  it('makes one valid MultiPolygon per township', () => {
    expect(townships.map((t) => t.code)).toEqual(nbsTownships.map((t) => t.code));
    for (const t of townships) expect(invalidReason({ type: 'MultiPolygon', coordinates: t.polygons.map((p) => p.map((r) => [...r, r[0]])) }), t.name).toBeNull();
  });

  it('partitions each county exactly, with the county outline vertices', () => {
    topology.counties.forEach((county, i) => {
      const edges = townships
        .filter((t) => t.parentCode === county.code)
        .flatMap((t) => directedEdges({ type: 'MultiPolygon', coordinates: t.polygons.map((p) => p.map((r) => [...r, r[0]])) }));
      expect([...unionBoundary(edges)].sort()).toEqual(directedEdges(countyGeometry(topology, i)).sort());
    });
  });

  it('is deterministic', () => {
    expect(build()).toEqual({ topology, townships, villages });
  });
});

describe('buildVillages', () => {
  it('places one point per village-level row, with the township as parent', () => {
    expect(villages.map((v) => v.code)).toEqual(nbsVillages.map((v) => v.code).sort());
    expect(villages.every((v, i) => v.parentCode === nbsVillages.find((n) => n.code === v.code)!.parentCode && i >= 0)).toBe(true);
  });
});
