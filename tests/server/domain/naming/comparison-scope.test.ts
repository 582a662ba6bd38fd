import { describe, expect, it } from 'vitest';
import { comparisonScope } from '../../../../server/src/domain/naming/comparison-scope.ts';
import { resolveSettings } from '../../../../server/src/domain/naming/rule-set-settings.ts';

const settings = resolveSettings({
  scope_by_category: { 25: 'county', 2310: 'township', 21: 'jurisdiction', 2530: 'city' },
  compare_categories: { 2530: ['2530', '2520'] },
});

describe('comparisonScope', () => {
  it('takes the longest matching category prefix', () => {
    expect(comparisonScope('2530', '421202001005', '421200', settings)).toEqual({ level: 'city', division_prefix: '4212', category_prefixes: ['2530', '2520'] });
    expect(comparisonScope('2540', '421202001005', '421200', settings)).toEqual({ level: 'county', division_prefix: '421202', category_prefixes: ['2540'] });
  });

  it('cuts the division code at the township for villages', () => {
    expect(comparisonScope('2310', '421202001204', '421200', settings).division_prefix).toBe('421202001');
  });

  it('uses the rule set’s jurisdiction without trailing zeros', () => {
    expect(comparisonScope('2110', '421202001005', '421200', settings).division_prefix).toBe('4212');
    expect(comparisonScope('2110', '421202001005', '000000', settings).division_prefix).toBe('');
  });

  it('defaults to the county when nothing is configured', () => {
    expect(comparisonScope('2720', '421202001005', '421200', resolveSettings({})).level).toBe('county');
  });
});
