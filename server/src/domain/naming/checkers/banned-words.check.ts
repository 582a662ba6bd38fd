import { z } from 'zod';
import { defineChecker } from './checker.ts';

/** Words a name must not contain: a configurable list (leaders' names, brands, foreign places …). */
export const bannedWords = defineChecker({
  params: z.object({
    label_zh: z.string().min(1),
    label_en: z.string().min(1),
    words: z.array(z.string().min(1)).min(1),
  }),
  needsComparables: false,
  messages: {
    contains: { zh: '含有{label_zh}“{word}”', en: 'Contains a {label_en}: “{word}”' },
  },
  run({ prepared }, params) {
    const found = params.words.filter((w) => prepared.name.includes(w));
    return found.map((word) => ({ message: 'contains', vars: { word, label_zh: params.label_zh, label_en: params.label_en } }));
  },
});
