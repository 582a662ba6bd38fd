/** Urban (居委会/社区, urban-rural code 1xx) or rural (村委会, 2xx). */
export type UrbanRural = 'urban' | 'rural'

/** A community or village that needs a service: a point with population and its parents. */
export interface DemandPoint {
  /** Division code of the village/community (the NBS 12-digit code). */
  code: string
  name: string
  lng: number
  lat: number
  /** Resident population, or null when unknown (counted as 0 in population rates). */
  population: number | null
  /** Residents aged 60+, when known. */
  aged60: number | null
  /** null when the urban-rural code is missing or unrecognised. */
  urbanRural: UrbanRural | null
  countyCode: string
  countyName: string
  townshipCode: string
  townshipName: string
}

/** A facility offering the service. */
export interface SupplyPoint {
  id: string
  typeId: string
  lng: number
  lat: number
  /** Code of the village/community the facility belongs to (for has-a-facility), or null. */
  villageCode: string | null
  townshipCode: string | null
}

/** The two measures: the bureau's has-a-facility and the planners' within-reach. */
export type CoverageMeasure = 'has_facility' | 'within_reach'

/** Per-demand outcome: covered or not and, for within-reach, the nearest facility distance. */
export interface DemandCoverage {
  covered: boolean
  /** Metres to the nearest facility within reach, or null (beyond reach or has-a-facility measure). */
  nearestMetres: number | null
  /** Id of that nearest facility, or null. */
  nearestId: string | null
}
