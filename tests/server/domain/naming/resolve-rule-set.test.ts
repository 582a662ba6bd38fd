import { describe, expect, it } from 'vitest';
import { resolveRuleSet } from '../../../../server/src/domain/naming/resolve-rule-set.ts';
import { ruleSetSchema, type RuleSet, type RuleSetInput } from '../../../../server/src/domain/naming/rule-set.schema.ts';

const createRuleSet = (over: Partial<RuleSetInput> & { id: string }): RuleSet => ruleSetSchema.parse({
  jurisdiction: '000000', version: 1, title_zh: 't', title_en: 't', effective_from: '2024-05-01', ...over,
});
const rule = (id: string, severity: 'block' | 'review' | 'info' = 'block') =>
  ({ id, check: 'required_parts', severity, article: 'a', title_zh: 't', title_en: 't' });

describe('resolveRuleSet', () => {
  const base = createRuleSet({ id: 'base', rules: [rule('r.one'), rule('r.two')], settings: { notice_days: 7, normalization: { strip_leading: ['新'] } } });
  const city = createRuleSet({ id: 'city', jurisdiction: '421200', extends: 'base', rules: [rule('r.two', 'info'), rule('r.three')], settings: { normalization: { strip_prefixes: ['咸宁'] } } });
  const lookup = (id: string) => [base, city].find((s) => s.id === id);

  it('replaces inherited rules by id and appends new ones', () => {
    const resolved = resolveRuleSet(city, lookup);
    expect(resolved.rules.map((r) => [r.id, r.severity])).toEqual([['r.one', 'block'], ['r.two', 'info'], ['r.three', 'block']]);
    expect(resolved.chain).toEqual([{ id: 'base', version: 1 }, { id: 'city', version: 1 }]);
  });

  it('merges settings key by key and normalisation field by field', () => {
    const { settings } = resolveRuleSet(city, lookup);
    expect(settings.notice_days).toBe(7);
    expect(settings.normalization).toEqual({ strip_leading: ['新'], strip_prefixes: ['咸宁'] });
  });

  it('throws naming the rule set when the base is unknown', () => {
    expect(() => resolveRuleSet(createRuleSet({ id: 'orphan', extends: 'missing' }), lookup)).toThrow(/orphan extends unknown rule set missing/);
  });

  it('throws on a cycle', () => {
    const a = createRuleSet({ id: 'aa', extends: 'bb' });
    const b = createRuleSet({ id: 'bb', extends: 'aa' });
    expect(() => resolveRuleSet(a, (id) => [a, b].find((s) => s.id === id))).toThrow(/extends itself/);
  });
});
