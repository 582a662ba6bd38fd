import { z } from 'zod';
import { defineChecker } from './checker.ts';

const HAN = /^\p{Script=Han}$/u;

/** Names are written in Chinese characters: no Latin letters, Arabic digits or symbols. */
export const charset = defineChecker({
  params: z.object({}),
  needsComparables: false,
  messages: {
    non_han: { zh: '含有非汉字字符：{chars}（数字请用汉字书写）', en: 'Contains characters that are not Chinese: {chars} (write numbers in Chinese)' },
  },
  run({ prepared }) {
    const bad = [...new Set([...prepared.name].filter((c) => !HAN.test(c)))];
    return bad.length > 0 ? [{ message: 'non_han', vars: { chars: bad.join(' ') } }] : [];
  },
});
