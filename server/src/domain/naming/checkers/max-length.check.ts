import { z } from 'zod';
import { defineChecker } from './checker.ts';

/** A name longer than the configured number of characters. */
export const maxLength = defineChecker({
  params: z.object({ max_chars: z.number().int().min(2).max(100) }),
  needsComparables: false,
  messages: {
    too_long: { zh: '名称过长：{length}个字，上限{max}个字', en: 'Name too long: {length} characters, at most {max}' },
  },
  run({ prepared }, params) {
    const length = [...prepared.name].length;
    return length > params.max_chars ? [{ message: 'too_long', vars: { length: String(length), max: String(params.max_chars) } }] : [];
  },
});
