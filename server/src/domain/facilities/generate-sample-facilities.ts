import type { AncestralHallStatus } from './ancestral-hall-status.ts'
import type { FacilityTypeId } from './facility-types.ts'
import { metresPerDegree } from '../coverage/ellipsoidal-distance.ts'
import { seededRandom } from './seeded-random.ts'

/** A village/community the generator places facilities around. */
export interface SampleVillage {
  code: string
  name: string
  lng: number
  lat: number
  urban: boolean
  population: number
  townshipCode: string
  townshipName: string
  countyCode: string
  countyName: string
}

/** A generated facility (validated like any input before it is stored). */
export interface SampleFacility {
  type: FacilityTypeId
  name: string
  lng: number
  lat: number
  attributes: Record<string, unknown>
  /** The village it was placed around (its point is the fallback when the offset leaves the township). */
  villageCode: string
}

/** Sizes from the bureau's annual report (issue 4), used by the seed and asserted by its test. */
export const SAMPLE_SIZES = { urban_home_care_centre: 126, rural_mutual_aid_centre: 519, elder_care_institution: 90, ancestral_hall: 254, rescue_station: 6 } as const

const SURNAMES = ['陈', '王', '李', '张', '刘', '吴', '周', '黄', '徐', '胡', '朱', '何', '饶', '舒', '邓', '熊', '程', '余', '孟', '万']

type Rng = () => number
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1))
const shuffled = <T>(rng: Rng, list: readonly T[]): T[] => {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** A point 30–180 m from the village in a random direction (a building near the village centre). */
function near(rng: Rng, v: SampleVillage): { lng: number; lat: number } {
  const d = 30 + rng() * 150
  const a = rng() * 2 * Math.PI
  const [mx, my] = metresPerDegree(v.lat)
  return { lng: Math.round((v.lng + (d * Math.cos(a)) / mx) * 1e6) / 1e6, lat: Math.round((v.lat + (d * Math.sin(a)) / my) * 1e6) / 1e6 }
}

const date = (rng: Rng, from: number, to: number) => `${int(rng, from, to)}-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`

function hallHistory(rng: Rng): { status: AncestralHallStatus; date: string }[] {
  const built = date(rng, 1985, 2005)
  const r = rng()
  const final: AncestralHallStatus | null = r < 0.6 ? 'converted_cultural_centre' : r < 0.85 ? 'converted_public_service_centre' : r < 0.93 ? 'demolished' : null
  return final ? [{ status: 'active', date: built }, { status: final, date: date(rng, 2019, 2024) }] : [{ status: 'active', date: built }]
}

function firstOf<T extends { townshipCode: string }>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>()
  return list.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)))
}

/**
 * Generates a plausible, reproducible sample registry sized like the bureau's report: urban
 * home-care centres in communities, mutual-aid centres in villages, elder-care institutions
 * weighted by population, a rural welfare home per rural township (25 awaiting upgrade), one rescue
 * station, funeral home and relief reserve per county, three cemeteries per county, 254 ancestral
 * halls mostly converted, emergency shelters in towns, and a few of the rarer types.
 * @param villages village/community points with parents (ordered by code)
 * @param seedText seed of the generator (the dataset id)
 * @returns facilities with attributes that pass the type schemas
 */
