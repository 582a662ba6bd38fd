import { describe, expect, it } from 'vitest';
import { findPlaceCategory, PLACE_CATEGORIES } from '../../../../server/src/domain/places/place-categories.ts';

describe('PLACE_CATEGORIES', () => {
  it('has the 12 classes of the second national census', () => {
    expect(PLACE_CATEGORIES.filter((c) => c.parent === null).map((c) => c.code))
      .toEqual(['11', '12', '13', '21', '22', '23', '24', '25', '26', '27', '28', '29']);
  });

  it('has unique codes and sub-classes under existing classes', () => {
    const codes = PLACE_CATEGORIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of PLACE_CATEGORIES.filter((x) => x.parent)) {
      expect(codes).toContain(c.parent);
      expect(c.code.startsWith(c.parent as string)).toBe(true);
    }
  });
});

describe('findPlaceCategory', () => {
  it('finds streets by code', () => {
    expect(findPlaceCategory('2530')?.name_zh).toBe('城镇街巷');
  });

  it('returns undefined for an unknown code', () => {
    expect(findPlaceCategory('9999')).toBeUndefined();
  });
});
