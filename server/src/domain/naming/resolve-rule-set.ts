import type { Rule, RuleSet } from './rule-set.schema.ts';

/** A rule set with its inherited rules and settings merged in. */
export interface ResolvedRuleSet extends RuleSet {
  /** The rule sets merged, base first: [{ id, version }]. */
  chain: Array<{ id: string; version: number }>;
}

/**
 * Merge a rule set with the rule sets it extends: settings are overridden key by key
 * (normalisation field by field), rules are replaced by id and new ones appended.
 * @param ruleSet the jurisdiction's rule set
 * @param lookup finds a rule set by id (the newest version)
 * @returns the merged rule set
 * @example resolveRuleSet(xianning, (id) => byId[id]).chain // = [{ id: 'cn-national', version: 1 }, { id: 'cn-421200', version: 1 }]
 */
export function resolveRuleSet(ruleSet: RuleSet, lookup: (id: string) => RuleSet | undefined): ResolvedRuleSet {
  const seen = new Set<string>();
  const chain: RuleSet[] = [];
  for (let current: RuleSet | undefined = ruleSet; current; current = current.extends ? lookup(current.extends) : undefined) {
    if (seen.has(current.id)) throw new Error(`Rule set ${current.id} extends itself through ${[...seen].join(' → ')}`);
    seen.add(current.id);
    chain.unshift(current);
    if (current.extends && !lookup(current.extends)) throw new Error(`Rule set ${current.id} extends unknown rule set ${current.extends}`);
  }
  const rules = new Map<string, Rule>();
  let settings: RuleSet['settings'] = {};
  for (const set of chain) {
    settings = {
      ...settings,
      ...set.settings,
      normalization: { ...settings.normalization, ...set.settings.normalization },
    };
    for (const rule of set.rules) rules.set(rule.id, rule);
  }
  return {
    ...ruleSet,
    settings,
    sources: chain.flatMap((s) => s.sources).filter((s, i, all) => all.findIndex((o) => o.id === s.id) === i),
    rules: [...rules.values()],
    chain: chain.map((s) => ({ id: s.id, version: s.version })),
  };
}
