import { z } from 'zod';
import { findPlaceCategory } from '../../places/place-categories.ts';
import { defineChecker } from './checker.ts';

const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** 名实相符: the 通名 must fit the class of the feature (桥 for a bridge, not for a road). */
export const genericCategory = defineChecker({
  params: z.object({}),
  needsComparables: false,
  messages: {
    mismatch: { zh: '通名“{generic}”不适用于“{category}”类地理实体', en: 'The generic part “{generic}” does not fit a feature of class “{category}”' },
  },
  run({ prepared, candidate }) {
    const entry = prepared.split.genericEntry;
    if (!entry || entry.categories.some((c) => related(c, candidate.category_code))) return [];
    const category = findPlaceCategory(candidate.category_code)?.name_zh ?? candidate.category_code;
    return [{ message: 'mismatch', vars: { generic: entry.word, category } }];
  },
});
