import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { apiLogin, ensureUser, screenshot, skipReason, useBrowser, waitForMap } from './harness.ts'

// Issue 6 "Done when: the map uses vector tiles for the large layers", in a real browser against the
// seeded server: the register of place names, the villages and the facility registry are drawn from
// /tiles/{layer}/{z}/{x}/{y}.pbf, not from GeoJSON.

interface RenderedFeature { layer: { id: string }; source: string; sourceLayer?: string; properties: Record<string, unknown> }
interface E2EMap {
  queryRenderedFeatures(options: { layers: string[] }): RenderedFeature[]
  queryRenderedFeatures(point: [number, number], options: { layers: string[] }): RenderedFeature[]
  getSource(id: string): { type: string } | undefined
  getLayer(id: string): unknown
  jumpTo(options: { center: [number, number]; zoom: number }): void
  project(lngLat: [number, number]): { x: number; y: number }
  getCanvas(): HTMLCanvasElement
}
type MapWindow = Window & { __dimingMap?: E2EMap }

/** 咸安区 around its seat: villages, names and facilities all show there. */
const XIANAN: [number, number] = [114.32, 29.85]

/** Collects the layer names of the vector tiles the page requests. */
function recordTileRequests(page: Page): Set<string> {
  const layers = new Set<string>()
  page.on('request', (req) => {
    const match = /\/tiles\/([a-z0-9_]+)\/\d+\/\d+\/\d+\.pbf\?v=\d+$/.exec(req.url())
    if (match) layers.add(match[1]!)
  })
  return layers
}

/** Where rendered features of some layers come from: `source|sourceLayer` per feature, deduplicated. */
function renderedOrigins(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = (window as MapWindow).__dimingMap!
    const present = layers.filter((id) => map.getLayer(id))
    return [...new Set(map.queryRenderedFeatures({ layers: present }).map((f) => `${f.source}|${f.sourceLayer ?? ''}`))].sort()
  }, layers)
}

function sourceType(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate((id) => (window as MapWindow).__dimingMap!.getSource(id)?.type, id)
}

describe.skipIf(skipReason)('vector tiles for the large layers (e2e)', () => {
  const e2e = useBrowser()

  it('draws place names, villages and facilities from vector tiles', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    const password = await ensureUser(context, 'e2e_tiles_viewer', ['viewer'])
    await apiLogin(context, 'e2e_tiles_viewer', password)
    const requested = recordTileRequests(page)
    await page.goto('/facilities')
    await waitForMap(page)
    await page.locator('[data-testid=facility-count]').waitFor()
    expect(await sourceType(page, 'app-tiles-place_names')).toBe('vector')
    expect(await sourceType(page, 'app-tiles-divisions_village_points')).toBe('vector')
    await expect.poll(() => sourceType(page, 'app-tiles-facilities'), { timeout: 20_000 }).toBe('vector')

    await page.evaluate((center) => (window as MapWindow).__dimingMap!.jumpTo({ center, zoom: 13 }), XIANAN)
    await expect.poll(() => renderedOrigins(page, ['place-names-point', 'place-names-line']), { timeout: 20_000 })
      .toEqual(['app-tiles-place_names|place_names'])
    await expect.poll(() => renderedOrigins(page, ['divisions-village-circle']), { timeout: 20_000 })
      .toEqual(['app-tiles-divisions_village_points|divisions_village_points'])
    const facilityLayers = ['welfare', 'elder_care', 'funeral', 'ancestral_hall', 'shelter'].map((g) => `facilities-${g}-point`)
    await expect.poll(() => renderedOrigins(page, facilityLayers), { timeout: 20_000 }).toEqual(['app-tiles-facilities|facilities'])
    expect([...requested].sort()).toEqual(expect.arrayContaining(['divisions_village_points', 'facilities', 'place_names']))

    // Zoomed out, facilities are dots from the same tiles (vector tiles cannot be clustered like GeoJSON).
    await page.evaluate((center) => (window as MapWindow).__dimingMap!.jumpTo({ center, zoom: 9 }), XIANAN)
    const dotLayers = ['welfare', 'elder_care', 'funeral', 'ancestral_hall', 'shelter'].map((g) => `facilities-${g}-dot`)
    await expect.poll(() => renderedOrigins(page, dotLayers), { timeout: 20_000 }).toEqual(['app-tiles-facilities|facilities'])
    await screenshot(page, 'tiles-facilities-z9')
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('opens a text popup with name, pinyin and class when a standard name is clicked', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    await page.goto('/')
    await waitForMap(page)
    // Committees are both villages and standard names at the same point, and the village dot is on top: hide villages.
    await page.locator('[data-layer-id=divisions-village]').uncheck()
    await page.evaluate((center) => (window as MapWindow).__dimingMap!.jumpTo({ center, zoom: 14 }), XIANAN)
    const target = await clickablePoint(page, 'place-names-point')
    await page.mouse.click(target.x, target.y)
    await expect.poll(() => page.locator('.maplibregl-popup h3').textContent(), { timeout: 10_000 }).toBe(target.name)
    const rows = await page.locator('.maplibregl-popup dt').allTextContents()
    expect(rows).toEqual(['汉语拼音', '类别'])
    expect(await page.locator('.maplibregl-popup dd').first().textContent()).toMatch(/^[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' -]+$/)
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('shows the population of a clicked village (fetched: the tiles carry only names and codes)', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    await page.goto('/')
    await waitForMap(page)
    await page.evaluate((center) => (window as MapWindow).__dimingMap!.jumpTo({ center, zoom: 14 }), XIANAN)
    const target = await clickablePoint(page, 'divisions-village-circle')
    await page.mouse.click(target.x, target.y)
    await expect.poll(() => page.locator('.maplibregl-popup h3').textContent(), { timeout: 10_000 }).toBe(target.name)
    await expect.poll(() => page.locator('.maplibregl-popup dt').allTextContents()).toContain('户籍人口')
    expect(await page.locator('.maplibregl-popup').innerHTML()).not.toMatch(/<(script|img|b)\b/)
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})

/** A rendered point of a layer, well inside the map, whose topmost clickable feature is that point. */
async function clickablePoint(page: Page, layer: string): Promise<{ name: string; x: number; y: number }> {
  let found: { name: string; x: number; y: number } | null = null
  await expect.poll(async () => {
    found = await page.evaluate((layer) => {
      const map = (window as MapWindow).__dimingMap!
      const box = map.getCanvas().getBoundingClientRect()
      const clickable = ['place-names-point', 'place-names-line', 'divisions-village-circle'].filter((id) => map.getLayer(id))
      for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
        const [lng, lat] = (f as unknown as { geometry: { coordinates: [number, number] } }).geometry.coordinates
        const p = map.project([lng, lat])
        if (p.x < 200 || p.y < 100 || p.x > box.width - 100 || p.y > box.height - 100) continue
        const [top] = map.queryRenderedFeatures([p.x, p.y], { layers: clickable })
        if (top?.layer.id === layer) return { name: String(f.properties.name), x: box.left + p.x, y: box.top + p.y }
      }
      return null
    }, layer)
    return found
  }, { timeout: 20_000 }).not.toBeNull()
  return found!
}
