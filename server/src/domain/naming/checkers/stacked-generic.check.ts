import { z } from 'zod';
import { defineChecker } from './checker.ts';

/** 通名叠用: the 专名 already ends in a 通名 (桂花路街, 花园广场). */
export const stackedGeneric = defineChecker({
  params: z.object({ words: z.array(z.string().min(1)).min(1) }),
  needsComparables: false,
  messages: {
    stacked: { zh: '通名叠用：“{inner}”后又接通名“{generic}”', en: 'Stacked generic names: “{inner}” followed by “{generic}”' },
  },
  run({ prepared }, params) {
    const { stem, generic } = prepared.split;
    if (generic === '') return [];
    const inner = [...params.words].sort((a, b) => b.length - a.length).find((w) => stem.endsWith(w) && stem.length > w.length);
    return inner ? [{ message: 'stacked', vars: { inner, generic } }] : [];
  },
});
