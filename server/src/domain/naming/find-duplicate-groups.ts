import { comparisonScope } from './comparison-scope.ts'
import type { ResolvedRuleSet } from './resolve-rule-set.ts'
import { resolveSettings } from './rule-set-settings.ts'

/** A register entry as the 多地重名 finder needs it. */
export interface NamedEntry {
  id: number
  name: string
  normalized_name: string
  category_code: string
  division_code: string
}

/** Entries sharing one (normalised) name within one comparison scope. */
export interface DuplicateGroup {
  normalized_name: string
  division_prefix: string
  level: string
  entries: NamedEntry[]
}

/**
 * 多地重名: group entries whose normalised names are equal within the scope the rule set gives their class
 * (streets within the county, natural villages within the township …), comparing the classes it groups.
 * @param entries standard names of the jurisdiction
 * @param ruleSet the resolved rule set
 * @returns groups of two or more, largest first
 * @example findDuplicateGroups([{ id: 1, name: '北街', … }, { id: 2, name: '北街', … }], rs)[0].entries.length // = 2
 */
export function findDuplicateGroups(entries: readonly NamedEntry[], ruleSet: ResolvedRuleSet): DuplicateGroup[] {
  const settings = resolveSettings(ruleSet.settings)
  const groups = new Map<string, DuplicateGroup>()
  for (const e of entries) {
    const scope = comparisonScope(e.category_code, e.division_code, ruleSet.jurisdiction, settings)
    const family = [...scope.category_prefixes].sort()[0] ?? e.category_code
    const key = `${e.normalized_name}|${scope.division_prefix}|${family}`
    const group = groups.get(key) ?? { normalized_name: e.normalized_name, division_prefix: scope.division_prefix, level: scope.level, entries: [] }
    group.entries.push(e)
    groups.set(key, group)
  }
  return [...groups.values()].filter((g) => g.entries.length > 1).sort((a, b) => b.entries.length - a.entries.length || a.normalized_name.localeCompare(b.normalized_name))
}
