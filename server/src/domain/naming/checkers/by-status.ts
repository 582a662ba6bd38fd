import { z } from 'zod';
import type { ComparableStatus, RelatedName, Severity } from '../types.ts';
import type { CheckHit, PreparedComparable } from './checker.ts';

/** Params of the comparison checkers: the severity for a match by the matched name's status ('ignore' skips it). */
export const statusSeverityParams = z.object({
  status_severity: z.partialRecord(
    z.enum(['approved', 'in_notice', 'proposed', 'reserved', 'rejected', 'historic', 'retired']),
    z.enum(['block', 'review', 'info', 'ignore']),
  ).default({}),
});

export type StatusSeverity = z.infer<typeof statusSeverityParams>['status_severity'];

/** How a matched name's status is shown after it: 金桂路（已否决）. Approved names go without. */
const STATUS_LABEL: Record<ComparableStatus, { zh: string; en: string } | null> = {
  approved: null,
  in_notice: { zh: '公示中', en: 'in public notice' },
  proposed: { zh: '已申报', en: 'proposed' },
  reserved: { zh: '已预留', en: 'reserved' },
  rejected: { zh: '曾被否决', en: 'rejected before' },
  historic: { zh: '曾用名', en: 'former name' },
  retired: { zh: '已废止', en: 'retired' },
};

const label = (c: PreparedComparable, lang: 'zh' | 'en') => {
  const l = STATUS_LABEL[c.source.status];
  if (lang === 'zh') return `“${c.source.name}”${l ? `（${l.zh}）` : ''}`;
  return `“${c.source.name}”${l ? ` (${l.en})` : ''}`;
};

const related = (c: PreparedComparable): RelatedName => ({ id: c.source.id, name: c.source.name, status: c.source.status });

/**
 * Group matched names into one hit per severity, the severity chosen by each name's status.
 * @param matches the comparables that matched
 * @param statusSeverity severity by status; a status not listed takes `fallback`
 * @param message the message key
 * @param fallback the rule's severity
 */
export function hitsByStatus(
  matches: readonly PreparedComparable[],
  statusSeverity: StatusSeverity,
  message: string,
  fallback: Severity,
): CheckHit[] {
  const groups = new Map<Severity, PreparedComparable[]>();
  for (const m of matches) {
    const s = statusSeverity[m.source.status as ComparableStatus] ?? fallback;
    if (s === 'ignore') continue;
    groups.set(s, [...(groups.get(s) ?? []), m]);
  }
  return [...groups].map(([severity, names]) => ({
    message,
    severity,
    vars: {
      related: names.map((n) => label(n, 'zh')).join('、'),
      related_en: names.map((n) => label(n, 'en')).join(', '),
    },
    related: names.map(related),
  }));
}
