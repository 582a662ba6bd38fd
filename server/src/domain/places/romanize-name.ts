import { NUMERAL_CHARS, parseChineseNumeral } from './chinese-numeral.ts';
import { nameSyllables, type NameSyllable } from './name-syllables.ts';
import { splitName, type SplitNameOptions } from './split-name.ts';
import type { RomanizationStyle } from './place-categories.ts';
import { DEFAULT_RARE_READINGS } from './rare-readings.ts';

/** A character whose reading a person must confirm. */
export interface PolyphoneFlag {
  index: number;
  char: string;
  chosen: string;
  alternatives: string[];
}

/** A romanisation with everything a person should confirm. */
export interface RomanizedName {
  /** The romanised name, e.g. "Xi'an Lu", "Jing 5 Lu". */
  text: string;
  words: string[];
  syllables: NameSyllable[];
  /** Polyphonic characters of the 专名 not yet confirmed by an officer. */
  polyphones: PolyphoneFlag[];
  /** Characters with no known reading (rare or non-standard characters). */
  unknownChars: string[];
  /** Rule applications worth showing: `ordinal_digits`, `erhua`. */
  notes: Array<'ordinal_digits' | 'erhua'>;
  /** Whether a person must look at the result before it is published. */
  needsReview: boolean;
}

export interface RomanizeOptions extends SplitNameOptions {
  /** 'joined' writes all syllables as one word (natural villages, 1984 rules art. 3). */
  style?: RomanizationStyle;
  /** Officer-confirmed readings by character index. */
  readings?: Readonly<Record<number, string>>;
  /** One-character prefixes after which a numeral is a street ordinal: 经五路 → Jing 5 Lu. */
  seriesPrefixes?: string;
  /** How to write ü after n and l: 'ü' (Lü), 'yu' (Lyu) or 'v' (Lv). */
  umlaut?: 'ü' | 'yu' | 'v';
  /** Readings not to ask about, by character (default: surname and chess readings). */
  rareReadings?: Readonly<Record<string, readonly string[]>>;
}

export const DEFAULT_SERIES_PREFIXES = '经纬东西南北中横直支环';

const capitalize = (w: string): string => (w === '' ? w : w[0].toUpperCase() + w.slice(1));

/** Join syllables into one word: apostrophe before a non-first a/o/e syllable (art. 11), 儿 as r (art. 12). */
function joinSyllables(syllables: NameSyllable[], notes: Set<RomanizedName['notes'][number]>): string {
  let word = '';
  syllables.forEach((s, i) => {
    if (i > 0 && s.char === '儿' && s.syllable === 'er' && syllables[i - 1].isHan) {
      word += 'r';
      notes.add('erhua');
      return;
    }
    word += i > 0 && word !== '' && /^[aoe]/.test(s.syllable) ? `'${s.syllable}` : s.syllable;
  });
  return capitalize(word);
}

/** The street ordinal at the end of a 专名 stem, if the 1984 rules (art. 7) write it in digits. */
function findOrdinal(stem: NameSyllable[], seriesPrefixes: string): { prefix: NameSyllable[]; digits: string } | null {
  let start = stem.length;
  while (start > 0 && NUMERAL_CHARS.has(stem[start - 1].char)) start -= 1;
  if (start === stem.length) return null;
  const value = parseChineseNumeral(stem.slice(start).map((s) => s.char).join(''));
  if (value === null) return null;
  let prefix = stem.slice(0, start);
  let digits = String(value);
  if (prefix.length > 0 && prefix[prefix.length - 1].char === '第') {
    prefix = prefix.slice(0, -1);
    digits = `Di-${value}`;
  }
  const ordinalAfter = prefix.length !== 1 || seriesPrefixes.includes(prefix[0].char);
  return ordinalAfter ? { prefix, digits } : null;
}

function writeUmlaut(text: string, umlaut: RomanizeOptions['umlaut']): string {
  if (umlaut === 'yu') return text.replace(/([nlNL])ü/g, '$1yu');
  if (umlaut === 'v') return text.replace(/ü/g, 'v');
  return text;
}

/**
 * Romanise a Chinese place name after the 《中国地名汉语拼音字母拼写规则（汉语地名部分）》 (1984):
 * 专名 and 通名 apart, each word capitalised, single-syllable modifiers joined to the 通名,
 * street ordinals in Arabic digits, apostrophe before non-first a/o/e syllables.
 * @param name the full name
 * @param options 通名 list, style, confirmed readings and ü spelling
 * @returns the romanisation and what a person should confirm
 * @example romanizeName('西安路').text // = "Xi'an Lu"
 * @example romanizeName('经五路').text // = 'Jing 5 Lu'
 * @example romanizeName('中山东路').text // = 'Zhongshan Donglu'
 */
export function romanizeName(name: string, options: RomanizeOptions = {}): RomanizedName {
  const { style = 'split', readings = {}, seriesPrefixes = DEFAULT_SERIES_PREFIXES, umlaut = 'ü' } = options;
  const { rareReadings = DEFAULT_RARE_READINGS } = options;
  const split = splitName(name, options);
  const syllables = nameSyllables(split.full, readings);
  const notes = new Set<RomanizedName['notes'][number]>();
  const specificLen = [...split.specific].length;
  const words: string[] = [];
  const entry = split.genericEntry;
  const joined = style === 'joined' || entry === null || entry.joined === true || specificLen === 0;
  if (joined || entry === null) {
    words.push(joinSyllables(syllables, notes));
  } else {
    const stemLen = [...split.stem].length;
    const stem = syllables.slice(0, stemLen);
    const ordinal = entry.ordinal ? findOrdinal(stem, seriesPrefixes) : null;
    if (ordinal) {
      if (ordinal.prefix.length > 0) words.push(joinSyllables(ordinal.prefix, notes));
      words.push(ordinal.digits);
      notes.add('ordinal_digits');
    } else {
      words.push(joinSyllables(stem, notes));
    }
    const generic = entry.pinyin.toLowerCase();
    const modifier = split.modifier === '' ? '' : syllables[stemLen].syllable;
    words.push(capitalize(modifier !== '' && /^[aoe]/.test(generic) ? `${modifier}'${generic}` : modifier + generic)
      .replace(/ (\w)/g, (_m, c: string) => ` ${c.toUpperCase()}`));
  }
  const specificChars = joined ? syllables : syllables.slice(0, specificLen);
  const polyphones = specificChars
    .filter((s) => s.isHan && !s.confirmed)
    .map((s) => ({
      index: s.index, char: s.char, chosen: s.syllable,
      alternatives: s.readings.filter((r) => r !== s.syllable && !(rareReadings[s.char] ?? []).includes(r)),
    }))
    .filter((p) => p.alternatives.length > 0);
  const unknownChars = syllables.filter((s) => s.isHan && s.syllable === '').map((s) => s.char);
  return {
    text: writeUmlaut(words.filter((w) => w !== '').join(' '), umlaut),
    words,
    syllables,
    polyphones,
    unknownChars,
    notes: [...notes],
    needsReview: polyphones.length > 0 || unknownChars.length > 0 || notes.has('erhua'),
  };
}
