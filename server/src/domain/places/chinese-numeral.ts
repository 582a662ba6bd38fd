const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can appear in a Chinese numeral. */
export const NUMERAL_CHARS = new Set([...Object.keys(DIGITS), ...Object.keys(UNITS)]);

/**
 * Read a well-formed Chinese cardinal numeral (一 … 九千九百九十九).
 * A bare run of digits without a unit (三八, 五一, 一二九) is not a number but a
 * date or code read syllable by syllable, so it returns `null`.
 * @param text Chinese numeral characters only
 * @returns the value, or `null` when `text` is not one well-formed numeral
 * @example parseChineseNumeral('十二') // = 12
 * @example parseChineseNumeral('五一') // = null
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  const chars = [...text];
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  let zeroSeen = false;
  for (const c of chars) {
    if (c in DIGITS) {
      if (pending !== null) return null; // two digits in a row: 三八
      pending = DIGITS[c];
      if (pending === 0) {
        if (zeroSeen || total === 0) return null;
        zeroSeen = true;
        pending = null;
      }
    } else if (c in UNITS) {
      const unit = UNITS[c];
      if (unit >= lastUnit) return null;
      if (pending === null && !(unit === 10 && total === 0)) return null; // 十二 is fine, 百 alone is not
      total += (pending ?? 1) * unit;
      pending = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  if (pending !== null) {
    if (lastUnit === Infinity && chars.length > 1) return null;
    total += pending;
  }
  return total > 0 ? total : null;
}
