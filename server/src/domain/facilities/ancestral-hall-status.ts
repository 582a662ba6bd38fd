import { z } from 'zod'

/**
 * Status of a clan ancestral hall (宗族祠堂). Since the 2020s rectification most halls have been
 * converted to rural cultural activity centres or village public-service centres.
 */
export const ANCESTRAL_HALL_STATUSES = [
  'active',
  'converted_cultural_centre',
  'converted_public_service_centre',
  'demolished',
] as const

/** One of {@link ANCESTRAL_HALL_STATUSES}. */
export type AncestralHallStatus = (typeof ANCESTRAL_HALL_STATUSES)[number]

/** Failure reasons of {@link statusHistorySchema}, exported so tests and the UI can match them. */
export const HistoryNotChronological = 'status_history_not_chronological'
export const HistoryRepeatsStatus = 'status_history_repeats_status'
export const HistoryChangeAfterDemolition = 'status_history_change_after_demolition'

const isoDate = z.iso.date()

const change = z.strictObject({
  status: z.enum(ANCESTRAL_HALL_STATUSES),
  /** Day the status took effect, ISO 8601 date. */
  date: isoDate,
  note: z.string().max(500).optional(),
})

/** One dated status change. */
export type AncestralHallStatusChange = z.infer<typeof change>

/**
 * A hall's status history: at least one entry, strictly increasing dates, no entry that repeats
 * the previous status, and nothing after `demolished` (a demolished hall cannot be converted).
 * The current status is the last entry.
 *
 * @example
 * statusHistorySchema.parse([{ status: 'active', date: '1990-01-01' },
 *   { status: 'converted_cultural_centre', date: '2021-06-30' }]) // ok
 */
export const statusHistorySchema = z
  .array(change)
  .min(1)
  .max(50)
  .superRefine((history, ctx) => {
    for (let i = 1; i < history.length; i += 1) {
      const prev = history[i - 1]!
      const cur = history[i]!
      if (cur.date <= prev.date) {
        ctx.addIssue({ code: 'custom', path: [i, 'date'], message: HistoryNotChronological })
      }
      if (cur.status === prev.status) {
        ctx.addIssue({ code: 'custom', path: [i, 'status'], message: HistoryRepeatsStatus })
      }
      if (prev.status === 'demolished') {
        ctx.addIssue({ code: 'custom', path: [i, 'status'], message: HistoryChangeAfterDemolition })
      }
    }
  })

/**
 * The status in force today: the last entry of a valid history.
 * @param history a history that passed {@link statusHistorySchema}
 * @returns its last status
 * @example currentAncestralHallStatus([{ status: 'active', date: '1990-01-01' }]) // = 'active'
 */
export function currentAncestralHallStatus(history: readonly AncestralHallStatusChange[]): AncestralHallStatus {
  const last = history[history.length - 1]
  if (!last) throw new Error('currentAncestralHallStatus needs a non-empty history')
  return last.status
}
