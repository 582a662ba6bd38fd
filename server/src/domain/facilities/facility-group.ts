/**
 * The five groups the bureau's annual report sorts facilities into.
 * Order is the display order in legends, filters and statistics.
 */
export const FACILITY_GROUPS = ['welfare', 'elder_care', 'funeral', 'ancestral_hall', 'shelter'] as const

/** One of {@link FACILITY_GROUPS}. */
export type FacilityGroup = (typeof FACILITY_GROUPS)[number]
