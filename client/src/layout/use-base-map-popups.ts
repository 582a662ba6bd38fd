import { useI18n } from 'vue-i18n'
import { DIVISION_CLICK_LAYER_IDS, VILLAGE_TILE_LAYER } from '../map/layers/divisions.layer'
import { PLACE_REGISTER_CLICK_LAYER_IDS } from '../map/layers/place-register.layer'
import { buildPopupContent } from '../map/popup-content'
import { showPopup } from '../map/show-popup'
import { useMap } from '../map/use-map'
import { fetchDivision, fetchPlaceName } from './base-map.api'
import { divisionPopupRows } from './division-popup'
import { placePopupRows } from './place-popup'

/**
 * Text-only popups of the base map: a division's fields, and a standard name's pinyin and class. Villages and
 * names come from vector tiles that carry only a few fields, so the rest is fetched on click (when that fails,
 * the popup shows what the tile has). Only the latest click opens a popup.
 */
export function useBaseMapPopups(): void {
  const { t, te, locale } = useI18n()
  const { map, onFeatureClick } = useMap()
  let latest = 0

  async function withDetail(properties: Record<string, unknown>, load: (() => ReturnType<typeof fetchDivision>) | null) {
    if (!load) return properties
    const result = await load()
    return result.ok ? { ...properties, ...result.data } : properties
  }

  onFeatureClick(DIVISION_CLICK_LAYER_IDS, async (feature, lngLat) => {
    const click = ++latest
    const tile = feature.properties ?? {}
    const fromTiles = feature.sourceLayer === VILLAGE_TILE_LAYER && typeof tile.code === 'string'
    const properties = await withDetail(tile, fromTiles ? () => fetchDivision(String(tile.code)) : null)
    if (!map.value || click !== latest) return
    const title = typeof properties.name === 'string' ? properties.name : t('division.unnamed')
    showPopup(map.value, lngLat, buildPopupContent(title, divisionPopupRows(properties, t, locale.value)))
  })

  onFeatureClick(PLACE_REGISTER_CLICK_LAYER_IDS, async (feature, lngLat) => {
    const click = ++latest
    const tile = feature.properties ?? {}
    const id = Number(tile.id)
    const properties = await withDetail(tile, Number.isInteger(id) ? () => fetchPlaceName(id) : null)
    if (!map.value || click !== latest) return
    const title = typeof properties.name === 'string' ? properties.name : t('division.unnamed')
    showPopup(map.value, lngLat, buildPopupContent(title, placePopupRows(properties, t, te)))
  })
}