export function generateSampleFacilities(villages: readonly SampleVillage[], seedText: string): SampleFacility[] {
  const rng = seededRandom(`facilities:${seedText}`)
  const out: SampleFacility[] = []
  const add = (type: FacilityTypeId, v: SampleVillage, name: string, attributes: Record<string, unknown> = {}) =>
    out.push({ type, name, ...near(rng, v), attributes, villageCode: v.code })
  const urban = villages.filter((v) => v.urban)
  const rural = villages.filter((v) => !v.urban)
  for (const v of shuffled(rng, urban).slice(0, SAMPLE_SIZES.urban_home_care_centre)) add('urban_home_care_centre', v, `${v.name}居家养老服务中心`, { area_m2: int(rng, 200, 1200) })
  for (const v of shuffled(rng, rural).slice(0, SAMPLE_SIZES.rural_mutual_aid_centre)) add('rural_mutual_aid_centre', v, `${v.name}老年人互助照料活动中心`, { area_m2: int(rng, 80, 400) })
  const byPopulation = [...villages].sort((a, b) => b.population - a.population)
  for (let i = 0; i < SAMPLE_SIZES.elder_care_institution; i += 1) {
    const v = byPopulation[Math.floor(rng() ** 2 * byPopulation.length)]!
    const beds = int(rng, 3, 30) * 10
    const levels = shuffled(rng, ['self_care', 'semi_disabled', 'disabled', 'dementia'] as const).slice(0, int(rng, 1, 4))
    add('elder_care_institution', v, `${v.townshipName}${pick(rng, ['颐养院', '康养中心', '养老院', '老年公寓'])}${i + 1}号`, {
      beds, occupied_beds: Math.floor(beds * (0.4 + rng() * 0.55)), care_levels: levels,
      last_inspection_result: pick(rng, ['pass', 'pass', 'pass', 'rectify', 'fail'] as const), last_inspection_date: date(rng, 2023, 2024),
      ...(rng() < 0.3 ? { operation_mode: 'public_private', operator: `${v.countyName}${pick(rng, ['康养', '颐年', '福寿'])}养老服务有限公司` } : {}),
    })
  }
  const ruralTownships = shuffled(rng, firstOf(rural, (v) => v.townshipCode))
  ruralTownships.forEach((v, i) => {
    const beds = int(rng, 4, 12) * 10
    const status = i < 25 ? 'awaiting' : i < 35 ? 'in_progress' : 'completed'
    add('rural_welfare_home', v, `${v.townshipName}福利院`, {
      beds, residents: Math.floor(beds * (0.3 + rng() * 0.6)), upgrade_status: status,
      ...(status === 'awaiting' ? {} : { upgrade_year: status === 'in_progress' ? 2025 : int(rng, 2019, 2024) }),
      ...(rng() < 0.25 ? { operation_mode: 'public_private', operator: `${v.countyName}社会福利服务中心` } : { operation_mode: 'public' }),
    })
  })
  const countySeats = firstOf(urban.length ? urban : villages, (v) => v.countyCode)
  for (const v of countySeats) {
    add('rescue_station', v, `${v.countyName}救助管理站`, { beds: int(rng, 20, 60), level: 'county' })
    add('funeral_home', v, `${v.countyName}殡仪馆`, { cremators: int(rng, 2, 6), halls: int(rng, 2, 8) })
    add('relief_material_reserve', v, `${v.countyName}救灾物资储备中心`, { storage_area_m2: int(rng, 800, 3000), level: 'county' })
    add('foster_institution', v, `${v.countyName}特困人员托养中心`, { beds: int(rng, 30, 120) })
  }
  for (const county of firstOf(villages, (v) => v.countyCode)) {
    const inCounty = shuffled(rng, rural.filter((v) => v.countyCode === county.countyCode))
    inCounty.slice(0, 3).forEach((v, i) => {
      const plots = int(rng, 10, 60) * 100
      add('public_cemetery', v, `${v.townshipName}公益性公墓${i ? `（${i + 1}）` : ''}`, { plots, used_plots: Math.floor(plots * rng() * 0.9) })
    })
  }
  for (const v of shuffled(rng, villages).slice(0, SAMPLE_SIZES.ancestral_hall)) {
    const surname = pick(rng, SURNAMES)
    add('ancestral_hall', v, `${v.name}${surname}氏宗祠`, { clan_surname: surname, status_history: hallHistory(rng) })
  }
  for (const v of shuffled(rng, urban).slice(0, 40)) {
    add('emergency_shelter', v, `${v.name}应急避难场所`, { capacity_persons: int(rng, 5, 300) * 100, shelter_level: pick(rng, ['emergency', 'emergency', 'fixed'] as const) })
  }
  const seat = countySeats[0]
  if (seat) {
    add('social_welfare_institute', seat, `${seat.countyName}社会福利院`, { beds: 300, residents: 214, operation_mode: 'public' })
    add('children_welfare_centre', seat, `${seat.countyName}儿童福利院`, { beds: 120, residents: 63 })
    add('honour_home', seat, `${seat.countyName}光荣院`, { beds: 80, residents: 41 })
  }
  return out
}
