/**
 * The short form of a division code used in line codes and marker numbers: the 12-digit NBS code
 * without the trailing zeros of its level (township 421202001000 → 421202001, county 421202000000 → 421202).
 * @param code a 12-digit division code
 * @returns the code without the unused village/township digits
 * @example
 * unitShortCode('421202001000');
 * // = '421202001'
 */
export function unitShortCode(code: string): string {
  if (/^\d{6}000000$/.test(code)) return code.slice(0, 6);
  if (/^\d{9}000$/.test(code)) return code.slice(0, 9);
  return code;
}
