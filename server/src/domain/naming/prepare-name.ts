import { nearHomophoneKey } from '../places/near-homophone-key.ts';
import { normalizeName } from '../places/normalize-name.ts';
import { pinyinKeys } from '../places/pinyin-keys.ts';
import { splitName, type SplitName } from '../places/split-name.ts';
import type { ResolvedSettings } from './rule-set-settings.ts';

/** A name with everything the checks compare, computed once. */
export interface PreparedName {
  name: string;
  split: SplitName;
  /** The normalised full name (city name, 新, 大 stripped) and its split. */
  normalized: string;
  normalizedSplit: SplitName;
  /** Toneless key of the normalised name, and of its 专名 stem. */
  soundKey: string;
  stemSoundKey: string;
  /** Dialect-collapsed keys of the same. */
  nearKey: string;
  stemNearKey: string;
}

/**
 * Compute the split, normalised form and sound keys of a name under a rule set's settings.
 * Readings are indexed on the name as written; they are applied when the name is unchanged by normalisation.
 * @param name the full name
 * @param settings resolved rule-set settings
 * @param readings officer-confirmed readings by character index
 * @returns the prepared name
 * @example prepareName('新桂花路', resolveSettings({ normalization: { strip_leading: ['新'] } })).normalized // = '桂花路'
 */
export function prepareName(name: string, settings: ResolvedSettings, readings: Record<number, string> = {}): PreparedName {
  const splitOptions = { genericNames: settings.genericNames, modifierChars: settings.modifierChars };
  const split = splitName(name, splitOptions);
  const normalized = normalizeName(name, {
    ...splitOptions,
    stripPrefixes: settings.stripPrefixes,
    stripLeading: settings.stripLeading,
    minSpecificChars: settings.minSpecificChars,
  });
  const normalizedSplit = splitName(normalized, splitOptions);
  const offset = [...split.full].length - [...normalized].length;
  const shifted: Record<number, string> = {};
  for (const [i, r] of Object.entries(readings)) if (Number(i) >= offset) shifted[Number(i) - offset] = r;
  const keys = pinyinKeys(normalized, shifted);
  const stemKeys = pinyinKeys(normalizedSplit.stem, shifted);
  return {
    name: split.full,
    split,
    normalized,
    normalizedSplit,
    soundKey: keys.full,
    stemSoundKey: stemKeys.full,
    nearKey: nearHomophoneKey(keys.syllables, settings.confusions),
    stemNearKey: nearHomophoneKey(stemKeys.syllables, settings.confusions),
  };
}
