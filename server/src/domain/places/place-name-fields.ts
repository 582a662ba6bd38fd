import { normalizeName } from './normalize-name.ts'
import { pinyinKeys } from './pinyin-keys.ts'
import { findPlaceCategory } from './place-categories.ts'
import { romanizeName, type PolyphoneFlag } from './romanize-name.ts'
import { splitName } from './split-name.ts'
import type { GenericName } from './generic-names.ts'

/** The settings that shape a name's stored fields (from the jurisdiction's rule set). */
export interface NameFieldSettings {
  genericNames: readonly GenericName[]
  modifierChars: string
  seriesPrefixes: string
  stripPrefixes: readonly string[]
  stripLeading: readonly string[]
  minSpecificChars: number
}

/** The columns stored for a name (register entry, alias or candidate). */
export interface PlaceNameFields {
  name: string
  specific_name: string
  generic_name: string
  pinyin: string
  search_pinyin: string
  search_initials: string
  normalized_name: string
  /** Polyphonic characters still to confirm (not stored; shown to the officer). */
  polyphones: PolyphoneFlag[]
}

/**
 * Compute every stored field of a name: parts, romanisation (unless the officer gave one),
 * and the search and duplicate keys.
 * @param name the full name
 * @param options category (natural villages are romanised joined), confirmed readings, an officer's pinyin
 * @param settings the jurisdiction's 通名 list and normalisation
 * @returns the column values
 * @example placeNameFields('桂花路', { category_code: '2530' }, settings).search_initials // = 'ghl'
 */
export function placeNameFields(
  name: string,
  options: { category_code?: string; readings?: Record<number, string>; pinyin?: string | null },
  settings: NameFieldSettings,
): PlaceNameFields {
  const split = splitName(name, settings)
  const style = options.category_code ? findPlaceCategory(options.category_code)?.romanization : undefined
  const romanized = romanizeName(split.full, { ...settings, style, readings: options.readings })
  const keys = pinyinKeys(split.full, options.readings)
  return {
    name: split.full,
    specific_name: split.specific,
    generic_name: split.generic,
    pinyin: options.pinyin?.trim() || romanized.text,
    search_pinyin: keys.full,
    search_initials: keys.initials,
    normalized_name: normalizeName(split.full, settings),
    polyphones: options.pinyin ? [] : romanized.polyphones,
  }
}
