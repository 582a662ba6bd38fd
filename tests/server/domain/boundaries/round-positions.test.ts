import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundPositions } from '../../../../server/src/domain/boundaries/round-positions.ts';

describe('roundPositions', () => {
  it('rounds to 8 decimals and drops the repeats rounding creates', () => {
    expect(roundPositions([[114.123456789, 30], [114.1234567891, 30], [114.2, 30.1]])).toEqual([[114.12345679, 30], [114.2, 30.1]]);
  });

  it('is idempotent', () => {
    const position = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    fc.assert(fc.property(fc.array(position, { maxLength: 20 }), (positions) => {
      const once = roundPositions(positions);
      return JSON.stringify(roundPositions(once)) === JSON.stringify(once);
    }));
  });

  it('does not mutate its argument', () => {
    const input = [[114.123456789, 30]];
    roundPositions(input);
    expect(input).toEqual([[114.123456789, 30]]);
  });
});
