/** Decimals kept in every generated coordinate (1e-7° ≈ 1 cm). */
export const COORD_DECIMALS = 7;

const FACTOR = 10 ** COORD_DECIMALS;

/**
 * Rounds a coordinate value to {@link COORD_DECIMALS} decimals; idempotent.
 * @param value - degrees
 * @returns the rounded value (never -0)
 * @example
 * roundCoord(114.123456789) // = 114.1234568
 */
export function roundCoord(value: number): number {
  const rounded = Math.round(value * FACTOR) / FACTOR;
  return rounded === 0 ? 0 : rounded;
}
