import { describe, expect, it } from 'vitest';
import { numberMarkers } from '../../../../server/src/domain/boundaries/number-markers.ts';
import type { MarkerType } from '../../../../server/src/domain/boundaries/types.ts';
import { goldenCollection, lineFeature, pointFeature, readFixtures } from './fixture-io.ts';

const markersOf = (fixture: ReturnType<typeof readFixtures>[number]) =>
  fixture.points.map((f) => ({ id: f.properties?.id as string, type: f.properties?.type as MarkerType, position: f.geometry.coordinates }));

describe('numberMarkers', () => {
  it.each(readFixtures('number-markers'))('matches the golden numbering of $name', async (fixture) => {
    const code = fixture.line.properties?.code as string;
    const numbered = numberMarkers(code, fixture.line.geometry.coordinates, markersOf(fixture));
    const byId = new Map(numbered.map((m) => [m.id, m]));
    const golden = goldenCollection([
      lineFeature(fixture.line.geometry.coordinates, { ...fixture.line.properties, stroke: '#1f6feb' }),
      ...fixture.points.map((f) => {
        const m = byId.get(f.properties?.id as string);
        return pointFeature(f.geometry.coordinates, {
          ...f.properties, number: m?.number, measure_m: Math.round((m?.measure ?? 0) * 100) / 100, 'marker-color': '#d73a49',
        });
      }),
    ]);
    await expect(golden).toMatchFileSnapshot(fixture.outPath);
  });

  it('numbers west→east even when the line is stored east→west', () => {
    const [fixture] = readFixtures('number-markers').filter((f) => f.name === 'west-to-east.geojson');
    const numbered = numberMarkers('L', fixture.line.geometry.coordinates, markersOf(fixture));
    expect(numbered.map((m) => [m.id, m.number])).toEqual([['m-west', 'L-001B'], ['m-middle', 'L-002C'], ['m-east', 'L-003A']]);
  });

  it('numbers north→south on a mostly north-south line stored south→north', () => {
    const [fixture] = readFixtures('number-markers').filter((f) => f.name === 'north-to-south.geojson');
    expect(numberMarkers('L', fixture.line.geometry.coordinates, markersOf(fixture)).map((m) => m.id)).toEqual(['north', 'south']);
  });

  it('orders markers at the same place by id, so numbering is deterministic', () => {
    const line = [[114, 30], [114.02, 30]];
    const markers = [{ id: 'b', type: 'single' as const, position: [114.01, 30] }, { id: 'a', type: 'single' as const, position: [114.01, 30] }];
    expect(numberMarkers('L', line, markers).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('returns nothing for a line without markers', () => {
    expect(numberMarkers('L', [[114, 30], [114.02, 30]], [])).toEqual([]);
  });
});
