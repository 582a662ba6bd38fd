import { describe, expect, it } from 'vitest';
import { lineOrientation } from '../../../../server/src/domain/boundaries/line-orientation.ts';

describe('lineOrientation', () => {
  it('reads a mostly east-west line from its western end', () => {
    expect(lineOrientation([[114.1, 30], [114.2, 30.02]])).toEqual({ direction: 'west_east', reversed: false });
    expect(lineOrientation([[114.2, 30], [114.1, 30.01]])).toEqual({ direction: 'west_east', reversed: true });
  });

  it('reads a mostly north-south line from its northern end', () => {
    expect(lineOrientation([[114, 30.2], [114.01, 30]])).toEqual({ direction: 'north_south', reversed: false });
    expect(lineOrientation([[114, 30], [114.01, 30.2]])).toEqual({ direction: 'north_south', reversed: true });
  });

  it('compares ground distances, not degrees (a degree of longitude is shorter)', () => {
    // 0.0105° of longitude at 30°N ≈ 1011 m; 0.0095° of latitude ≈ 1053 m: north-south wins
    expect(lineOrientation([[114, 30], [114.0105, 29.9905]]).direction).toBe('north_south');
  });

  it('uses the bounding box for a closed ring and keeps the stored direction', () => {
    expect(lineOrientation([[114, 30], [114.1, 30], [114.1, 30.01], [114, 30]])).toEqual({ direction: 'west_east', reversed: false });
  });

  it('throws on a line with one position', () => {
    expect(() => lineOrientation([[114, 30]])).toThrow(/at least two positions/);
  });
});
