import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { adminPassword, screenshot, skipReason, useBrowser, waitForMap } from './harness.ts'

// The app shell in a real browser against a real server with the seeded Xianning data.
// The map is reached through window.__dimingMap (see client/src/map/README.md).

type MapFeature = { properties: Record<string, unknown>, geometry: { type: string, coordinates: unknown } }
interface E2EMap {
  queryRenderedFeatures(options: { layers: string[] }): MapFeature[]
  queryRenderedFeatures(point: [number, number], options: { layers: string[] }): MapFeature[]
  getCanvas(): HTMLCanvasElement
}
type MapWindow = Window & { __dimingMap?: E2EMap, __firstMap?: E2EMap }

/** Distinct values of one property among the features rendered in some layers. */
function renderedValues(page: Page, layers: string[], property: string): Promise<string[]> {
  return page.evaluate(({ layers, property }) => {
    const map = (window as MapWindow).__dimingMap
    if (!map) return []
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties[property])))].sort()
  }, { layers, property })
}

/** Opens a page and waits until the map has drawn the six counties (data arrives after the style loads). */
async function openMap(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await waitForMap(page)
  await expect.poll(() => renderedValues(page, ['divisions-county-fill'], 'code'), { timeout: 30_000 }).toHaveLength(6)
}

/** Counts distinct colours of a PNG by decoding it in the browser, sampling every 4th pixel. */
async function distinctColours(page: Page, file: string): Promise<number> {
  const dataUrl = `data:image/png;base64,${readFileSync(file).toString('base64')}`
  return page.evaluate(async (src) => {
    const img = new Image()
    img.src = src
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.width
    canvas.height = img.height
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const { data } = ctx.getImageData(0, 0, img.width, img.height)
    const colours = new Set<number>()
    for (let i = 0; i < data.length; i += 16) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)
    return colours.size
  }, dataUrl)
}

describe.skipIf(skipReason)('app shell (e2e)', () => {
  const e2e = useBrowser()

  it('map loads, no console errors', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    await openMap(page)
    expect(await page.locator('.map-error').count()).toBe(0)
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('renders the six counties with their Chinese labels', async () => {
    const { context, page } = await e2e.newPage()
    await openMap(page)
    const codes = await renderedValues(page, ['divisions-county-fill'], 'code')
    expect(new Set(codes.map((c) => c.slice(0, 4)))).toEqual(new Set(['4212']))
    await expect.poll(() => renderedValues(page, ['divisions-county-label'], 'name')).toHaveLength(6)
    await context.close()
  })

  it('opens a text popup when a county is clicked', async () => {
    const { context, page } = await e2e.newPage()
    await openMap(page)
    // The map is fitted to the city, so the middle of the canvas lies in one of its counties.
    const target = await page.evaluate(() => {
      const map = (window as MapWindow).__dimingMap!
      const box = map.getCanvas().getBoundingClientRect()
      const point: [number, number] = [box.width / 2, box.height / 2]
      const [county] = map.queryRenderedFeatures(point, { layers: ['divisions-county-fill'] })
      return { name: String(county?.properties.name), x: box.left + point[0], y: box.top + point[1] }
    })
    expect(target.name).toMatch(/[区县市]$/)
    await page.mouse.click(target.x, target.y)
    await expect.poll(() => page.locator('.maplibregl-popup h3').textContent()).toBe(target.name)
    await context.close()
  })

  it('logs in as admin, keeps the same map across routes, switches language', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    await openMap(page, '/places')
    await page.evaluate(() => { (window as MapWindow).__firstMap = (window as MapWindow).__dimingMap })

    await page.getByTestId('login-link').click()
    await page.locator('input[name=username]').fill('admin')
    await page.locator('input[name=password]').fill(adminPassword)
    await page.locator('form[data-testid=login-form] button[type=submit]').click()
    await expect.poll(() => page.getByTestId('user-name').textContent()).toBeTruthy()
    expect(await page.getByTestId('user-role').allTextContents()).toContain('系统管理员')

    await page.getByTestId('nav-admin-users').click()
    await expect.poll(() => page.getByTestId('users-table').textContent()).toContain('admin')
    expect(await page.evaluate(() => (window as MapWindow).__firstMap === (window as MapWindow).__dimingMap)).toBe(true)

    await page.locator('[data-locale=en]').click()
    await expect.poll(() => page.getByTestId('nav-places').textContent()).toBe('Place names')
    await page.reload()
    await waitForMap(page)
    await expect.poll(() => page.getByTestId('nav-places').textContent()).toBe('Place names')
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('saves a screenshot that is not blank', async () => {
    const { context, page } = await e2e.newPage()
    await openMap(page, '/places')
    await expect.poll(() => renderedValues(page, ['divisions-county-label'], 'name')).toHaveLength(6)
    await page.waitForTimeout(500) // let label fade-in finish
    const file = await screenshot(page, 'shell-xianning')
    // A blank or one-colour page has a handful of colours; the map with six fills, lines and labels has hundreds.
    expect(await distinctColours(page, file)).toBeGreaterThan(50)
    await context.close()
  })
})
