import { z } from 'zod'
import { FACILITY_TYPE_IDS } from '../domain/facilities/facility-types.ts'
import { MAX_REACH_METRES } from '../domain/coverage/reach-presets.ts'
import { InvalidParameter } from '../errors/problem.ts'
import { code12 } from './facilities.schemas.ts'

const knownType = z.string().refine((t) => (FACILITY_TYPE_IDS as string[]).includes(t), { message: 'unknown facility type' })

/** Parameters every coverage request carries. */
export const coverageBase = z.object({
  types: z.array(knownType).min(1).max(FACILITY_TYPE_IDS.length),
  distance_m: z.number().positive('distance must be greater than 0 m').max(MAX_REACH_METRES),
  network: z.enum(['straight', 'road']).default('straight'),
  scope: code12.nullable().optional(),
})

export const runBody = coverageBase.strict()

export const suggestBody = coverageBase.extend({
  k: z.number().int().min(1).max(200),
  candidates: z.enum(['villages', 'grid']).default('villages'),
  grid_m: z.number().int().min(200).max(10_000).default(1000),
  require_per_township: z.boolean().default(false),
  weight: z.enum(['population', 'aged60', 'count']).default('population'),
  demand_class: z.enum(['all', 'urban', 'rural']).default('all'),
  time_limit_s: z.number().min(1).max(30).default(5),
}).strict()

const lng = z.number().min(-180).max(180)
const lat = z.number().min(-90).max(90)
const facilityId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]).transform(String)

export const whatIfBody = coverageBase.extend({
  changes: z.object({
    add: z.array(z.object({ type: knownType, lng, lat, name: z.string().max(100).optional() }).strict()).max(50).default([]),
    move: z.array(z.object({ id: facilityId, lng, lat }).strict()).max(50).default([]),
    close: z.array(facilityId).max(50).default([]),
  }).strict(),
}).strict()

export const saveBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('run'), name: z.string().trim().min(1).max(100), parameters: runBody }).strict(),
  z.object({ kind: z.literal('suggest'), name: z.string().trim().min(1).max(100), parameters: suggestBody }).strict(),
  z.object({ kind: z.literal('what_if'), name: z.string().trim().min(1).max(100), parameters: whatIfBody }).strict(),
])

/** Which body field a domain failure reason is about. */
const REASON_PARAMETER: Record<string, string> = {
  k_not_positive: 'k', k_exceeds_candidates: 'k', k_below_required_townships: 'k',
  township_without_candidates: 'require_per_township', no_road_network: 'network', grid_too_fine: 'grid_m',
  outside_every_division: 'changes', what_if_unknown_facility: 'changes', type_not_in_supply: 'changes.add',
}

/** Turns a domain failure into the 400 problem (prefix: `body` or `body.parameters`). */
export function invalidFromReason(failure: { reason: string; detail: string }, prefix = 'body'): InvalidParameter {
  return new InvalidParameter(failure.detail, [{ parameter: `${prefix}.${REASON_PARAMETER[failure.reason] ?? ''}`.replace(/\.$/, ''), detail: failure.reason }])
}
