import { z } from 'zod';
import { defineChecker } from './checker.ts';

/** A name is 专名 + 通名: neither a bare 通名 (大道) nor a name without a known 通名. */
export const requiredParts = defineChecker({
  params: z.object({}),
  needsComparables: false,
  messages: {
    no_generic: { zh: '缺少通名（如路、街、巷、桥），或通名不在通名表中', en: 'No generic part (路, 街, 巷, 桥 …) from the list of generic names' },
    no_specific: { zh: '缺少专名，不能单独使用通名作地名', en: 'No specific part: a generic name alone is not a place name' },
  },
  run({ prepared }) {
    if (prepared.split.generic === '') return [{ message: 'no_generic' }];
    if (prepared.split.stem === '') return [{ message: 'no_specific' }];
    return [];
  },
});
