import { hitsByStatus, statusSeverityParams } from './by-status.ts';
import { defineChecker } from './checker.ts';

/** 同音: the same toneless pinyin with other characters, for the whole name or for the 专名 alone. */
export const homophone = defineChecker({
  params: statusSeverityParams,
  needsComparables: true,
  messages: {
    same_sound: { zh: '与{related}同音（{key}）', en: 'Sounds the same as {related} ({key})' },
  },
  run({ prepared, comparables, rule }, params) {
    const mine = prepared.normalizedSplit;
    const matches = comparables.filter((c) => {
      if (c.normalized === prepared.normalized) return false; // a duplicate, not a homophone
      if (c.soundKey === prepared.soundKey) return true;
      return mine.stem !== '' && c.normalizedSplit.stem !== mine.stem && c.stemSoundKey === prepared.stemSoundKey;
    });
    return hitsByStatus(matches, params.status_severity, 'same_sound', rule.severity)
      .map((h) => ({ ...h, vars: { ...h.vars, key: prepared.soundKey } }));
  },
});
