import { z } from 'zod';
import { NUMERAL_CHARS } from '../../places/chinese-numeral.ts';
import { defineChecker } from './checker.ts';

/** 单纯序数: a 专名 made only of a numeral (一路, 第三大道) is not a name. */
export const pureOrdinal = defineChecker({
  params: z.object({}),
  needsComparables: false,
  messages: {
    ordinal_only: { zh: '专名“{stem}”仅为序数，不得单纯以序数命名', en: 'The specific part “{stem}” is only a number' },
  },
  run({ prepared }) {
    const stem = prepared.split.stem.replace(/^第/, '');
    const onlyNumeral = stem !== '' && [...stem].every((c) => NUMERAL_CHARS.has(c));
    return onlyNumeral ? [{ message: 'ordinal_only', vars: { stem: prepared.split.stem } }] : [];
  },
});
