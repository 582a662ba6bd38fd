import { DEFAULT_GENERIC_NAMES, type GenericName } from './generic-names.ts';

/** Single characters that, at the end of a long 专名, modify the 通名 (中山东路 → 中山 + 东路). */
export const DEFAULT_MODIFIER_CHARS = '东西南北中前后上下内外横';

/** A place name taken apart into 专名 (specific) and 通名 (generic). */
export interface SplitName {
  /** The whole name, trimmed. */
  full: string;
  /** 专名 as recorded in the register, including any direction modifier: 中山东 in 中山东路. */
  specific: string;
  /** 通名 from the configured list (longest suffix match), or '' when none matched. */
  generic: string;
  /** The 专名 without its trailing modifier: 中山 in 中山东路. */
  stem: string;
  /** A single-character modifier of the 通名 (东, 西, 南, 北, 中, …), or ''. */
  modifier: string;
  /** The matched 通名 entry, when any. */
  genericEntry: GenericName | null;
}

export interface SplitNameOptions {
  genericNames?: readonly GenericName[];
  modifierChars?: string;
}

/**
 * Split a full place name into 专名 and 通名 by the longest 通名 suffix in the list.
 * A direction character at the end of a 专名 of three or more characters is kept apart as
 * the modifier (1984 rules, art. 2: single-syllable modifiers join the part they modify).
 * @param name the full name, e.g. 中山东路
 * @param options the 通名 list and modifier characters (defaults: built-in lists)
 * @returns the parts; `generic` is '' when no 通名 matched
 * @example splitName('桂花大道') // = { full: '桂花大道', specific: '桂花', generic: '大道', stem: '桂花', modifier: '', … }
 */
export function splitName(name: string, options: SplitNameOptions = {}): SplitName {
  const { genericNames = DEFAULT_GENERIC_NAMES, modifierChars = DEFAULT_MODIFIER_CHARS } = options;
  const full = name.trim();
  let entry: GenericName | null = null;
  for (const candidate of genericNames) {
    if (full.endsWith(candidate.word) && (entry === null || candidate.word.length > entry.word.length)) {
      entry = candidate;
    }
  }
  const generic = entry?.word ?? '';
  const specific = full.slice(0, full.length - generic.length);
  const chars = [...specific];
  const last = chars[chars.length - 1] ?? '';
  const hasModifier = generic !== '' && chars.length >= 3 && modifierChars.includes(last);
  return {
    full,
    specific,
    generic,
    stem: hasModifier ? chars.slice(0, -1).join('') : specific,
    modifier: hasModifier ? last : '',
    genericEntry: entry,
  };
}
