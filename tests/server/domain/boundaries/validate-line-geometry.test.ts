import { describe, expect, it } from 'vitest';
import {
  LINE_ENDPOINT_MOVED, LINE_INVALID_POSITION, LINE_SELF_INTERSECTION, LINE_TOO_SHORT, validateLineGeometry,
} from '../../../../server/src/domain/boundaries/validate-line-geometry.ts';

const from = [114, 30];
const to = [114.02, 30];

describe('validateLineGeometry', () => {
  it('accepts a line between its nodes and rounds it to 8 decimals', () => {
    expect(validateLineGeometry([[114, 30], [114.010000001, 30.0012345678], [114.02, 30]], from, to))
      .toEqual({ valid: true, value: [[114, 30], [114.01, 30.00123457], [114.02, 30]] });
  });

  it('refuses a moved end', () => {
    expect(validateLineGeometry([[114.0001, 30], [114.02, 30]], from, to)).toMatchObject({ valid: false, reason: LINE_ENDPOINT_MOVED });
  });

  it('refuses positions out of range or not numbers', () => {
    expect(validateLineGeometry([[114, 30], [214, 30], [114.02, 30]], from, to)).toMatchObject({ valid: false, reason: LINE_INVALID_POSITION });
    expect(validateLineGeometry([[114, 30], [Number.NaN, 30], [114.02, 30]], from, to)).toMatchObject({ valid: false, reason: LINE_INVALID_POSITION });
  });

  it('refuses a line that collapses to one position', () => {
    expect(validateLineGeometry([[114, 30], [114, 30]], from, from)).toMatchObject({ valid: false, reason: LINE_TOO_SHORT });
  });

  it('refuses a self-intersecting line and says where', () => {
    const result = validateLineGeometry([[114, 30], [114.015, 30.005], [114.015, 29.995], [114.005, 30.005], [114.02, 30]], from, to);
    expect(result).toMatchObject({ valid: false, reason: LINE_SELF_INTERSECTION });
  });

  it('accepts a closed ring around an enclave', () => {
    expect(validateLineGeometry([[114, 30], [114.01, 30], [114.01, 30.01], [114, 30]], from, from).valid).toBe(true);
  });
});
