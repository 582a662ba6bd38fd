import { DEFAULT_GENERIC_NAMES, type GenericName } from '../places/generic-names.ts';
import { DEFAULT_SERIES_PREFIXES } from '../places/romanize-name.ts';
import type { SoundConfusions } from '../places/near-homophone-key.ts';
import { DEFAULT_MODIFIER_CHARS } from '../places/split-name.ts';
import type { RuleSetSettings } from './rule-set.schema.ts';
import type { ScopeLevel } from './types.ts';

/** Rule-set settings with every default filled in. */
export interface ResolvedSettings {
  genericNames: readonly GenericName[];
  modifierChars: string;
  seriesPrefixes: string;
  stripPrefixes: readonly string[];
  stripLeading: readonly string[];
  minSpecificChars: number;
  confusions: SoundConfusions;
  scopeByCategory: Readonly<Record<string, ScopeLevel>>;
  compareCategories: Readonly<Record<string, readonly string[]>>;
  noticeDays: number;
  filingDays: number;
  announcementDays: number;
}

/**
 * Fill in the defaults of rule-set settings.
 * @param settings the settings of a (resolved) rule set
 * @returns settings the checks can use directly
 * @example resolveSettings({}).noticeDays // = 7
 */
export function resolveSettings(settings: RuleSetSettings): ResolvedSettings {
  return {
    genericNames: settings.generic_names ?? DEFAULT_GENERIC_NAMES,
    modifierChars: settings.modifier_chars ?? DEFAULT_MODIFIER_CHARS,
    seriesPrefixes: settings.series_prefixes ?? DEFAULT_SERIES_PREFIXES,
    stripPrefixes: settings.normalization?.strip_prefixes ?? [],
    stripLeading: settings.normalization?.strip_leading ?? [],
    minSpecificChars: settings.normalization?.min_specific_chars ?? 2,
    confusions: settings.confusions ?? { initials: [], finals: [] },
    scopeByCategory: settings.scope_by_category ?? {},
    compareCategories: settings.compare_categories ?? {},
    noticeDays: settings.notice_days ?? 7,
    filingDays: settings.filing_days ?? 30,
    announcementDays: settings.announcement_days ?? 15,
  };
}
