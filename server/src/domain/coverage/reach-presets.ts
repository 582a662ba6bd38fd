/**
 * Distance presets from Chinese planning norms: the 5-, 10- and 15-minute life circles
 * (GB 50180-2018 城市居住区规划设计标准: ≈300 m, 500 m, 1000 m walking) and the emergency-shelter
 * service radius (GB 21734-2008: 紧急避难场所 ≈500 m). Any custom value up to {@link MAX_REACH_METRES}
 * is also accepted.
 */
export const REACH_PRESETS = [
  { id: 'life_circle_5min', metres: 300 },
  { id: 'life_circle_10min', metres: 500 },
  { id: 'life_circle_15min', metres: 1000 },
  { id: 'emergency_shelter', metres: 500 },
] as const

/** Largest reach accepted; beyond it the planar approximation and the question both stop making sense. */
export const MAX_REACH_METRES = 50_000
