import { describe, expect, it } from 'vitest';
import {
  NUMBERING_OUT_OF_ORDER, NUMBERING_WRONG_LINE, NUMBERING_WRONG_TYPE, findNumberingErrors,
} from '../../../../server/src/domain/boundaries/find-numbering-errors.ts';

const line = [[114, 30], [114.02, 30]];
const west = [114.005, 30];
const east = [114.015, 30];

describe('findNumberingErrors', () => {
  it('finds nothing when numbers follow the line west→east', () => {
    expect(findNumberingErrors('L', line, [
      { id: 'a', number: 'L-001A', type: 'single', position: west },
      { id: 'b', number: 'L-002B', type: 'paired', position: east },
    ])).toEqual([]);
  });

  it('reports swapped numbers with the expected ones', () => {
    expect(findNumberingErrors('L', line, [
      { id: 'a', number: 'L-002A', type: 'single', position: west },
      { id: 'b', number: 'L-001A', type: 'single', position: east },
    ])).toEqual([
      { id: 'a', number: 'L-002A', reason: NUMBERING_OUT_OF_ORDER, expected: 'L-001A' },
      { id: 'b', number: 'L-001A', reason: NUMBERING_OUT_OF_ORDER, expected: 'L-002A' },
    ]);
  });

  it('reports a number of another line and a wrong type letter', () => {
    const errors = findNumberingErrors('L', line, [
      { id: 'a', number: 'M-001A', type: 'single', position: west },
      { id: 'b', number: 'L-002A', type: 'triple', position: east },
    ]);
    expect(errors.map((e) => e.reason)).toEqual([NUMBERING_WRONG_LINE, NUMBERING_WRONG_TYPE]);
    expect(errors[1].expected).toBe('L-002C');
  });
});
