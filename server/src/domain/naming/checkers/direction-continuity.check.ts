import { bearing, centroid } from '@turf/turf';
import type { Geometry } from 'geojson';
import { z } from 'zod';
import { prepareName } from '../prepare-name.ts';
import { defineChecker } from './checker.ts';

const COMPASS = ['北', '东', '南', '西'] as const;
const COMPASS_EN: Record<string, string> = { 北: 'north', 东: 'east', 南: 'south', 西: 'west' };

/** The compass side (北/东/南/西) on which `to` lies, seen from `from`. */
function sideOf(from: Geometry, to: Geometry): (typeof COMPASS)[number] {
  const b = bearing(centroid(from), centroid(to)); // −180…180, 0 = north
  return COMPASS[Math.round(((b + 360) % 360) / 90) % 4];
}

/**
 * When a road is extended, the new part keeps the road's name or takes the direction suffix of the
 * side it lies on (桂花路 extended to the east → 桂花东路); a suffix pointing the other way, or a
 * different 专名, breaks the continuity of the road's name.
 */
export const directionContinuity = defineChecker({
  params: z.object({}),
  needsComparables: false,
  messages: {
    wrong_direction: { zh: '延长段位于“{road}”{side}侧，方位词“{modifier}”不符', en: 'The extension lies {side_en} of “{road}”, but its direction suffix is “{modifier}”' },
    discontinuous: { zh: '延长段名称与所接道路“{road}”不连续，建议沿用原名或使用“{suggestion}”', en: 'The extension’s name does not continue “{road}”; keep the name or use “{suggestion}”' },
  },
  run({ candidate, prepared, settings }) {
    const road = candidate.extends;
    if (!road || !candidate.geometry || prepared.name === road.name) return [];
    const side = sideOf(road.geometry, candidate.geometry);
    const existing = prepareName(road.name, settings).split;
    const mine = prepared.split;
    const suggestion = `${existing.stem}${side}${existing.generic}`;
    const vars = { road: road.name, side, side_en: COMPASS_EN[side], modifier: mine.modifier, suggestion };
    if (mine.stem !== existing.stem || mine.generic !== existing.generic) return [{ message: 'discontinuous', vars }];
    if (COMPASS.includes(mine.modifier as (typeof COMPASS)[number]) && mine.modifier !== side) return [{ message: 'wrong_direction', vars }];
    return [];
  },
});
