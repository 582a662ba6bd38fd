import { describe, expect, it } from 'vitest';
import { quadrantBearing } from '../../../../server/src/domain/boundaries/quadrant-bearing.ts';

describe('quadrantBearing', () => {
  it('writes each quadrant from north or south towards east or west', () => {
    expect(quadrantBearing(23)).toEqual({ zh: '北偏东23°', en: 'N23°E' });
    expect(quadrantBearing(120)).toEqual({ zh: '南偏东60°', en: 'S60°E' });
    expect(quadrantBearing(203.4)).toEqual({ zh: '南偏西23°', en: 'S23°W' });
    expect(quadrantBearing(300)).toEqual({ zh: '北偏西60°', en: 'N60°W' });
  });

  it('says 正东 etc. on the cardinal directions, after rounding', () => {
    expect(quadrantBearing(89.6).zh).toBe('正东');
    expect(quadrantBearing(359.7).zh).toBe('正北');
    expect(quadrantBearing(180).en).toBe('due south');
    expect(quadrantBearing(-90).zh).toBe('正西');
  });
});
