import type { Geometry } from 'geojson'
import { findPlaceCategory } from '../places/place-categories.ts'
import { checkCandidate } from './check-candidate.ts'
import type { ResolvedRuleSet } from './resolve-rule-set.ts'
import type { Finding } from './types.ts'

/** Checks that say whether a name fits its feature (名实相符). */
const FIT_CHECKS = new Set(['generic_category', 'generic_dimensions'])

/** A register entry as the 名不副实 finder needs it. */
export interface FeatureEntry {
  id: number
  name: string
  category_code: string
  division_code: string
  geometry: Geometry
  length_m?: number | null
  width_m?: number | null
}

/**
 * 名不副实: the 通名 does not fit the class or size of the feature (the rule set's fit rules), or the
 * geometry is of a type the class cannot have (a 路 drawn as a point, a 广场 as a line).
 * @returns the findings (empty when the name fits)
 * @example findMisfits({ name: '希望桥', category_code: '2530', … }, rs)[0].rule_id // = 'fit.category'
 */
export function findMisfits(entry: FeatureEntry, ruleSet: ResolvedRuleSet): Finding[] {
  const fitRules = { ...ruleSet, rules: ruleSet.rules.filter((r) => FIT_CHECKS.has(r.check)) }
  const findings = checkCandidate({ name: entry.name, category_code: entry.category_code, division_code: entry.division_code,
    geometry: entry.geometry, length_m: entry.length_m ?? null, width_m: entry.width_m ?? null }, fitRules, [])
  const category = findPlaceCategory(entry.category_code)
  if (category && !category.geometry_types.includes(entry.geometry.type as never)) {
    findings.push({ rule_id: 'fit.geometry', severity: 'review', article: '《地名管理条例》（2022）第十条：通名用字应当反映所称地理实体的地理属性',
      message_zh: `“${category.name_zh}”类地理实体不应以${entry.geometry.type}表示`, message_en: `A feature of class “${category.name_en}” should not be a ${entry.geometry.type}`, related: [] })
  }
  return findings
}
