export interface NamedUnit {
  code: string;
  name: string;
  /** name of the county-level unit that contains it, e.g. 咸安区 */
  countyName: string;
}

/** Name used for the side of a city-boundary line that lies outside the city. */
export const OUTSIDE_UNIT_NAME = '市外';

/**
 * 界线名称 as the bureau writes it: county + first unit, an em dash, the second unit (with its county
 * only when it differs) and 线. Units are ordered by code, like the line code.
 * @param a one unit
 * @param b the other unit, or null for the outside of the city
 * @returns e.g. 咸安区温泉街道—浮山街道线
 * @example
 * boundaryLineName({ code: '421202002', name: '浮山街道', countyName: '咸安区' },
 *                  { code: '421202001', name: '温泉街道', countyName: '咸安区' });
 * // = '咸安区温泉街道—浮山街道线'
 */
export function boundaryLineName(a: NamedUnit, b: NamedUnit | null): string {
  if (!b) return `${a.countyName}${a.name}—${OUTSIDE_UNIT_NAME}线`;
  const [first, second] = a.code <= b.code ? [a, b] : [b, a];
  const secondCounty = second.countyName === first.countyName ? '' : second.countyName;
  return `${first.countyName}${first.name}—${secondCounty}${second.name}线`;
}
