/** One grouped row from the database: a township × type cell. */
export interface FacilityStatRow {
  county_code: string
  county_name: string
  township_code: string
  township_name: string
  type: string
  facilities: number
  beds: number | null
  occupied: number | null
  /** Beds of the facilities that report occupancy (the occupancy denominator). */
  beds_reporting: number | null
}

/** Figures of an area: facilities by type, beds, occupancy. */
export interface FacilityFigures {
  facilities: number
  by_type: Record<string, number>
  beds: number
  occupied: number
  /** occupied / beds of reporting facilities, or null when none report. */
  occupancy: number | null
}

interface Acc {
  facilities: number
  by_type: Record<string, number>
  beds: number
  occupied: number
  bedsReporting: number
}

const createAcc = (): Acc => ({ facilities: 0, by_type: {}, beds: 0, occupied: 0, bedsReporting: 0 })

function add(acc: Acc, row: FacilityStatRow): void {
  acc.facilities += row.facilities
  acc.by_type[row.type] = (acc.by_type[row.type] ?? 0) + row.facilities
  acc.beds += row.beds ?? 0
  acc.occupied += row.occupied ?? 0
  acc.bedsReporting += row.beds_reporting ?? 0
}

const freeze = (a: Acc): FacilityFigures => ({
  facilities: a.facilities,
  by_type: a.by_type,
  beds: a.beds,
  occupied: a.occupied,
  occupancy: a.bedsReporting > 0 ? a.occupied / a.bedsReporting : null,
})

/**
 * Rolls township × type rows up to townships, counties and the total.
 * @param rows grouped rows ordered by county, township
 * @returns `{ total, counties: [{ code, name, ...figures, townships: [{ code, name, ...figures }] }] }`
 * @example summarizeFacilityStats([]).total.facilities // = 0
 */
export function summarizeFacilityStats(rows: readonly FacilityStatRow[]) {
  const total = createAcc()
  const counties = new Map<string, { name: string; acc: Acc; townships: Map<string, { name: string; acc: Acc }> }>()
  for (const row of rows) {
    let county = counties.get(row.county_code)
    if (!county) counties.set(row.county_code, (county = { name: row.county_name, acc: createAcc(), townships: new Map() }))
    let township = county.townships.get(row.township_code)
    if (!township) county.townships.set(row.township_code, (township = { name: row.township_name, acc: createAcc() }))
    add(total, row)
    add(county.acc, row)
    add(township.acc, row)
  }
  return {
    total: freeze(total),
    counties: [...counties].map(([code, c]) => ({
      code, name: c.name, ...freeze(c.acc),
      townships: [...c.townships].map(([tcode, t]) => ({ code: tcode, name: t.name, ...freeze(t.acc) })),
    })),
  }
}
