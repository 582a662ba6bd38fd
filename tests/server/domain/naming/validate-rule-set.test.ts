import { describe, expect, it } from 'vitest';
import { bundledRuleSets } from '../../../../server/src/domain/naming/bundled-rule-sets.ts';
import { validateRuleSet } from '../../../../server/src/domain/naming/validate-rule-set.ts';

const createInput = (rules: unknown[]) => ({
  id: 'test', jurisdiction: '421200', version: 2, title_zh: '测试', title_en: 'Test', effective_from: '2024-05-01', rules,
});
const rule = (over: Record<string, unknown>) => ({ id: 'r.one', check: 'max_length', severity: 'block', article: 'a', title_zh: 't', title_en: 't', params: { max_chars: 10 }, ...over });

describe('validateRuleSet', () => {
  it('accepts a well-formed rule set and fills defaults', () => {
    const result = validateRuleSet(createInput([rule({})]));
    expect(result.valid).toBe(true);
    if (result.valid) expect(result.value.rules[0]).toMatchObject({ enabled: true, applies_to: [] });
  });

  it('names an unknown check', () => {
    const result = validateRuleSet(createInput([rule({ check: 'astrology' })]));
    expect(result).toMatchObject({ valid: false, problems: [{ path: 'rules.0.check' }] });
  });

  it('validates each rule’s params with its checker’s schema', () => {
    const result = validateRuleSet(createInput([rule({ params: { max_chars: 'ten' } })]));
    expect(result).toMatchObject({ valid: false, problems: [{ path: 'rules.0.params.max_chars' }] });
  });

  it('rejects duplicate rule ids', () => {
    const result = validateRuleSet(createInput([rule({}), rule({})]));
    expect(result).toMatchObject({ valid: false, problems: [{ path: 'rules.1.id' }] });
  });

  it('rejects a bad severity and a bad date', () => {
    const result = validateRuleSet({ ...createInput([rule({ severity: 'fatal' })]), effective_from: '2024-13-01' });
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.problems.map((p) => p.path).sort()).toEqual(['effective_from', 'rules.0.severity']);
  });

  it('accepts every shipped rule set', () => {
    expect(bundledRuleSets().map((r) => r.id).sort()).toEqual(['cn-421200', 'cn-national']);
  });
});
