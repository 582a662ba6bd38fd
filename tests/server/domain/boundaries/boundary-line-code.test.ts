import { describe, expect, it } from 'vitest';
import { boundaryLineCode } from '../../../../server/src/domain/boundaries/boundary-line-code.ts';

describe('boundaryLineCode', () => {
  it('puts the smaller unit code first whatever the side', () => {
    expect(boundaryLineCode('421202002', '421202001')).toBe('421202001-421202002');
    expect(boundaryLineCode('421202001', '421202002')).toBe('421202001-421202002');
  });

  it('writes EXT last for the outside of the city', () => {
    expect(boundaryLineCode(null, '421202100')).toBe('421202100-EXT');
    expect(boundaryLineCode('421202100', null)).toBe('421202100-EXT');
  });

  it('adds an ordinal for a second line between the same units', () => {
    expect(boundaryLineCode('421202002', '421202001', 2)).toBe('421202001-421202002-2');
  });

  it('throws when both sides are outside', () => {
    expect(() => boundaryLineCode(null, null)).toThrow(/at least one unit code/);
  });
});
