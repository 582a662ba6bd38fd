import { CHECKERS } from './checkers/index.ts';
import { ruleSetSchema, type RuleSet } from './rule-set.schema.ts';

/** One problem with a rule set, with the path to it: `rules.3.params.words`. */
export interface RuleSetProblem {
  path: string;
  message: string;
}

export type RuleSetValidation = { valid: true; value: RuleSet } | { valid: false; problems: RuleSetProblem[] };

/**
 * Validate a rule set an admin edited: its shape, unique rule ids, known checks and each rule's params.
 * @param input parsed JSON
 * @returns the rule set with defaults, or the list of problems
 * @example validateRuleSet({}).valid // = false
 */
export function validateRuleSet(input: unknown): RuleSetValidation {
  const parsed = ruleSetSchema.safeParse(input);
  if (!parsed.success) {
    return { valid: false, problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  }
  const problems: RuleSetProblem[] = [];
  const ids = new Set<string>();
  parsed.data.rules.forEach((rule, index) => {
    if (ids.has(rule.id)) problems.push({ path: `rules.${index}.id`, message: `duplicate rule id ${rule.id}` });
    ids.add(rule.id);
    const checker = CHECKERS[rule.check];
    if (!checker) {
      problems.push({ path: `rules.${index}.check`, message: `unknown check ${rule.check}; known: ${Object.keys(CHECKERS).join(', ')}` });
      return;
    }
    const params = checker.params.safeParse(rule.params);
    if (!params.success) {
      for (const i of params.error.issues) problems.push({ path: ['rules', index, 'params', ...i.path].join('.'), message: i.message });
    }
  });
  return problems.length > 0 ? { valid: false, problems } : { valid: true, value: parsed.data };
}
