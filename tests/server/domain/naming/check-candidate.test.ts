import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledRuleSets } from '../../../../server/src/domain/naming/bundled-rule-sets.ts';
import { checkCandidate } from '../../../../server/src/domain/naming/check-candidate.ts';
import { comparisonScope } from '../../../../server/src/domain/naming/comparison-scope.ts';
import { resolveSettings } from '../../../../server/src/domain/naming/rule-set-settings.ts';
import { resolveRuleSet } from '../../../../server/src/domain/naming/resolve-rule-set.ts';
import type { ComparableName } from '../../../../server/src/domain/naming/types.ts';

interface GoldenCase {
  name: string;
  category_code?: string;
  division_code?: string;
  width_m?: number;
  length_m?: number;
  expect: Array<[string, string]>;
}
const golden = JSON.parse(readFileSync(new URL('../../../fixtures/naming/golden-cases.json', import.meta.url), 'utf8')) as {
  existing: ComparableName[];
  cases: GoldenCase[];
};

const createRuleSet = (id = 'cn-421200') => {
  const sets = bundledRuleSets();
  return resolveRuleSet(sets.find((s) => s.id === id)!, (x) => sets.find((s) => s.id === x));
};

const WENQUAN = '421202001005';
const ROAD = { type: 'LineString' as const, coordinates: [[114.30, 29.85], [114.31, 29.85]] };

describe('checkCandidate', () => {
  const ruleSet = createRuleSet();
  /** What a catalog returns for the rule set's comparison scope (the db does the same in SQL). */
  const inScope = (c: { category_code?: string; division_code?: string }) => {
    const scope = comparisonScope(c.category_code ?? '2530', c.division_code ?? WENQUAN, ruleSet.jurisdiction, resolveSettings(ruleSet.settings));
    return golden.existing.filter((e) => (e.division_code ?? '').startsWith(scope.division_prefix) &&
      scope.category_prefixes.some((p) => e.category_code.startsWith(p)));
  };

  it.each(golden.cases.map((c) => [`${c.name} (${c.category_code ?? '2530'}${c.width_m ? `, ${c.width_m} m` : ''})`, c] as const))(
    'golden: %s', (_label, c) => {
      const findings = checkCandidate({
        name: c.name,
        category_code: c.category_code ?? '2530',
        division_code: c.division_code ?? WENQUAN,
        width_m: c.width_m,
        length_m: c.length_m,
      }, ruleSet, inScope(c));
      expect(findings.map((f) => [f.rule_id, f.severity])).toEqual(c.expect);
    });

  it('cites the rule article and names the related register entry', () => {
    const [finding] = checkCandidate({ name: '桂花路', category_code: '2530', division_code: WENQUAN }, ruleSet, inScope({}));
    expect(finding.article).toContain('《地名管理条例》');
    expect(finding.related).toEqual([{ id: 'p1', name: '桂花路', status: 'approved' }]);
    expect(finding.message_zh).toBe('与“桂花路”重名');
    expect(finding.message_en).toBe('Same name as “桂花路”');
  });

  it('says when a sound-alike was rejected before', () => {
    const [finding] = checkCandidate({ name: '金贵路', category_code: '2530', division_code: WENQUAN }, ruleSet, inScope({}));
    expect(finding.message_zh).toContain('（曾被否决）');
    expect(finding.message_en).toContain('(rejected before)');
  });

  it('does not compare a renamed feature with itself', () => {
    const findings = checkCandidate({ name: '桂花路', category_code: '2530', division_code: WENQUAN, place_id: 'p1' }, ruleSet, inScope({}));
    expect(findings).toEqual([]);
  });

  it('does not count a historic name of the feature itself', () => {
    const findings = checkCandidate({ name: '学府路', category_code: '2530', division_code: WENQUAN, place_id: 'p7' }, ruleSet, inScope({}));
    expect(findings).toEqual([]);
  });

  it('lists blocking findings first', () => {
    const findings = checkCandidate({ name: '纽约贵华大道', category_code: '2530', division_code: WENQUAN }, ruleSet, inScope({}));
    const order = findings.map((f) => f.severity);
    expect(order).toEqual([...order].sort((a, b) => ['block', 'review', 'info'].indexOf(a) - ['block', 'review', 'info'].indexOf(b)));
    expect(order[0]).toBe('block');
  });

  it('finds only national rules without the city settings: no dialect confusions, no city prefix', () => {
    const national = createRuleSet('cn-national');
    expect(checkCandidate({ name: '兰昌路', category_code: '2530', division_code: WENQUAN }, national, inScope({}))).toEqual([]);
    expect(checkCandidate({ name: '咸宁桂花路', category_code: '2530', division_code: WENQUAN }, national, inScope({}))).toEqual([]);
  });

  it('skips disabled rules and rules for other classes', () => {
    const ruleSet2 = { ...ruleSet, rules: ruleSet.rules.map((r) => (r.id === 'dup.same-name' ? { ...r, enabled: false } : r)) };
    expect(checkCandidate({ name: '桂花路', category_code: '2530', division_code: WENQUAN }, ruleSet2, inScope({}))).toEqual([]);
  });

  it('uses a rule’s own message template', () => {
    const custom = { ...ruleSet, rules: ruleSet.rules.map((r) => (r.id === 'dup.same-name' ? { ...r, message_zh: '{name}已被{related}占用' } : r)) };
    const [finding] = checkCandidate({ name: '桂花路', category_code: '2530', division_code: WENQUAN }, custom, inScope({}));
    expect(finding.message_zh).toBe('桂花路已被“桂花路”占用');
  });

  describe('extending a road', () => {
    const extendsGuihua = { id: 'p1', name: '桂花路', geometry: ROAD };
    const east = { type: 'LineString' as const, coordinates: [[114.31, 29.85], [114.32, 29.851]] };
    const west = { type: 'LineString' as const, coordinates: [[114.29, 29.85], [114.30, 29.85]] };
    const check = (name: string, geometry: typeof east) =>
      checkCandidate({ name, category_code: '2530', division_code: WENQUAN, geometry, extends: extendsGuihua }, ruleSet, inScope({}))
        .map((f) => [f.rule_id, f.severity, f.message_zh]);

    it('accepts the road’s own name for the new part', () => {
      expect(check('桂花路', east)).toEqual([]);
    });

    it('accepts the direction suffix of the side the new part lies on', () => {
      expect(check('桂花东路', east)).toEqual([]);
      expect(check('桂花西路', west)).toEqual([]);
    });

    it('flags a suffix pointing the wrong way', () => {
      expect(check('桂花西路', east)).toEqual([['road.direction-continuity', 'review', '延长段位于“桂花路”东侧，方位词“西”不符']]);
    });

    it('flags a different 专名 and suggests the continuous name', () => {
      const [finding] = check('丹桂路', east);
      expect(finding[0]).toBe('road.direction-continuity');
      expect(finding[2]).toContain('桂花东路');
    });
  });
});
