/**
 * Registry lifecycle of a facility row. A retired facility stays in the registry (audit, history)
 * but is excluded from coverage supply and the map's default filter.
 */
export const FACILITY_STATUSES = ['active', 'retired'] as const

/** One of {@link FACILITY_STATUSES}. */
export type FacilityStatus = (typeof FACILITY_STATUSES)[number]
