/**
 * 界桩编号 format (documented in docs/boundaries-survey-conventions.md):
 *   <line code>-<3-digit sequence><type letter>, e.g. 421202001-421202002-007B
 * sequence 001…999 runs west→east or north→south (line-orientation.ts); letter A = single (单立),
 * B = paired (同号双立), C = triple (同号三立).
 */
import type { MarkerType, Validation } from './types.ts';

export const MARKER_TYPE_LETTERS: Readonly<Record<MarkerType, string>> = { single: 'A', paired: 'B', triple: 'C' };
export const MARKER_NUMBER_MALFORMED = 'marker_number_malformed';

const LETTER_TYPES: Readonly<Record<string, MarkerType>> = { A: 'single', B: 'paired', C: 'triple' };
const PATTERN = /^(.+)-(\d{3})([ABC])$/;

export interface MarkerNumberParts {
  lineCode: string;
  sequence: number;
  type: MarkerType;
}

/**
 * Compose a marker number.
 * @param parts line code, sequence 1…999 and marker type
 * @returns the marker number
 * @example
 * formatMarkerNumber({ lineCode: '421202001-421202002', sequence: 7, type: 'paired' });
 * // = '421202001-421202002-007B'
 */
export function formatMarkerNumber({ lineCode, sequence, type }: MarkerNumberParts): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
    throw new Error(`formatMarkerNumber needs a sequence in 1…999, got ${sequence}`);
  }
  if (!lineCode) throw new Error('formatMarkerNumber needs a line code');
  return `${lineCode}-${String(sequence).padStart(3, '0')}${MARKER_TYPE_LETTERS[type]}`;
}

/**
 * Split a marker number into its parts.
 * @param number e.g. 421202001-421202002-007B
 * @returns the parts, or `{ valid: false, reason }` when it does not follow the format
 * @example
 * parseMarkerNumber('421202001-421202002-007B');
 * // = { valid: true, value: { lineCode: '421202001-421202002', sequence: 7, type: 'paired' } }
 */
export function parseMarkerNumber(number: string): Validation<MarkerNumberParts> {
  const match = PATTERN.exec(number);
  if (!match || Number(match[2]) === 0) {
    return { valid: false, reason: MARKER_NUMBER_MALFORMED, detail: 'expected <line code>-<001…999><A|B|C>' };
  }
  return { valid: true, value: { lineCode: match[1], sequence: Number(match[2]), type: LETTER_TYPES[match[3]] } };
}
