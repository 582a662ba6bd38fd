import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type LngLatBoundsLike, type StyleSpecification } from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
// MapLibre 6 finds its worker next to its own module URL, which bundling changes: point at the shipped file.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { CJK_FONT_FAMILY } from './base-style'

setWorkerUrl(workerUrl)

export interface CreateMapOptions {
  style: StyleSpecification
  /** Initial view: fit these bounds `[west, south, east, north]`. */
  bounds?: [number, number, number, number]
  /** Used when no bounds are given. */
  center?: [lng: number, lat: number]
  zoom?: number
}

/**
 * Creates the MapLibre map with the app's controls. Chinese glyphs are drawn from local fonts
 * (`localIdeographFontFamily`), so no glyph server is needed for labels.
 * @param container - the element the map fills
 * @param options - style and initial view
 * @returns the map (attach it with `attachMap` to share it)
 */
export function createMap(container: HTMLElement, options: CreateMapOptions): MapLibreMap {
  const { style, bounds, center = [114.3, 29.8], zoom = 8 } = options
  const map = new MapLibreMap({
    container,
    style,
    center,
    zoom,
    bounds: bounds as LngLatBoundsLike | undefined,
    fitBoundsOptions: { padding: 24 },
    localIdeographFontFamily: CJK_FONT_FAMILY,
    attributionControl: { compact: true },
    maxPitch: 0,
    dragRotate: false,
  })
  map.touchZoomRotate.disableRotation()
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left')
  return map
}
