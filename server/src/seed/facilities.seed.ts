import type { Queryable } from '../db/db.ts'
import { INSERT_FACILITIES_BATCH, INSERT_HALL_CHANGE, SELECT_SAMPLE_VILLAGES } from '../db/facilities.queries.ts'
import { generateSampleFacilities, type SampleVillage } from '../domain/facilities/generate-sample-facilities.ts'
import { validateFacilityAttributes } from '../domain/facilities/validate-facility-attributes.ts'
import type { SeedStep } from './seed-step.ts'

/** Marks every generated row: nobody surveyed these facilities. */
export const SYNTHETIC_SOURCE = 'synthetic sample (facilities seed v1)'

interface VillageRow {
  code: string; name: string; lng: number; lat: number; urban: boolean | null; population: number
  township_code: string; township_name: string; county_code: string; county_name: string
}

async function loadVillages(tx: Queryable): Promise<SampleVillage[]> {
  const { rows } = await tx.query<VillageRow>(SELECT_SAMPLE_VILLAGES)
  return rows.map((r) => ({
    code: r.code, name: r.name, lng: Number(r.lng), lat: Number(r.lat), urban: r.urban === true, population: Number(r.population),
    townshipCode: r.township_code, townshipName: r.township_name, countyCode: r.county_code, countyName: r.county_name,
  }))
}

/**
 * The facilities seed: the dataset has no real facilities, so a reproducible synthetic registry
 * sized like the bureau's report is generated around the village points (source marks it synthetic).
 * Ancestral-hall histories go to their own table.
 */
export const facilitiesSeed: SeedStep = {
  name: 'facilities',
  async run(tx, ctx) {
    const villages = await loadVillages(tx)
    if (villages.length === 0) return 0
    const sample = generateSampleFacilities(villages, ctx.dataset.id)
    const stored = sample.map((f) => {
      const checked = validateFacilityAttributes(f.type, f.attributes)
      if (!checked.valid) throw new Error(`facilities seed generated invalid ${f.type}: ${JSON.stringify(checked.errors)}`)
      const { status_history: _h, ...rest } = checked.attributes
      return { ...f, attributes: rest }
    })
    const { rows } = await tx.query<{ id: number; name: string }>(INSERT_FACILITIES_BATCH, [
      stored.map((f) => f.type), stored.map((f) => f.name), stored.map((f) => JSON.stringify(f.attributes)),
      stored.map((f) => f.lng), stored.map((f) => f.lat), stored.map((f) => f.villageCode), SYNTHETIC_SOURCE,
    ])
    // RETURNING follows the insert order; check it rather than trust it, since histories attach by position.
    if (rows.some((r, i) => r.name !== sample[i]!.name)) throw new Error('facilities seed: RETURNING order differs from input order')
    let changes = 0
    for (const [i, f] of sample.entries()) {
      for (const change of (f.attributes.status_history ?? []) as { status: string; date: string }[]) {
        await tx.query(INSERT_HALL_CHANGE, [rows[i]!.id, change.status, change.date, null, 'seed'])
        changes += 1
      }
    }
    ctx.log(`  facilities: ${rows.length} (synthetic), ancestral hall status changes: ${changes}`)
    return rows.length
  },
}
