import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compassPoint } from '../../../../server/src/domain/boundaries/compass-point.ts';

const CODES = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'];

describe('compassPoint', () => {
  it('names the sixteen points in the survey wording', () => {
    expect(CODES.map((_, i) => compassPoint(i * 22.5).zh)).toEqual([
      '北', '北东北', '东北', '东东北', '东', '东东南', '东南', '南东南',
      '南', '南西南', '西南', '西西南', '西', '西西北', '西北', '北西北',
    ]);
  });

  it('centres each point on its direction: 北 covers [348.75°, 11.25°)', () => {
    expect(compassPoint(348.75).code).toBe('N');
    expect(compassPoint(348.7499).code).toBe('NNW');
    expect(compassPoint(11.2499).code).toBe('N');
    expect(compassPoint(11.25).code).toBe('NNE');
  });

  it('normalises negative and full-turn azimuths', () => {
    expect(compassPoint(-90).code).toBe('W');
    expect(compassPoint(360).code).toBe('N');
    expect(compassPoint(720 + 45).code).toBe('NE');
  });

  it('always picks the point whose direction is within 11.25°', () => {
    fc.assert(fc.property(fc.double({ min: -720, max: 720, noNaN: true }), (azimuth) => {
      const centre = CODES.indexOf(compassPoint(azimuth).code) * 22.5;
      const diff = Math.abs(((azimuth - centre) % 360 + 540) % 360 - 180);
      return diff <= 11.25 + 1e-9;
    }));
  });

  it('throws on a non-finite azimuth', () => {
    expect(() => compassPoint(Number.NaN)).toThrow(/finite azimuth/);
  });
});
