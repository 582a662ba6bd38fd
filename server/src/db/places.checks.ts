import type { Geometry, LineString, MultiLineString } from 'geojson'
import { evaluateCandidate, type Evaluation } from '../domain/naming/evaluate-candidate.ts'
import type { ResolvedRuleSet } from '../domain/naming/resolve-rule-set.ts'
import { resolveSettings } from '../domain/naming/rule-set-settings.ts'
import { findPlaceCategory } from '../domain/places/place-categories.ts'
import { placeNameFields, type PlaceNameFields } from '../domain/places/place-name-fields.ts'
import { InvalidParameter, NotFound } from '../errors/problem.ts'
import type { Queryable } from './db.ts'
import { createNameCatalog } from './places.catalog.ts'
import { getPlace, requireDivision } from './places.register.ts'
import { ruleSetForDivision } from './places.rule-sets.ts'

/** What the checks need to know about a name and its feature. */
export interface CheckRequest {
  name: string
  category_code: string
  /** The feature: its geometry gives the division; or a division code when there is no geometry yet. */
  geometry?: Geometry | null
  division_code?: string | null
  width_m?: number | null
  /** Renaming this register entry. */
  place_id?: number | null
  /** Extending this named road. */
  extends_place_id?: number | null
  readings?: Record<number, string>
  pinyin?: string | null
  /** Leave this proposal's own candidates out (re-check at decision time). */
  exclude_proposal_id?: number | null
}

export interface CheckOutcome extends Evaluation {
  division: { code: string; name: string | null }
  rule_set: { id: string; version: number; jurisdiction: string }
  fields: PlaceNameFields
  ruleSet: ResolvedRuleSet
}

const SELECT_DIVISION_NAME = `SELECT code, name FROM divisions WHERE code = $1`

function isLine(g: Geometry): g is LineString | MultiLineString {
  return g.type === 'LineString' || g.type === 'MultiLineString'
}

/**
 * Run the naming checks for one name: locate the division, pick the governing rule set, load the names
 * in scope and evaluate (domain/naming). Also returns the stored fields (parts, pinyin, keys).
 * @example (await checkName(db, { name: '桂花路', category_code: '2530', division_code: '421202001000' })).blocked // = true
 */
export async function checkName(q: Queryable, req: CheckRequest): Promise<CheckOutcome> {
  let division: { code: string; name: string | null }
  if (req.geometry) {
    division = await requireDivision(q, req.geometry)
  } else if (req.division_code) {
    const { rows } = await q.query<{ code: string; name: string }>(SELECT_DIVISION_NAME, [req.division_code])
    if (!rows[0]) throw new InvalidParameter(`No division ${req.division_code}.`, [{ parameter: 'body.division_code', detail: 'unknown division code' }])
    division = rows[0]
  } else {
    throw new InvalidParameter('Give the geometry or the division code.', [{ parameter: 'body.geometry', detail: 'geometry or division_code is required' }])
  }
  const ruleSet = await ruleSetForDivision(q, division.code)
  let extendsRoad = null
  if (req.extends_place_id) {
    const road = await getPlace(q, req.extends_place_id).catch(() => { throw new NotFound(`No place name ${req.extends_place_id} to extend.`) })
    if (!isLine(road.geometry)) throw new InvalidParameter(`${road.name} is not a road line.`, [{ parameter: 'body.place_id', detail: 'only a line can be extended' }])
    extendsRoad = { id: `place:${road.id}`, name: road.name, geometry: road.geometry }
  }
  const evaluation = await evaluateCandidate({
    name: req.name,
    category_code: req.category_code,
    division_code: division.code,
    geometry: req.geometry ?? null,
    width_m: req.width_m ?? null,
    place_id: req.place_id ? `place:${req.place_id}` : null,
    extends: extendsRoad,
    readings: req.readings,
  }, ruleSet, createNameCatalog(q, { excludeProposalId: req.exclude_proposal_id ?? null }))
  const settings = resolveSettings(ruleSet.settings)
  const fields = placeNameFields(req.name, { category_code: req.category_code, readings: req.readings, pinyin: req.pinyin }, settings)
  return {
    ...evaluation,
    division,
    rule_set: { id: ruleSet.id, version: ruleSet.version, jurisdiction: ruleSet.jurisdiction },
    fields,
    ruleSet,
  }
}

/** The category's display name for messages. */
export const categoryName = (code: string) => findPlaceCategory(code)?.name_zh ?? code
