import { CHECKERS } from './checkers/index.ts';
import type { PreparedComparable } from './checkers/checker.ts';
import { prepareName } from './prepare-name.ts';
import type { ResolvedRuleSet } from './resolve-rule-set.ts';
import { resolveSettings } from './rule-set-settings.ts';
import type { Candidate, ComparableName, Finding, Severity } from './types.ts';

const ORDER: Record<Severity, number> = { block: 0, review: 1, info: 2 };

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, key: string) => vars[key] ?? m);

/** English messages use `x_en` variables where a checker gives them. */
const englishVars = (vars: Record<string, string>) => Object.fromEntries(
  Object.entries(vars).map(([k, v]) => [k, vars[`${k}_en`] ?? v]),
);

/** Whether a comparable is the candidate itself or the road it extends. */
function isSelf(c: ComparableName, candidate: Candidate): boolean {
  const ids = [candidate.place_id, candidate.extends?.id].filter((id): id is string => id != null && id !== '');
  return ids.includes(c.id) || (c.place_id !== undefined && ids.includes(c.place_id));
}

/**
 * Run every enabled rule of a rule set on a candidate against names already in its scope.
 * Pure: the caller has loaded the comparables (see `evaluateCandidate`).
 * @param candidate the proposed name and its feature
 * @param ruleSet the resolved rule set of the jurisdiction
 * @param comparables names in the candidate's comparison scope
 * @returns findings, blocking first, each citing its rule and article
 * @example checkCandidate({ name: '桂花路', category_code: '2530', division_code: '421202001005' }, rs, [{ id: '1', name: '桂花路', … }])[0].rule_id // = 'dup.same-name'
 */
export function checkCandidate(candidate: Candidate, ruleSet: ResolvedRuleSet, comparables: readonly ComparableName[]): Finding[] {
  const settings = resolveSettings(ruleSet.settings);
  const prepared = prepareName(candidate.name, settings, candidate.readings);
  const others: PreparedComparable[] = comparables
    .filter((c) => !isSelf(c, candidate))
    .map((source) => ({ ...prepareName(source.name, settings, source.readings), source }));
  const findings: Finding[] = [];
  for (const rule of ruleSet.rules) {
    if (!rule.enabled) continue;
    if (rule.applies_to.length > 0 && !rule.applies_to.some((p) => candidate.category_code.startsWith(p))) continue;
    if (rule.excludes.some((p) => candidate.category_code.startsWith(p))) continue;
    const checker = CHECKERS[rule.check];
    if (!checker) throw new Error(`Rule ${rule.id} names unknown check ${rule.check}; validate rule sets with validateRuleSet`);
    const params = checker.params.parse(rule.params);
    const hits = checker.run({ candidate, prepared, comparables: checker.needsComparables ? others : [], settings, rule }, params);
    for (const hit of hits) {
      const template = checker.messages[hit.message];
      const vars = { name: prepared.name, ...hit.vars };
      findings.push({
        rule_id: rule.id,
        severity: hit.severity ?? rule.severity,
        article: rule.article,
        message_zh: fill(rule.message_zh ?? template.zh, vars),
        message_en: fill(rule.message_en ?? template.en, englishVars(vars)),
        related: hit.related ?? [],
      });
    }
  }
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
