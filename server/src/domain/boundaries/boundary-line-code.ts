/** Code written for a neighbour outside the city (the city boundary has no unit on that side). */
export const OUTSIDE_UNIT_CODE = 'EXT';

/**
 * 界线编号: the two unit codes, smaller first, joined by "-"; a second (third …) line between the same
 * two units gets "-2" ("-3" …). The outside of the city is written EXT and always comes last.
 * @param leftCode division code of the unit on the left, or null for outside the city
 * @param rightCode division code of the unit on the right, or null
 * @param ordinal 1 for the first line between this pair
 * @returns the line code
 * @example
 * boundaryLineCode('421202002', '421202001');
 * // = '421202001-421202002'
 */
export function boundaryLineCode(leftCode: string | null, rightCode: string | null, ordinal = 1): string {
  if (leftCode === null && rightCode === null) throw new Error('boundaryLineCode needs at least one unit code');
  const codes = [leftCode, rightCode]
    .map((code) => code ?? OUTSIDE_UNIT_CODE)
    .sort((a, b) => (a === OUTSIDE_UNIT_CODE ? 1 : b === OUTSIDE_UNIT_CODE ? -1 : a.localeCompare(b)));
  const base = codes.join('-');
  return ordinal > 1 ? `${base}-${ordinal}` : base;
}
