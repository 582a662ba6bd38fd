import { Popup, type LngLatLike, type Map as MapLibreMap } from 'maplibre-gl'

let openPopup: Popup | null = null

/**
 * Shows one popup at a time on the map (a new one closes the previous).
 * @param map - the shared map
 * @param lngLat - where it points
 * @param content - from `buildPopupContent`
 */
export function showPopup(map: MapLibreMap, lngLat: LngLatLike, content: HTMLElement): Popup {
  openPopup?.remove()
  openPopup = new Popup({ closeButton: true, maxWidth: '320px' }).setLngLat(lngLat).setDOMContent(content).addTo(map)
  return openPopup
}

/** Closes the popup opened by `showPopup`, if any. */
export function closePopup(): void {
  openPopup?.remove()
  openPopup = null
}
