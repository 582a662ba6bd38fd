import { shallowRef } from 'vue'
import {
  GEOJSON_LEVELS, LEVEL_MIN_ZOOM, divisionLabelSourceId, divisionSourceId, type GeoJsonLevel,
} from '../map/layers/divisions.layer'
import { labelFeatures, withPaletteIndex } from '../map/layers/division-display'
import { useMap } from '../map/use-map'
import type { Bbox } from '../shared/bbox'
import type { Problem } from '../shared/problem'
import { fetchDivisionsGeoJson } from './base-map.api'

/**
 * Fills the base map's county and township sources from the API, one level at a time: a level is fetched
 * (once) when the map first reaches the zoom at which it is drawn. Villages are vector tiles (no fetch here).
 * @param options.bbox - the dataset's bbox, sent as `bbox` so only this city's divisions come back
 */
export function useDivisionSources(options: { bbox?: Bbox } = {}) {
  const { bbox } = options
  const { setGeoJsonSource } = useMap()
  const error = shallowRef<Problem | null>(null)
  const loadedLevels = shallowRef<GeoJsonLevel[]>([])
  const requested = new Set<GeoJsonLevel>()

  async function loadLevel(level: GeoJsonLevel): Promise<void> {
    if (requested.has(level)) return
    requested.add(level)
    const result = await fetchDivisionsGeoJson(level, bbox)
    if (!result.ok) {
      requested.delete(level)
      error.value = result.problem
      return
    }
    await setGeoJsonSource(divisionSourceId(level), withPaletteIndex(result.data))
    await setGeoJsonSource(divisionLabelSourceId(level), labelFeatures(result.data))
    loadedLevels.value = [...loadedLevels.value, level]
  }

  /** Loads every level drawn at this zoom (half a level early, so data is there when it shows). */
  function loadForZoom(zoom: number): Promise<void[]> {
    const due = GEOJSON_LEVELS.filter((level) => zoom + 0.5 >= LEVEL_MIN_ZOOM[level])
    return Promise.all(due.map(loadLevel))
  }

  return { error, loadedLevels, loadLevel, loadForZoom }
}

export type UseDivisionSourcesReturn = ReturnType<typeof useDivisionSources>
