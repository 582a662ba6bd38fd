import type { Position } from 'geojson';

const dms = (value: number): string => {
  const totalHundredths = Math.round(Math.abs(value) * 360000);
  const degrees = Math.floor(totalHundredths / 360000);
  const minutes = Math.floor((totalHundredths % 360000) / 6000);
  const seconds = (totalHundredths % 6000) / 100;
  return `${degrees}°${String(minutes).padStart(2, '0')}′${seconds.toFixed(2).padStart(5, '0')}″`;
};

/**
 * A lon/lat position in degrees, minutes and seconds (to 0.01″ ≈ 0.3 m) as survey documents print it.
 * @param position [lng, lat]
 * @param lang 'zh-CN' → 东经…，北纬…; 'en' → …E, …N
 * @returns the formatted position
 * @example
 * formatDms([114.32, 29.84]);
 * // = '东经114°19′12.00″，北纬29°50′24.00″'
 */
export function formatDms([lng, lat]: Position, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (lang === 'en') return `${dms(lng)}${lng >= 0 ? 'E' : 'W'}, ${dms(lat)}${lat >= 0 ? 'N' : 'S'}`;
  return `${lng >= 0 ? '东经' : '西经'}${dms(lng)}，${lat >= 0 ? '北纬' : '南纬'}${dms(lat)}`;
}
