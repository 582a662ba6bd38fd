import { describe, expect, it } from 'vitest';
import { unitShortCode } from '../../../../server/src/domain/boundaries/unit-short-code.ts';

describe('unitShortCode', () => {
  it('drops the unused digits of township and county codes', () => {
    expect(unitShortCode('421202001000')).toBe('421202001');
    expect(unitShortCode('421202000000')).toBe('421202');
  });

  it('keeps village codes and anything else whole', () => {
    expect(unitShortCode('421202001201')).toBe('421202001201');
    expect(unitShortCode('EXT')).toBe('EXT');
  });
});
