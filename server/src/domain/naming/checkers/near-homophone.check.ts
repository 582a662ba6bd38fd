import { hitsByStatus, statusSeverityParams } from './by-status.ts';
import { defineChecker } from './checker.ts';

/** 近音: names that only the configured dialect confusions (n/l, an/ang, …) tell apart. */
export const nearHomophone = defineChecker({
  params: statusSeverityParams,
  needsComparables: true,
  messages: {
    near_sound: { zh: '与{related}近音（方言易混）', en: 'Sounds close to {related} in the local dialect' },
  },
  run({ prepared, comparables, rule }, params) {
    const matches = comparables.filter((c) =>
      c.normalized !== prepared.normalized &&
      c.soundKey !== prepared.soundKey &&
      c.stemSoundKey !== prepared.stemSoundKey &&
      (c.nearKey === prepared.nearKey || (prepared.stemNearKey !== '' && c.stemNearKey === prepared.stemNearKey)));
    return hitsByStatus(matches, params.status_severity, 'near_sound', rule.severity);
  },
});
