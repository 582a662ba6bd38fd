import type { SupplyPoint } from './coverage-types.ts'

/** Planner's hypothetical changes to the supply. */
export interface WhatIfChanges {
  add?: readonly SupplyPoint[]
  /** Move an existing facility; the caller resolves the new village/township by point-in-polygon. */
  move?: readonly { id: string; lng: number; lat: number; villageCode: string | null; townshipCode: string | null }[]
  close?: readonly string[]
}

/** Failure reason of {@link applyWhatIf}. */
export const UnknownFacilityInWhatIf = 'what_if_unknown_facility'

/** Result of {@link applyWhatIf}. */
export type WhatIfResult = { valid: true; supply: SupplyPoint[] } | { valid: false; reason: string; ids: string[] }

/**
 * Applies hypothetical changes to a supply list without touching it: closes, then moves, then adds.
 * Moving or closing a facility that is not in the supply is an error (stale map state).
 * @param supply the current supply
 * @param changes what to add, move and close
 * @returns the new supply, or the unknown ids
 * @example applyWhatIf([f1, f2], { close: ['f2'] }) // = { valid: true, supply: [f1] }
 */
export function applyWhatIf(supply: readonly SupplyPoint[], changes: WhatIfChanges): WhatIfResult {
  const ids = new Set(supply.map((s) => s.id))
  const unknown = [...(changes.close ?? []), ...(changes.move ?? []).map((m) => m.id)].filter((id) => !ids.has(id))
  const clash = (changes.add ?? []).map((a) => a.id).filter((id) => ids.has(id))
  if (unknown.length || clash.length) return { valid: false, reason: UnknownFacilityInWhatIf, ids: [...unknown, ...clash] }
  const closed = new Set(changes.close ?? [])
  const moves = new Map((changes.move ?? []).map((m) => [m.id, m]))
  const next = supply
    .filter((s) => !closed.has(s.id))
    .map((s) => {
      const m = moves.get(s.id)
      return m ? { ...s, lng: m.lng, lat: m.lat, villageCode: m.villageCode, townshipCode: m.townshipCode } : { ...s }
    })
  return { valid: true, supply: [...next, ...(changes.add ?? []).map((a) => ({ ...a }))] }
}
