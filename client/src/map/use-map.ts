import type { FeatureCollection } from 'geojson'
import type { GeoJSONSource, LayerSpecification, LngLat, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl'
import { getCurrentScope, onScopeDispose, shallowRef } from 'vue'
import { useLayersStore } from './layers.store'

declare global {
  interface Window {
    /** The shared MapLibre map, exposed for end-to-end tests (see map/README.md). */
    __dimingMap?: MapLibreMap
  }
}

/** Prefix of every GeoJSON source the app adds, so app data never collides with base or third-party sources. */
export const APP_SOURCE_PREFIX = 'app-'

export type FeatureClickHandler = (feature: MapGeoJSONFeature, lngLat: LngLat) => void

const mapRef = shallowRef<MapLibreMap | null>(null)
/** The last error reported by the map (`map.on('error')`), for a banner; MapLibre failures never throw at callers. */
const mapError = shallowRef<Error | null>(null)
let loaded: Promise<MapLibreMap>
let resolveLoaded: (map: MapLibreMap) => void
resetLoaded()

const clickHandlers = new Map<symbol, { layerIds: string[], handler: FeatureClickHandler }>()
const pendingData = new Map<string, FeatureCollection>()
let flushScheduled = false

function resetLoaded(): void {
  loaded = new Promise((resolve) => { resolveLoaded = resolve })
}

function assertAppSourceId(id: string): void {
  if (!id.startsWith(APP_SOURCE_PREFIX)) {
    throw new Error(`GeoJSON source id "${id}" must start with "${APP_SOURCE_PREFIX}" (see map/README.md).`)
  }
}

function clickableLayerIds(map: MapLibreMap): string[] {
  const ids = [...clickHandlers.values()].flatMap((h) => h.layerIds)
  return [...new Set(ids)].filter((id) => map.getLayer(id))
}

function dispatchClick(map: MapLibreMap, event: MapMouseEvent): void {
  const layers = clickableLayerIds(map)
  if (!layers.length) return
  // queryRenderedFeatures lists the topmost feature first: the layer drawn on top wins the click.
  const [top] = map.queryRenderedFeatures(event.point, { layers })
  if (!top) return
  for (const { layerIds, handler } of clickHandlers.values()) {
    if (layerIds.includes(top.layer.id)) {
      handler(top, event.lngLat)
      return
    }
  }
}

function updateCursor(map: MapLibreMap, event: MapMouseEvent): void {
  const layers = clickableLayerIds(map)
  const hit = layers.length > 0 && map.queryRenderedFeatures(event.point, { layers }).length > 0
  map.getCanvas().style.cursor = hit ? 'pointer' : ''
}

/**
 * Makes a map the shared one: `useMap()` returns it, `whenLoaded()` resolves on its `load`,
 * and `window.__dimingMap` points at it.
 * @param map - created by `createMap`
 */
export function attachMap(map: MapLibreMap): void {
  mapRef.value = map
  mapError.value = null
  map.on('error', (event) => { mapError.value = event.error instanceof Error ? event.error : new Error(String(event.error?.message ?? 'Map error')) })
  map.on('click', (event) => dispatchClick(map, event))
  map.on('mousemove', (event) => updateCursor(map, event))
  if (typeof window !== 'undefined') window.__dimingMap = map
  const resolve = resolveLoaded
  if (map.loaded()) resolve(map)
  else map.once('load', () => resolve(map))
}

/** Forgets the shared map (on unmount); a later `attachMap` starts over. */
export function detachMap(): void {
  mapRef.value = null
  pendingData.clear()
  if (typeof window !== 'undefined') delete window.__dimingMap
  resetLoaded()
}

function flush(): void {
  flushScheduled = false
  const map = mapRef.value
  if (!map) return
  for (const [id, data] of pendingData) (map.getSource(id) as GeoJSONSource | undefined)?.setData(data)
  pendingData.clear()
}

function scheduleFlush(): void {
  if (flushScheduled) return
  flushScheduled = true
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (cb: () => void) => setTimeout(cb, 16)
  raf(flush)
}

/**
 * Adds a GeoJSON source, or replaces its data. Updates are batched into one `setData` per animation frame.
 * @param id - must start with `app-`
 */
async function setGeoJsonSource(id: string, data: FeatureCollection): Promise<void> {
  assertAppSourceId(id)
  const map = await loaded
  if (map.getSource(id)) {
    pendingData.set(id, data)
    scheduleFlush()
  } else {
    map.addSource(id, { type: 'geojson', data })
  }
}

/** Removes a GeoJSON source and every layer that draws it. */
async function removeGeoJsonSource(id: string): Promise<void> {
  assertAppSourceId(id)
  const map = await loaded
  for (const layer of map.getStyle().layers) {
    if ('source' in layer && layer.source === id) map.removeLayer(layer.id)
  }
  pendingData.delete(id)
  if (map.getSource(id)) map.removeSource(id)
}

/** Adds a style layer once (again is a no-op), visible unless the layer panel hides it. */
async function addLayer(layer: LayerSpecification, beforeId?: string): Promise<void> {
  const map = await loaded
  if (map.getLayer(layer.id)) return
  map.addLayer(layer, beforeId && map.getLayer(beforeId) ? beforeId : undefined)
  setLayerVisibility(layer.id, useLayersStore().isMapLayerVisible(layer.id))
}

async function removeLayer(id: string): Promise<void> {
  const map = await loaded
  if (map.getLayer(id)) map.removeLayer(id)
}

/** Shows or hides a map layer now, if it exists. */
function setLayerVisibility(id: string, visible: boolean): void {
  const map = mapRef.value
  if (map?.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none')
}

/**
 * Calls `handler` with the topmost feature clicked in one of `layerIds`. Removed with the calling scope.
 * @returns a function that removes the handler
 */
function onFeatureClick(layerIds: string[], handler: FeatureClickHandler): () => void {
  const key = Symbol('feature-click')
  clickHandlers.set(key, { layerIds, handler })
  const off = () => { clickHandlers.delete(key) }
  if (getCurrentScope()) onScopeDispose(off)
  return off
}

/**
 * The shared map that persists across routes, and helpers for areas to add their own data and layers.
 * @example
 * const { whenLoaded, setGeoJsonSource, addLayer } = useMap()
 * await setGeoJsonSource('app-places', places)
 * await addLayer({ id: 'places-points', type: 'circle', source: 'app-places' })
 */
export function useMap() {
  return {
    map: mapRef,
    error: mapError,
    whenLoaded: () => loaded,
    setGeoJsonSource,
    removeGeoJsonSource,
    addLayer,
    removeLayer,
    setLayerVisibility,
    onFeatureClick,
  }
}

export type UseMapReturn = ReturnType<typeof useMap>
