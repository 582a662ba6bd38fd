import type { NumberingDirection } from './line-orientation.ts';
import type { CompassPoint } from './compass-point.ts';
import type { QuadrantBearing } from './quadrant-bearing.ts';

export type DescriptionLang = 'zh-CN' | 'en';

interface HeaderFacts {
  name: string;
  code: string;
  start: string;
  end: string;
  length: number;
  markerCount: number;
  direction: NumberingDirection;
  left: string;
  right: string;
}

interface LegFacts {
  from: string;
  to: string;
  compass: CompassPoint;
  quadrant: QuadrantBearing;
  distance: number;
}

interface Phrases {
  outside: string;
  start(label: string | null | undefined, direction: NumberingDirection): string;
  end(label: string | null | undefined, direction: NumberingDirection): string;
  at(label: string, position: string): string;
  marker(number: string): string;
  header(facts: HeaderFacts): string;
  leg(index: number, leg: LegFacts, last: boolean): string;
}

const metres = (value: number, grouping: boolean) =>
  grouping ? Math.round(value).toLocaleString('en-US') : String(Math.round(value));

/** Wording of 界线走向说明 in each language; the generator only assembles facts. */
export const phrases: Record<DescriptionLang, Phrases> = {
  'zh-CN': {
    outside: '市外',
    start: (label, d) => label || (d === 'west_east' ? '界线西端点' : '界线北端点'),
    end: (label, d) => label || (d === 'west_east' ? '界线东端点' : '界线南端点'),
    at: (label, position) => `${label}（${position}）`,
    marker: (number) => `${number}号界桩`,
    header: (f) =>
      `本界线（编号${f.code}）起于${f.start}，止于${f.end}，全长约${metres(f.length, false)}米，${f.markerCount > 0 ? `共设界桩${f.markerCount}颗` : '未设界桩'}。` +
      `界线走向${f.direction === 'west_east' ? '自西向东' : '自北向南'}叙述，界线左侧为${f.left}，右侧为${f.right}。`,
    leg: (i, l, last) =>
      `${i}. 自${l.from}向${l.compass.zh}方向（${l.quadrant.zh}）延伸约${metres(l.distance, false)}米，${last ? '止于' : '至'}${l.to}。`,
  },
  en: {
    outside: 'outside the city',
    start: (label, d) => label || (d === 'west_east' ? 'the western end' : 'the northern end'),
    end: (label, d) => label || (d === 'west_east' ? 'the eastern end' : 'the southern end'),
    at: (label, position) => `${label} (${position})`,
    marker: (number) => `marker ${number}`,
    header: (f) =>
      `The line (code ${f.code}) starts at ${f.start} and ends at ${f.end}; it is about ${metres(f.length, true)} m long ` +
      `with ${f.markerCount === 0 ? 'no markers' : f.markerCount === 1 ? '1 marker' : `${f.markerCount} markers`}. Described ${f.direction === 'west_east' ? 'west to east' : 'north to south'}, ` +
      `${f.left} lies on the left and ${f.right} on the right.`,
    leg: (i, l, last) =>
      `${i}. From ${l.from}, ${l.compass.en} (${l.quadrant.en}) for about ${metres(l.distance, true)} m, ${last ? 'ending at' : 'to'} ${l.to}.`,
  },
};
