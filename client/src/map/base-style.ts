import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl'
import { divisionLayers, divisionSources } from './layers/divisions.layer'
import { tiandituLayers, tiandituSources } from './tianditu'

/**
 * CSS font families for Chinese text, drawn by the browser (TinySDF) instead of downloaded glyphs.
 * Passed to MapLibre as `localIdeographFontFamily`.
 */
export const CJK_FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'

/** `text-font` of every label: local font names, tried in order by the local glyph rasteriser. */
export const LABEL_FONT_STACK = ['Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC']

/** Colour behind everything, where no division is drawn. */
export const BACKGROUND_COLOR = '#eef2f0'

export interface BaseStyleOptions {
  /**
   * Optional `{fontstack}/{range}.pbf` URL. Without it (the default), MapLibre ≥ 5.11 draws every glyph
   * locally from `text-font`, so the base map needs no network at all.
   */
  glyphsUrl?: string
  /** 天地图 key; when set, the (hidden by default) Tianditu raster layers are added. */
  tiandituKey?: string | null
}

/**
 * The offline base style: background, division fills, lines, points and Chinese labels from our own API.
 * Division sources start empty; data arrives through `setGeoJsonSource`.
 * @param options - glyphs URL and Tianditu key, both optional
 * @returns a MapLibre style with no remote dependency unless a Tianditu key is given
 * @example
 * createBaseStyle().layers[0].id // = 'background'
 */
export function createBaseStyle(options: BaseStyleOptions = {}): StyleSpecification {
  const { glyphsUrl, tiandituKey = null } = options
  const sources: Record<string, SourceSpecification> = { ...divisionSources() }
  const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } }]
  if (tiandituKey) {
    Object.assign(sources, tiandituSources(tiandituKey))
    layers.push(...tiandituLayers())
  }
  layers.push(...divisionLayers(LABEL_FONT_STACK))
  const style: StyleSpecification = { version: 8, name: 'diming-base', sources, layers }
  if (glyphsUrl) style.glyphs = glyphsUrl
  return style
}
