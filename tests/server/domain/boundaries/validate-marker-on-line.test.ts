import { describe, expect, it } from 'vitest';
import { MARKER_OFF_LINE, validateMarkerOnLine } from '../../../../server/src/domain/boundaries/validate-marker-on-line.ts';

const line = [[114, 30], [114.01, 30]];

describe('validateMarkerOnLine', () => {
  it('accepts a marker within the tolerance and gives its place on the line', () => {
    const result = validateMarkerOnLine(line, [114.005, 30.000002], 0.5);
    expect(result.valid).toBe(true);
    expect(result.valid && result.value.offset).toBeLessThan(0.5);
  });

  it('rejects a marker beyond the tolerance and says how far off it is', () => {
    const result = validateMarkerOnLine(line, [114.005, 30.00001], 0.5);
    expect(result).toMatchObject({ valid: false, reason: MARKER_OFF_LINE });
    expect(!result.valid && result.detail).toMatch(/1\.1\d m from the line/);
  });

  it('uses the given tolerance', () => {
    expect(validateMarkerOnLine(line, [114.005, 30.00001], 2).valid).toBe(true);
  });
});
