import { describe, expect, it } from 'vitest';
import { bundledRuleSets } from '../../../../server/src/domain/naming/bundled-rule-sets.ts';
import { evaluateCandidate } from '../../../../server/src/domain/naming/evaluate-candidate.ts';
import { resolveRuleSet } from '../../../../server/src/domain/naming/resolve-rule-set.ts';
import type { ComparableName, NameCatalog } from '../../../../server/src/domain/naming/types.ts';

/** An in-memory catalog with the contract the db implements: filter by division prefix and categories. */
function createCatalog(names: ComparableName[]): NameCatalog & { queries: unknown[] } {
  const queries: unknown[] = [];
  return {
    queries,
    async findComparable(query) {
      queries.push(query);
      return names.filter((n) => (n.division_code ?? '').startsWith(query.division_prefix) &&
        query.category_prefixes.some((p) => n.category_code.startsWith(p)));
    },
  };
}

const sets = bundledRuleSets();
const xianning = resolveRuleSet(sets.find((s) => s.id === 'cn-421200')!, (id) => sets.find((s) => s.id === id));
const guihua: ComparableName = { id: '1', name: '桂花路', category_code: '2530', division_code: '421202001005', status: 'approved' };

describe('evaluateCandidate', () => {
  it('asks the catalog once for streets of the county and blocks a duplicate', async () => {
    const catalog = createCatalog([guihua]);
    const result = await evaluateCandidate({ name: '桂花路', category_code: '2530', division_code: '421202001010' }, xianning, catalog);
    expect(catalog.queries).toEqual([{ division_prefix: '421202', category_prefixes: ['2530', '2520'] }]);
    expect(result.blocked).toBe(true);
    expect(result.scope.level).toBe('county');
    expect(result.findings[0].rule_id).toBe('dup.same-name');
  });

  it('compares natural villages within their township only', async () => {
    const village: ComparableName = { id: '2', name: '肖家湾', category_code: '2420', division_code: '421202001204', status: 'approved' };
    const catalog = createCatalog([village]);
    const other = await evaluateCandidate({ name: '肖家湾', category_code: '2420', division_code: '421202002201' }, xianning, catalog);
    expect(catalog.queries).toEqual([{ division_prefix: '421202002', category_prefixes: ['2420', '2310'] }]);
    expect(other.blocked).toBe(false);
  });

  it('does not ask the catalog when no rule compares names', async () => {
    const formOnly = { ...xianning, rules: xianning.rules.filter((r) => r.id.startsWith('form.')) };
    const catalog = createCatalog([guihua]);
    const result = await evaluateCandidate({ name: '桂花', category_code: '2530', division_code: '421202001005' }, formOnly, catalog);
    expect(catalog.queries).toEqual([]);
    expect(result.findings.map((f) => f.rule_id)).toEqual(['form.parts']);
  });
});
