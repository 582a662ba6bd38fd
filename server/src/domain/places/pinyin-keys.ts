import { nameSyllables } from './name-syllables.ts';

/** The toneless keys of a name used for search and sound-alike checks. */
export interface PinyinKeys {
  /** Lower-case toneless syllables, ü written v (as typed with a pinyin IME): 绿 → lv. */
  syllables: string[];
  /** All syllables joined: 桂花路 → guihualu. */
  full: string;
  /** First letter of each syllable: 桂花路 → ghl. */
  initials: string;
}

/**
 * Compute the toneless pinyin keys of a name. Numerals stay as syllables (经五路 → jingwulu), so
 * sound-alike checks compare what people say, not how the plate writes it.
 * @param name the characters
 * @param readings officer-confirmed readings by character index
 * @returns syllables, the joined key and the initials key
 * @example pinyinKeys('桂花路') // = { syllables: ['gui', 'hua', 'lu'], full: 'guihualu', initials: 'ghl' }
 */
export function pinyinKeys(name: string, readings: Readonly<Record<number, string>> = {}): PinyinKeys {
  const syllables = nameSyllables(name, readings)
    .map((s) => s.syllable.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]/g, ''))
    .filter((s) => s !== '');
  return {
    syllables,
    full: syllables.join(''),
    initials: syllables.map((s) => s[0]).join(''),
  };
}
