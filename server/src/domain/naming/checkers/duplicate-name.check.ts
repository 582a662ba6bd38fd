import { hitsByStatus, statusSeverityParams } from './by-status.ts';
import { defineChecker } from './checker.ts';

/**
 * Same name in scope, after normalisation: adding or dropping the city's name, 新 or 大 in
 * front still counts as the same name (咸宁桂花路 = 新桂花路 = 桂花路).
 */
export const duplicateName = defineChecker({
  params: statusSeverityParams,
  needsComparables: true,
  messages: {
    same: { zh: '与{related}重名', en: 'Same name as {related}' },
  },
  run({ prepared, comparables, rule }, params) {
    const matches = comparables.filter((c) => c.normalized === prepared.normalized);
    return hitsByStatus(matches, params.status_severity, 'same', rule.severity);
  },
});
