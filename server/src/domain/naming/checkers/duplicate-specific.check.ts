import { z } from 'zod';
import { hitsByStatus, statusSeverityParams } from './by-status.ts';
import { defineChecker } from './checker.ts';

/** Former and refused names do not make a road sectioned. */
const NOT_FOR_SECTIONS = { rejected: 'ignore', historic: 'ignore', retired: 'ignore' } as const;

/**
 * Same 专名 with another 通名 (桂花路 vs 桂花大道), and sections: the same 专名 and 通名 with
 * another direction (桂花东路 vs 桂花路), which only makes sense for a road that continues.
 */
export const duplicateSpecific = defineChecker({
  params: statusSeverityParams.extend({
    section_severity: z.enum(['block', 'review', 'info', 'ignore']).default('review'),
  }),
  needsComparables: true,
  messages: {
    other_generic: { zh: '专名“{stem}”与{related}相同，仅通名不同，视为重名', en: 'The specific part “{stem}” is the same as in {related}; only the generic part differs' },
    section: { zh: '与{related}专名、通名相同，仅方位词不同；分段命名须与原道路相连', en: 'Same specific and generic parts as {related}, only the direction differs; sections must adjoin the original road' },
  },
  run({ candidate, prepared, comparables, rule }, params) {
    const mine = prepared.normalizedSplit;
    if (mine.stem === '' || mine.generic === '') return [];
    const same = comparables.filter((c) => c.normalized !== prepared.normalized && c.normalizedSplit.stem === mine.stem);
    const otherGeneric = same.filter((c) => c.normalizedSplit.generic !== '' && c.normalizedSplit.generic !== mine.generic);
    const sections = candidate.extends
      ? []
      : same.filter((c) => c.normalizedSplit.generic === mine.generic && c.normalizedSplit.modifier !== mine.modifier);
    const vars = { stem: mine.stem };
    return [
      ...hitsByStatus(otherGeneric, params.status_severity, 'other_generic', rule.severity),
      ...(params.section_severity === 'ignore' ? [] : hitsByStatus(sections, NOT_FOR_SECTIONS, 'section', params.section_severity)),
    ].map((h) => ({ ...h, vars: { ...h.vars, ...vars } }));
  },
});
