import type { ResolvedSettings } from './rule-set-settings.ts';
import type { ScopeLevel } from './types.ts';

/** Digits of a 12-digit division code that identify each level. */
const LEVEL_DIGITS: Record<Exclude<ScopeLevel, 'jurisdiction'>, number> = { city: 4, county: 6, township: 9 };

function longestPrefixMatch<T>(table: Readonly<Record<string, T>>, code: string): T | undefined {
  const key = Object.keys(table).filter((k) => code.startsWith(k)).sort((a, b) => b.length - a.length)[0];
  return key === undefined ? undefined : table[key];
}

/** Which names a candidate is compared with. */
export interface ComparisonScope {
  level: ScopeLevel;
  /** Division-code prefix of the scope ('' = everywhere). */
  division_prefix: string;
  category_prefixes: readonly string[];
}

/**
 * Work out the scope of the duplicate and sound-alike checks for a candidate: streets within the
 * county, villages within the township … as the rule set's settings say (longest category prefix wins).
 * @param categoryCode the candidate's category
 * @param divisionCode the candidate's 12-digit division code
 * @param jurisdiction the rule set's jurisdiction code (for level 'jurisdiction')
 * @param settings resolved settings
 * @returns the level, the division-code prefix and the categories compared
 * @example comparisonScope('2530', '421202001005', '421200', settings) // = { level: 'county', division_prefix: '421202', category_prefixes: ['2530', '2520'] }
 */
export function comparisonScope(categoryCode: string, divisionCode: string, jurisdiction: string, settings: ResolvedSettings): ComparisonScope {
  const level = longestPrefixMatch(settings.scopeByCategory, categoryCode) ?? 'county';
  const division_prefix = level === 'jurisdiction'
    ? jurisdiction.replace(/(00)+$/, '')
    : divisionCode.slice(0, LEVEL_DIGITS[level]);
  const category_prefixes = longestPrefixMatch(settings.compareCategories, categoryCode) ?? [categoryCode];
  return { level, division_prefix, category_prefixes };
}
