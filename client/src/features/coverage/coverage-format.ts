/**
 * Formats a rate as a percentage with at most one decimal ('—' when unknown).
 * @example formatRate(0.578) // = '57.8%'
 */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`
}

/**
 * Formats a distance in metres for labels: 300 m, 1 km, 1.5 km.
 * @example formatMetres(1500) // = '1.5 km'
 */
export function formatMetres(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
}

/**
 * Signed change of a rate in percentage points.
 * @example formatDelta(0.5, 0.575) // = '+7.5'
 */
export function formatDelta(before: number | null, after: number | null): string {
  if (before === null || after === null) return '—'
  const d = Math.round((after - before) * 1000) / 10
  return d > 0 ? `+${d}` : String(d)
}
