import { pinyin, polyphonic } from 'pinyin-pro';

/** The reading of one character of a name. */
export interface NameSyllable {
  /** Index of the character in the name (code points). */
  index: number;
  char: string;
  /** Toneless syllable with ü kept (lü); '' for a Han character with no known reading. */
  syllable: string;
  /** Whether the character is a Han character. */
  isHan: boolean;
  /** Distinct toneless readings the dictionary knows; more than one means polyphonic. */
  readings: string[];
  /** Whether the reading came from an officer's override. */
  confirmed: boolean;
}

const HAN = /\p{Script=Han}/u;

/**
 * Read a name character by character with pinyin-pro (word-aware: 长江 → chang, 行长 → hang zhang).
 * @param name the characters to read
 * @param readings officer-confirmed readings by character index, which win over the dictionary
 * @returns one entry per character
 * @example nameSyllables('重庆路').map((s) => s.syllable) // = ['chong', 'qing', 'lu']
 */
export function nameSyllables(name: string, readings: Readonly<Record<number, string>> = {}): NameSyllable[] {
  const chars = [...name];
  const read = chars.length === 0 ? [] : pinyin(name, { type: 'all', toneType: 'none', v: false });
  // pinyin-pro returns one entry per character for Han text; fall back to per-character reading otherwise.
  const byChar = read.length === chars.length ? read : chars.map((c) => pinyin(c, { type: 'all', toneType: 'none', v: false })[0]);
  return chars.map((char, index) => {
    const isHan = HAN.test(char);
    const override = readings[index];
    const dictionary = isHan ? polyphonic(char, { type: 'array', toneType: 'none' })[0] ?? [] : [];
    const distinct = [...new Set(dictionary.filter((r) => r !== ''))];
    const syllable = override ?? (isHan ? byChar[index]?.pinyin ?? '' : char);
    return { index, char, syllable, isHan, readings: distinct, confirmed: override !== undefined };
  });
}
