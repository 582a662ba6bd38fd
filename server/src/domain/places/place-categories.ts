/** How a class is romanised: 专名 and 通名 apart, or all syllables joined (1984 rules, art. 3). */
export type RomanizationStyle = 'split' | 'joined';

/** One class or sub-class of the place-name classification. */
export interface PlaceCategory {
  /** GB/T 18521-style code: 2 digits for the class, 4 for a sub-class. */
  code: string;
  name_zh: string;
  name_en: string;
  /** Parent class code for a sub-class. */
  parent: string | null;
  /** Geometry types a feature of this class may have. */
  geometry_types: ReadonlyArray<'Point' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon'>;
  romanization: RomanizationStyle;
}

const PT = ['Point'] as const;
const LINE = ['LineString', 'MultiLineString', 'Point'] as const;
const AREA = ['Polygon', 'MultiPolygon', 'Point'] as const;
const ANY = ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;

function cls(code: string, name_zh: string, name_en: string, geometry_types: PlaceCategory['geometry_types'] = ANY): PlaceCategory {
  return { code, name_zh, name_en, parent: null, geometry_types, romanization: 'split' };
}
function sub(code: string, name_zh: string, name_en: string, geometry_types: PlaceCategory['geometry_types'], romanization: RomanizationStyle = 'split'): PlaceCategory {
  return { code, name_zh, name_en, parent: code.slice(0, 2), geometry_types, romanization };
}

/**
 * The 12 classes of the second national place-name census (第二次全国地名普查), coded in the
 * style of GB/T 18521 (1x natural features, 2x human features), with the sub-classes the
 * naming workflow needs. Data, not logic: a bureau may extend it.
 */
export const PLACE_CATEGORIES: readonly PlaceCategory[] = [
  cls('11', '海域', 'Sea areas', AREA),
  cls('12', '水系', 'Water systems'),
  sub('1210', '河流', 'Rivers', LINE),
  sub('1220', '湖泊', 'Lakes', AREA),
  sub('1230', '水库', 'Reservoirs', AREA),
  cls('13', '陆地地形', 'Land forms'),
  sub('1310', '山', 'Mountains and peaks', AREA),
  cls('21', '行政区域', 'Administrative areas', AREA),
  sub('2110', '县级行政区', 'County-level divisions', AREA),
  sub('2120', '乡级行政区', 'Township-level divisions (乡, 镇, 街道)', AREA),
  cls('22', '非行政区域', 'Non-administrative areas (开发区, 农场, 林场)', AREA),
  cls('23', '群众自治组织', 'Self-governing organisations', AREA),
  sub('2310', '村民委员会', 'Villagers’ committees', AREA),
  sub('2320', '居民委员会（社区）', 'Residents’ committees (communities)', AREA),
  cls('24', '居民点', 'Settlements', AREA),
  sub('2410', '城镇居民点', 'Urban settlements (小区, 片区)', AREA),
  sub('2420', '农村居民点（自然村）', 'Rural settlements (natural villages)', AREA, 'joined'),
  cls('25', '交通运输设施', 'Transport facilities'),
  sub('2510', '铁路', 'Railways', LINE),
  sub('2520', '公路', 'Highways', LINE),
  sub('2530', '城镇街巷', 'Streets, roads and lanes', LINE),
  sub('2540', '桥梁', 'Bridges', LINE),
  sub('2550', '隧道', 'Tunnels', LINE),
  sub('2560', '交通站点', 'Stations', PT),
  sub('2570', '港口码头', 'Ports and wharves', AREA),
  cls('26', '水利电力通信设施', 'Water, power and telecom facilities'),
  cls('27', '纪念地旅游景点', 'Memorials and scenic sites'),
  sub('2710', '公园', 'Parks', AREA),
  sub('2720', '广场', 'Public squares', AREA),
  cls('28', '建筑物', 'Buildings', AREA),
  cls('29', '单位', 'Institutions', AREA),
];

/**
 * Find a class or sub-class by its code.
 * @param code a 2- or 4-digit category code
 * @returns the category, or `undefined` when the code is unknown
 * @example findPlaceCategory('2530')?.name_zh // = '城镇街巷'
 */
export function findPlaceCategory(code: string): PlaceCategory | undefined {
  return PLACE_CATEGORIES.find((c) => c.code === code);
}

