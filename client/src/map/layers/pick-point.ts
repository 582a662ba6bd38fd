import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { closePopup } from '../show-popup'

/**
 * Waits for one click on the map and returns its position (crosshair cursor meanwhile).
 * Escape cancels.
 * @param map - the shared map
 * @returns [lng, lat], or null when cancelled
 */
export function pickPoint(map: MapLibreMap): Promise<[number, number] | null> {
  const canvas = map.getCanvas()
  canvas.style.cursor = 'crosshair'
  return new Promise((resolve) => {
    const finish = (value: [number, number] | null) => {
      map.off('click', onClick)
      window.removeEventListener('keydown', onKey)
      canvas.style.cursor = ''
      resolve(value)
    }
    // The placing click is not a feature click: close the popup other handlers opened for it.
    const onClick = (event: MapMouseEvent) => {
      closePopup()
      finish([event.lngLat.lng, event.lngLat.lat])
    }
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape') finish(null) }
    map.on('click', onClick)
    window.addEventListener('keydown', onKey)
  })
}

/** Flies the map to a point at a street-level zoom (never zooming out). */
export function flyToPoint(map: MapLibreMap, at: [number, number], zoom = 15): void {
  map.flyTo({ center: at, zoom: Math.max(map.getZoom(), zoom), duration: 600 })
}
