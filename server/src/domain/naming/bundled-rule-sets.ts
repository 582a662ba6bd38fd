import { readdirSync, readFileSync } from 'node:fs';
import { validateRuleSet } from './validate-rule-set.ts';
import type { RuleSet } from './rule-set.schema.ts';

const DIR = new URL('./rulesets/', import.meta.url);

/**
 * The rule sets shipped in `rulesets/*.json`, validated. They seed the `rule_sets` table; admins edit
 * new versions from there. A broken file is a programming mistake and throws, naming the file.
 * @returns the shipped rule sets, by file name
 * @example bundledRuleSets().map((r) => r.id) // = ['cn-421200', 'cn-national']
 */
export function bundledRuleSets(): RuleSet[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const result = validateRuleSet(JSON.parse(readFileSync(new URL(file, DIR), 'utf8')));
      if (!result.valid) {
        throw new Error(`Rule set file rulesets/${file} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      }
      return result.value;
    });
}
