import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MARKER_NUMBER_MALFORMED, formatMarkerNumber, parseMarkerNumber } from '../../../../server/src/domain/boundaries/marker-number.ts';
import { MARKER_TYPES } from '../../../../server/src/domain/boundaries/types.ts';

describe('formatMarkerNumber', () => {
  it('writes line code, three-digit sequence and the type letter', () => {
    expect(formatMarkerNumber({ lineCode: '421202001-421202002', sequence: 1, type: 'single' })).toBe('421202001-421202002-001A');
    expect(formatMarkerNumber({ lineCode: '421202001-421202002', sequence: 42, type: 'paired' })).toBe('421202001-421202002-042B');
    expect(formatMarkerNumber({ lineCode: '421202001-EXT', sequence: 999, type: 'triple' })).toBe('421202001-EXT-999C');
  });

  it('throws on a sequence outside 1…999', () => {
    expect(() => formatMarkerNumber({ lineCode: 'L', sequence: 0, type: 'single' })).toThrow(/1…999/);
    expect(() => formatMarkerNumber({ lineCode: 'L', sequence: 1000, type: 'single' })).toThrow(/1…999/);
  });
});

describe('parseMarkerNumber', () => {
  it('round-trips every formatted number', () => {
    fc.assert(fc.property(
      fc.stringMatching(/^[0-9A-Z]{1,12}(-[0-9A-Z]{1,12}){0,2}$/), fc.integer({ min: 1, max: 999 }), fc.constantFrom(...MARKER_TYPES),
      (lineCode, sequence, type) => {
        const parsed = parseMarkerNumber(formatMarkerNumber({ lineCode, sequence, type }));
        return parsed.valid && parsed.value.lineCode === lineCode && parsed.value.sequence === sequence && parsed.value.type === type;
      },
    ));
  });

  it('rejects malformed numbers, including sequence 000', () => {
    for (const bad of ['421202001-421202002-01A', '421202001-421202002-001D', '001A', '421202001-421202002-000A', 'L-001a']) {
      expect(parseMarkerNumber(bad)).toMatchObject({ valid: false, reason: MARKER_NUMBER_MALFORMED });
    }
  });
});
