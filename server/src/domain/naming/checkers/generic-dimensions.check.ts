import { length as turfLength } from '@turf/turf';
import { z } from 'zod';
import type { Candidate } from '../types.ts';
import { defineChecker } from './checker.ts';

const threshold = z.object({
  generic: z.array(z.string().min(1)).min(1),
  min_width_m: z.number().positive().optional(),
  min_length_m: z.number().positive().optional(),
  max_width_m: z.number().positive().optional(),
});

/** Length in metres: given, or measured on a line geometry (geodesic, via Turf). */
function candidateLength(candidate: Candidate): number | null {
  if (candidate.length_m != null) return candidate.length_m;
  const g = candidate.geometry;
  if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) return null;
  return turfLength({ type: 'Feature', properties: {}, geometry: g }, { units: 'kilometers' }) * 1000;
}

/**
 * 通名 and size: a 大道 must be wide or long (either minimum is enough), a 巷 narrow.
 * Thresholds are data; a road whose size is unknown is sent to review.
 */
export const genericDimensions = defineChecker({
  params: z.object({ thresholds: z.array(threshold).min(1) }),
  needsComparables: false,
  messages: {
    too_small: { zh: '“{generic}”要求宽度不小于{min_width}米或长度不小于{min_length}米，本道路宽{width}米、长{length}米', en: '“{generic}” needs a width of at least {min_width} m or a length of at least {min_length} m; this road is {width} m wide and {length} m long' },
    too_wide: { zh: '“{generic}”宽度应不大于{max_width}米，本道路宽{width}米', en: '“{generic}” should be at most {max_width} m wide; this road is {width} m wide' },
    unknown: { zh: '“{generic}”对道路宽度或长度有要求，请填写道路宽度', en: '“{generic}” has size requirements: enter the road width' },
  },
  run({ prepared, candidate }, params) {
    const { generic, stem } = prepared.split;
    if (stem === '') return [];
    const rule = params.thresholds.find((t) => t.generic.includes(generic));
    if (!rule) return [];
    const width = candidate.width_m ?? null;
    const length = candidateLength(candidate);
    const show = (n: number | null) => (n === null ? '—' : String(Math.round(n)));
    const vars = {
      generic, width: show(width), length: show(length),
      min_width: show(rule.min_width_m ?? null), min_length: show(rule.min_length_m ?? null), max_width: show(rule.max_width_m ?? null),
    };
    if (rule.max_width_m !== undefined && width !== null && width > rule.max_width_m) return [{ message: 'too_wide', vars }];
    const mins: Array<[number | undefined, number | null]> = [[rule.min_width_m, width], [rule.min_length_m, length]];
    const required = mins.filter(([min]) => min !== undefined);
    if (required.length === 0) return [];
    if (required.some(([min, value]) => value !== null && value >= (min as number))) return [];
    if (required.every(([, value]) => value === null) || width === null) return [{ message: 'unknown', vars }];
    return [{ message: 'too_small', vars }];
  },
});
