import { splitName, type SplitNameOptions } from './split-name.ts';

/** How names are reduced before a duplicate check (rule-set settings). */
export interface NormalizeOptions extends SplitNameOptions {
  /** Names of the city, its counties etc. that do not make a name different: 咸宁, 咸宁市. */
  stripPrefixes?: readonly string[];
  /** Leading characters that do not make a name different: 新, 大. */
  stripLeading?: readonly string[];
  /** A strip is undone if it would leave a 专名 shorter than this (新华路 stays 新华路). */
  minSpecificChars?: number;
}

/** Unify width and drop spaces, middle dots and parenthesised notes: （老城区）. */
function clean(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s·・.]/g, '');
}

/**
 * Reduce a name to the form duplicates are compared in: adding or dropping the city's name,
 * 新 or 大 in front does not make a new name (《地名管理条例》 2022, art. 10: no duplicates in scope).
 * @param name the full name
 * @param options prefixes and leading characters to strip, and the minimum 专名 left
 * @returns the normalised full name
 * @example normalizeName('咸宁新桂花路', { stripPrefixes: ['咸宁'], stripLeading: ['新', '大'] }) // = '桂花路'
 */
export function normalizeName(name: string, options: NormalizeOptions = {}): string {
  const { stripPrefixes = [], stripLeading = [], minSpecificChars = 2 } = options;
  let current = clean(name);
  const keeps = (next: string) => [...splitName(next, options).specific].length >= minSpecificChars;
  const prefixes = [...stripPrefixes].sort((a, b) => b.length - a.length);
  const prefix = prefixes.find((p) => current.startsWith(p) && keeps(current.slice(p.length)));
  if (prefix) current = current.slice(prefix.length);
  const lead = stripLeading.find((l) => current.startsWith(l) && keeps(current.slice(l.length)));
  if (lead) current = current.slice(lead.length);
  return current;
}
