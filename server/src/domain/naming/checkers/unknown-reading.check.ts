import { z } from 'zod';
import { nameSyllables } from '../../places/name-syllables.ts';
import { defineChecker } from './checker.ts';

/** 生僻字: characters the dictionary has no reading for are hard to read, type and romanise. */
export const unknownReading = defineChecker({
  params: z.object({}),
  needsComparables: false,
  messages: {
    rare: { zh: '含有生僻字或不规范字：{chars}', en: 'Contains rare or non-standard characters: {chars}' },
  },
  run({ prepared, candidate }) {
    const unknown = nameSyllables(prepared.name, candidate.readings).filter((s) => s.isHan && s.syllable === '');
    return unknown.length > 0 ? [{ message: 'rare', vars: { chars: unknown.map((s) => s.char).join('') } }] : [];
  },
});
