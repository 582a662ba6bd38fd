import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl'
import { divisionLayers, divisionSources } from './layers/divisions.layer'
import { placeRegisterLayers, placeRegisterSources } from './layers/place-register.layer'
import { tiandituLayers, tiandituSources } from './tianditu'

/**
 * CSS font families for Chinese text, drawn by the browser (TinySDF) instead of downloaded glyphs.
 * Passed to MapLibre as `localIdeographFontFamily`.
 */
export const CJK_FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'

/** `text-font` of every label: local font names, tried in order by the local glyph rasteriser. */
export const LABEL_FONT_STACK = ['Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC']

/**
 * The first label layer of the base style: areas insert shapes that should stay under every label (e.g. dense
 * dots) before it, with `addLayer(layer, BASE_LABELS_BEFORE_ID)`.
 */
export const BASE_LABELS_BEFORE_ID = 'place-names-line-label'

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
  /** Origin of our tile server (`/tiles/…`); the page's by default. */
  tilesOrigin?: string
}

/**
 * The offline base style: background, division fills, lines, points and Chinese labels from our own API,
 * and the register of standard place names. County and township sources start empty (data arrives through
 * `setGeoJsonSource`); villages and place names are vector tiles from our own `/tiles`. Village dots are drawn
 * above the register's, every label layer after every shape layer, division labels last (they win collisions).
 * @param options - glyphs URL and Tianditu key, both optional
 * @returns a MapLibre style that needs only our own server (plus Tianditu when a key is given)
 * @example
 * createBaseStyle().layers[0].id // = 'background'
 */
export function createBaseStyle(options: BaseStyleOptions = {}): StyleSpecification {
  const { glyphsUrl, tiandituKey = null, tilesOrigin } = options
  const sources: Record<string, SourceSpecification> = { ...divisionSources(tilesOrigin), ...placeRegisterSources(tilesOrigin) }
  const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } }]
  if (tiandituKey) {
    Object.assign(sources, tiandituSources(tiandituKey))
    layers.push(...tiandituLayers())
  }
  const divisions = divisionLayers(LABEL_FONT_STACK)
  const register = placeRegisterLayers(LABEL_FONT_STACK)
  const isLabel = (layer: LayerSpecification) => layer.type === 'symbol'
  const isDot = (layer: LayerSpecification) => layer.type === 'circle'
  const isArea = (layer: LayerSpecification) => !isLabel(layer) && !isDot(layer)
  // Village dots go above the register's: committees are in both, at the same point, and a click there means the village.
  layers.push(
    ...divisions.filter(isArea), ...register.filter((l) => !isLabel(l)), ...divisions.filter(isDot),
    ...register.filter(isLabel), ...divisions.filter(isLabel),
  )
  const style: StyleSpecification = { version: 8, name: 'diming-base', sources, layers }
  if (glyphsUrl) style.glyphs = glyphsUrl
  return style
}
