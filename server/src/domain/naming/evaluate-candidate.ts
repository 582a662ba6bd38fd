import { checkCandidate } from './check-candidate.ts';
import { CHECKERS } from './checkers/index.ts';
import { comparisonScope, type ComparisonScope } from './comparison-scope.ts';
import type { ResolvedRuleSet } from './resolve-rule-set.ts';
import { resolveSettings } from './rule-set-settings.ts';
import type { Candidate, Finding, NameCatalog } from './types.ts';

/** Findings and the scope they were checked in. */
export interface Evaluation {
  findings: Finding[];
  scope: ComparisonScope;
  /** Whether any finding blocks the proposal. */
  blocked: boolean;
}

/**
 * Check a candidate name: load the comparable names of its scope from the catalog once,
 * then run the rule set (see `checkCandidate`).
 * @param candidate the proposed name and its feature
 * @param ruleSet the resolved rule set of the jurisdiction
 * @param catalog storage of existing, pending, reserved and rejected names
 * @returns the findings and the scope used
 * @example (await evaluateCandidate(candidate, ruleSet, catalog)).blocked // = true for 桂花路 near 温泉街道
 */
export async function evaluateCandidate(candidate: Candidate, ruleSet: ResolvedRuleSet, catalog: NameCatalog): Promise<Evaluation> {
  const settings = resolveSettings(ruleSet.settings);
  const scope = comparisonScope(candidate.category_code, candidate.division_code, ruleSet.jurisdiction, settings);
  const needsNames = ruleSet.rules.some((r) => r.enabled && CHECKERS[r.check]?.needsComparables);
  const comparables = needsNames
    ? await catalog.findComparable({ division_prefix: scope.division_prefix, category_prefixes: scope.category_prefixes })
    : [];
  const findings = checkCandidate(candidate, ruleSet, comparables);
  return { findings, scope, blocked: findings.some((f) => f.severity === 'block') };
}
