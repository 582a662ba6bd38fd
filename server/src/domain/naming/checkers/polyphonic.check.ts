import { z } from 'zod';
import { romanizeName } from '../../places/romanize-name.ts';
import { defineChecker } from './checker.ts';

/** 多音字: the reading of a polyphonic character in the 专名 must be confirmed by a person. */
export const polyphonic = defineChecker({
  params: z.object({}),
  needsComparables: false,
  messages: {
    polyphonic: { zh: '含多音字，请确认读音：{chars}', en: 'Polyphonic characters, confirm the reading: {chars}' },
  },
  run({ prepared, candidate, settings }) {
    const { polyphones } = romanizeName(prepared.name, {
      genericNames: settings.genericNames, modifierChars: settings.modifierChars, readings: candidate.readings,
    });
    if (polyphones.length === 0) return [];
    const chars = polyphones.map((p) => `${p.char}（${[p.chosen, ...p.alternatives].join('/')}）`).join('、');
    return [{ message: 'polyphonic', vars: { chars } }];
  },
});
