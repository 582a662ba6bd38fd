import { describe, expect, it } from 'vitest';
import { describeBoundary } from '../../../../server/src/domain/boundaries/boundary-description.ts';
import { goldenCollection, lineFeature, pointFeature, readFixtures } from './fixture-io.ts';

const fixtureInput = (fixture: ReturnType<typeof readFixtures>[number]) => {
  const p = fixture.line.properties as Record<string, string | null>;
  return {
    name: p.name as string,
    code: p.code as string,
    coordinates: fixture.line.geometry.coordinates,
    leftName: p.left_name ?? null,
    rightName: p.right_name ?? null,
    fromNodeLabel: p.from_label ?? null,
    toNodeLabel: p.to_label ?? null,
    markers: fixture.points.map((f) => ({ number: f.properties?.number as string, position: f.geometry.coordinates })),
  };
};

describe('describeBoundary', () => {
  it.each(readFixtures('describe-boundary'))('matches the golden description of $name', async (fixture) => {
    const input = fixtureInput(fixture);
    const zh = describeBoundary(input, 'zh-CN');
    const en = describeBoundary(input, 'en');
    const golden = goldenCollection([
      lineFeature(input.coordinates, { ...fixture.line.properties, stroke: '#1f6feb', 'stroke-width': 3, text_zh: zh.text, text_en: en.text }),
      ...fixture.points.map((f) => pointFeature(f.geometry.coordinates, { ...f.properties, 'marker-color': '#d73a49' })),
    ]);
    await expect(golden).toMatchFileSnapshot(fixture.outPath);
  });

  const [stored] = readFixtures('describe-boundary').filter((f) => f.name === 'east-to-west-stored.geojson');

  it('reads a line stored east→west from its western end and swaps left and right', () => {
    const { text } = describeBoundary(fixtureInput(stored));
    expect(text).toContain('起于温泉街道、浮山街道与市外交点');
    expect(text).toContain('界线左侧为温泉街道，右侧为浮山街道');
  });

  it('describes legs marker to marker in order, ending at the end node', () => {
    const { legs } = describeBoundary(fixtureInput(stored));
    expect(legs.map((l) => [l.from, l.to])).toEqual([
      ['温泉街道、浮山街道与市外交点', '421202001-421202002-001B号界桩'],
      ['421202001-421202002-001B号界桩', '421202001-421202002-002A号界桩'],
      ['421202001-421202002-002A号界桩', '温泉街道、浮山街道、永安街道三交点'],
    ]);
  });

  it('makes the leg distances add up to the line length', () => {
    const { legs, length } = describeBoundary(fixtureInput(stored));
    expect(legs.reduce((sum, l) => sum + l.distance, 0)).toBeCloseTo(length, 6);
  });

  it('names the outside of the city and runs north→south on a mostly north-south line', () => {
    const [ns] = readFixtures('describe-boundary').filter((f) => f.name === 'north-to-south-no-markers.geojson');
    const result = describeBoundary(fixtureInput(ns));
    expect(result.text).toContain('自北向南');
    expect(result.text).toContain('左侧为市外');
    expect(result.legs).toHaveLength(1);
    expect(result.legs[0].compass.zh).toBe('南东南'); // chord ≈ 667 m east over 2 904 m south: 167°
  });

  it('skips a marker standing on the start node instead of writing a zero-length leg', () => {
    const { legs } = describeBoundary({
      name: 'A—B线', code: 'A-B', coordinates: [[114, 30], [114.01, 30]], leftName: 'A', rightName: 'B',
      markers: [{ number: 'A-B-001A', position: [114, 30] }],
    });
    expect(legs).toHaveLength(1);
    expect(legs[0].compass.code).toBe('E');
    expect(legs[0].distance).toBeCloseTo(964.86, 1);
  });
});
